// Export CSV and Export JSON of the changes the Audit view's filters select.
import { useApi, useConsoleState } from '../../app/console-context';
import { ExportButtons } from '../../components/ExportButtons';
import { auditQuery } from '../../state/audit/audit-slice';

const WORDS = { file: 'audit', rows: 'changes', subject: 'The audit log' };

export function ExportAuditButtons() {
  const api = useApi();
  const filter = useConsoleState((s) => s.audit.filter);
  const announce = useConsoleState((s) => s.setAuditFeedback);
  return <ExportButtons api={api} name="audit" filter={auditQuery(filter)} words={WORDS} announce={announce} />;
}
