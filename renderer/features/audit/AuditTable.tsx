// The audit rows: time, operator, what (in words) and about whom, and the old and new values.
// In a narrow window the Operator column folds into Time (audit.css).
import type { AuditEntryView } from '../../../preload/audit-contract';
import { auditActionLabel } from '../../../preload/audit-actions';
import { useApi, useConsoleState } from '../../app/console-context';
import { BreakableText } from '../../components/BreakableText';
import { formatDateTime } from '../../components/time-format';
import { AuditChanges } from './AuditChanges';
import { auditSubject } from './audit-format';
import './audit.css';

export function AuditTable() {
  const api = useApi();
  const { entries, loaded, loadError, nextBeforeId } = useConsoleState((s) => s.audit);
  const loadMore = useConsoleState((s) => s.loadMoreAudit);
  if (loadError) {
    return (
      <p className="field-error" role="alert">
        {loadError}
      </p>
    );
  }
  if (!loaded) return <p className="empty">Loading the audit log…</p>;
  return (
    <>
      <p role="status" className="result-count">
        {entries.length === 0
          ? 'No changes match these filters.'
          : `Showing ${entries.length} change${entries.length === 1 ? '' : 's'}, newest first${nextBeforeId !== null ? '; more are older' : ''}.`}
      </p>
      {entries.length > 0 ? (
        <table className="table audit-table">
          <caption className="offscreen">Audit log, newest first</caption>
          <thead>
            <tr>
              <th scope="col" className="col-time">
                Time
              </th>
              <th scope="col" className="col-operator">
                Operator
              </th>
              <th scope="col" className="col-what">
                What
              </th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} />
            ))}
          </tbody>
        </table>
      ) : null}
      {nextBeforeId !== null ? (
        <div className="load-more">
          <button type="button" className="button secondary" onClick={() => void loadMore(api)}>
            Load more
          </button>
        </div>
      ) : null}
    </>
  );
}

function AuditRow(props: { entry: AuditEntryView }) {
  const { entry } = props;
  const subject = auditSubject(entry);
  return (
    <tr>
      <td className="time-cell">
        {formatDateTime(entry.at)}
        <span className="subtle operator-inline">
          by <BreakableText text={entry.actor} />
        </span>
      </td>
      <td className="operator-cell">
        <BreakableText text={entry.actor} />
      </td>
      <td>
        {auditActionLabel(entry.action)}
        {subject ? (
          <span className="subtle">
            <BreakableText text={subject} />
          </span>
        ) : null}
      </td>
      <td>
        <AuditChanges entry={entry} emptyMark />
      </td>
    </tr>
  );
}
