// The Audit filters: a range of days (both included, in this computer's time zone), the operator and
// the kind of change. The operators and kinds offered are those the log holds, plus every known kind.
import { AUDIT_ACTION_LABELS, auditActionLabel } from '../../../preload/audit-actions';
import { useApi, useConsoleState } from '../../app/console-context';

export function AuditFilters() {
  const api = useApi();
  const filter = useConsoleState((s) => s.audit.filter);
  const facets = useConsoleState((s) => s.audit.facets);
  const setFilter = useConsoleState((s) => s.setAuditFilter);
  const kinds = [...new Set([...AUDIT_ACTION_LABELS.keys(), ...facets.actions])];
  const actors = [...new Set([...facets.actors, ...(filter.actor ? [filter.actor] : [])])].sort();
  return (
    <div className="filters audit-filters">
      <div className="filter-group">
        <label htmlFor="audit-from" className="filter-label">
          From
        </label>
        <input
          id="audit-from"
          type="date"
          className="text-input"
          value={filter.from}
          max={filter.to || undefined}
          onChange={(event) => void setFilter(api, { from: event.target.value })}
        />
      </div>
      <div className="filter-group">
        <label htmlFor="audit-to" className="filter-label">
          To
        </label>
        <input
          id="audit-to"
          type="date"
          className="text-input"
          value={filter.to}
          min={filter.from || undefined}
          onChange={(event) => void setFilter(api, { to: event.target.value })}
        />
      </div>
      <div className="filter-group">
        <label htmlFor="audit-operator" className="filter-label">
          Operator
        </label>
        <select
          id="audit-operator"
          className="select"
          value={filter.actor}
          onChange={(event) => void setFilter(api, { actor: event.target.value })}
        >
          <option value="">All operators</option>
          {actors.map((actor) => (
            <option key={actor} value={actor}>
              {actor}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-group">
        <label htmlFor="audit-kind" className="filter-label">
          Kind
        </label>
        <select
          id="audit-kind"
          className="select"
          value={filter.action}
          onChange={(event) => void setFilter(api, { action: event.target.value })}
        >
          <option value="">All kinds</option>
          {kinds.map((action) => (
            <option key={action} value={action}>
              {auditActionLabel(action)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
