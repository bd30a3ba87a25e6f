// Export CSV and Export JSON of the rows the filters select (all of them, not only the loaded pages).
// In a browser the server streams the file as a download; the desktop app asks where to save and
// writes it there.
import { useState } from 'react';
import type { ActivityExportFormat } from '../../../preload/activity-contract';
import { hasActivityDownload } from '../../api/activity-download';
import { useApi, useConsoleState } from '../../app/console-context';
import { activityQuery } from '../../state/activity/activity-slice';
import { messageOf } from '../../state/error-message';
import { saveBlob } from '../../components/save-blob';

export function ExportActivityButtons() {
  const api = useApi();
  const filter = useConsoleState((s) => s.activity.filter);
  const setFeedback = useConsoleState((s) => s.setActivityFeedback);
  const [busy, setBusy] = useState<ActivityExportFormat | null>(null);

  const exportAs = async (format: ActivityExportFormat) => {
    setBusy(format);
    const name = format.toUpperCase();
    try {
      const query = activityQuery(filter);
      if (hasActivityDownload(api)) {
        saveBlob(await api.downloadActivity(query, format), `activity-${new Date().toISOString().slice(0, 10)}.${format}`);
        setFeedback({ kind: 'success', message: `The activity ${name} was downloaded.` });
      } else {
        const result = await api.invoke('activity:export-file', { ...query, format });
        if (result.saved) setFeedback({ kind: 'success', message: `Exported ${result.rows} requests to ${result.path}.` });
      }
    } catch (error) {
      setFeedback({ kind: 'error', message: `The activity could not be exported: ${messageOf(error)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-buttons">
      {(['csv', 'json'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button secondary"
          disabled={busy !== null}
          onClick={() => void exportAs(format)}
        >
          {busy === format ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
      ))}
    </div>
  );
}
