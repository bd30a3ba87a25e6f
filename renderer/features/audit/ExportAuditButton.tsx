// Export CSV of the rows the filters select (all of them, not only the loaded pages). In a browser the
// server streams the file as a download; the desktop app asks where to save and writes it there.
import { useState } from 'react';
import { hasAuditCsvDownload } from '../../api/audit-csv-download';
import { useApi, useConsoleState } from '../../app/console-context';
import { saveBlob } from '../../components/save-blob';
import { auditQuery } from '../../state/audit/audit-slice';
import { messageOf } from '../../state/error-message';

export function ExportAuditButton() {
  const api = useApi();
  const filter = useConsoleState((s) => s.audit.filter);
  const setFeedback = useConsoleState((s) => s.setAuditFeedback);
  const [busy, setBusy] = useState(false);

  const exportCsv = async () => {
    setBusy(true);
    try {
      const query = auditQuery(filter);
      if (hasAuditCsvDownload(api)) {
        saveBlob(await api.downloadAuditCsv(query), `audit-${new Date().toISOString().slice(0, 10)}.csv`);
        setFeedback({ kind: 'success', message: 'The audit export was downloaded.' });
      } else {
        const result = await api.invoke('audit:export-file', query);
        if (result.saved) setFeedback({ kind: 'success', message: `Exported ${result.rows} changes to ${result.path}.` });
      }
    } catch (error) {
      setFeedback({ kind: 'error', message: `The audit log could not be exported: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" className="button secondary" disabled={busy} onClick={() => void exportCsv()}>
      {busy ? 'Exporting…' : 'Export CSV'}
    </button>
  );
}
