// Export CSV and Export JSON of the rows the filters select (all of them, not only the loaded pages).
// In a browser the server streams the file as a download; the desktop app asks where to save and
// writes it there.
import type { ExportFormat } from '../../../preload/export-formats';
import { hasActivityDownload } from '../../api/activity-download';
import { useApi, useConsoleState } from '../../app/console-context';
import { ExportButtons } from '../../components/ExportButtons';
import { saveBlob } from '../../components/save-blob';
import { activityQuery } from '../../state/activity/activity-slice';
import { messageOf } from '../../state/error-message';

export function ExportActivityButtons() {
  const api = useApi();
  const filter = useConsoleState((s) => s.activity.filter);
  const setFeedback = useConsoleState((s) => s.setActivityFeedback);

  const exportAs = async (format: ExportFormat) => {
    try {
      const query = activityQuery(filter);
      if (hasActivityDownload(api)) {
        saveBlob(await api.downloadActivity(query, format), `activity-${new Date().toISOString().slice(0, 10)}.${format}`);
        setFeedback({ kind: 'success', message: `The activity ${format.toUpperCase()} was downloaded.` });
      } else {
        const result = await api.invoke('activity:export-file', { ...query, format });
        if (result.saved) setFeedback({ kind: 'success', message: `Exported ${result.rows} requests to ${result.path}.` });
      }
    } catch (error) {
      setFeedback({ kind: 'error', message: `The activity could not be exported: ${messageOf(error)}` });
    }
  };

  return <ExportButtons exportAs={exportAs} />;
}
