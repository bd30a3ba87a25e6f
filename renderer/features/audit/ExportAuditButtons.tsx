// Export CSV and Export JSON of the rows the filters select (all of them, not only the loaded pages).
// In a browser the server streams the file as a download; the desktop app asks where to save and
// writes it there.
import type { ExportFormat } from '../../../preload/export-formats';
import { hasAuditDownload } from '../../api/audit-download';
import { useApi, useConsoleState } from '../../app/console-context';
import { ExportButtons } from '../../components/ExportButtons';
import { saveBlob } from '../../components/save-blob';
import { auditQuery } from '../../state/audit/audit-slice';
import { messageOf } from '../../state/error-message';

export function ExportAuditButtons() {
  const api = useApi();
  const filter = useConsoleState((s) => s.audit.filter);
  const setFeedback = useConsoleState((s) => s.setAuditFeedback);

  const exportAs = async (format: ExportFormat) => {
    try {
      const query = auditQuery(filter);
      if (hasAuditDownload(api)) {
        saveBlob(await api.downloadAudit(query, format), `audit-${new Date().toISOString().slice(0, 10)}.${format}`);
        setFeedback({ kind: 'success', message: `The audit ${format.toUpperCase()} was downloaded.` });
      } else {
        const result = await api.invoke('audit:export-file', { ...query, format });
        if (result.saved) setFeedback({ kind: 'success', message: `Exported ${result.rows} changes to ${result.path}.` });
      }
    } catch (error) {
      setFeedback({ kind: 'error', message: `The audit log could not be exported: ${messageOf(error)}` });
    }
  };

  return <ExportButtons exportAs={exportAs} />;
}
