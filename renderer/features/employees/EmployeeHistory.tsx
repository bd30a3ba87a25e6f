// The employee dialog's "Change history": the changes made in WFO to this employee (the console,
// idsvc, the user management API), newest first, read when the section is opened, again after each
// save, and continued with "Show older changes". The identity provider's own requests are in the
// Activity view, which the section says and links to (ActivityLink).
import { useEffect, useRef, useState } from 'react';
import type { AuditEntryView } from '../../../preload/audit-contract';
import { auditActionLabel } from '../../../preload/audit-actions';
import { useApi } from '../../app/console-context';
import { BreakableText } from '../../components/BreakableText';
import { messageOf } from '../../state/error-message';
import { AuditChanges } from '../audit/AuditChanges';
import { ActivityLink } from './ActivityLink';
import { formatDateTime } from '../../components/time-format';

const PAGE = 20;

interface HistoryState {
  entries: AuditEntryView[];
  nextBeforeId: number | null;
  loaded: boolean;
  loading: boolean;
  error: string | null;
}
const INITIAL: HistoryState = { entries: [], nextBeforeId: null, loaded: false, loading: false, error: null };

export function EmployeeHistory(props: { employeeId: string; userName: string; version: number; fromIdentityProvider: boolean }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<HistoryState>(INITIAL);
  // A newer read (another employee, a save) supersedes one still in flight.
  const generation = useRef(0);

  const load = async (beforeId: number | null) => {
    const mine = ++generation.current;
    setHistory((s) => ({ ...s, loading: true, error: null }));
    try {
      const page = await api.invoke('employees:history', { id: props.employeeId, beforeId, limit: PAGE });
      if (mine !== generation.current) return;
      setHistory((s) => ({
        entries: beforeId === null ? page.entries : [...s.entries, ...page.entries],
        nextBeforeId: page.nextBeforeId,
        loaded: true,
        loading: false,
        error: null,
      }));
    } catch (error) {
      if (mine !== generation.current) return;
      setHistory((s) => ({ ...s, loading: false, error: `The history could not be loaded: ${messageOf(error)}` }));
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when opened, for another employee, or after a save (a new version).
  useEffect(() => {
    if (open) void load(null);
  }, [open, props.employeeId, props.version]);

  const { entries, loaded, loading, error, nextBeforeId } = history;
  return (
    <details className="employee-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Change history</summary>
      <p className="help">
        Changes made in WFO: here, with idsvc or through the user management API.
        {props.fromIdentityProvider ? <ActivityLink userName={props.userName} /> : null}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {!loaded && loading ? <p className="empty">Loading the history…</p> : null}
      {loaded && entries.length === 0 ? <p className="empty">No changes made in WFO yet.</p> : null}
      {entries.length > 0 ? (
        <ol className="history-list" aria-label="Changes, newest first">
          {entries.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : null}
      {nextBeforeId !== null ? (
        <button type="button" className="button link" disabled={loading} onClick={() => void load(nextBeforeId)}>
          {loading ? 'Loading…' : 'Show older changes'}
        </button>
      ) : null}
    </details>
  );
}

function HistoryEntry(props: { entry: AuditEntryView }) {
  const { entry } = props;
  return (
    <li>
      <p className="history-head">
        <strong>{auditActionLabel(entry.action)}</strong>{' '}
        <span className="subtle">
          {formatDateTime(entry.at)} by <BreakableText text={entry.actor} />
        </span>
      </p>
      <AuditChanges entry={entry} />
    </li>
  );
}
