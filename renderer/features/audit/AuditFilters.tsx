// The Audit filters: a range of days (both included, in this computer's time zone), the operator and
// the kind of change. The operators and kinds offered are those the log holds, plus every known kind.
import { AUDIT_ACTION_LABELS, auditActionLabel } from '../../../preload/audit-actions';
import { useApi, useConsoleState } from '../../app/console-context';
import { ClearFiltersButton } from '../../components/ClearFiltersButton';
import { narrows } from '../../components/filter-narrows';
import { DayRangeFilter } from '../../components/DayRangeFilter';
import { FilterSelect } from '../../components/FilterSelect';
import { OPEN_AUDIT_FILTER } from '../../state/audit/audit-slice';

export function AuditFilters() {
  const api = useApi();
  const filter = useConsoleState((s) => s.audit.filter);
  const facets = useConsoleState((s) => s.audit.facets);
  const setFilter = useConsoleState((s) => s.setAuditFilter);
  const kinds = [...new Set([...AUDIT_ACTION_LABELS.keys(), ...facets.actions])];
  const actors = [...new Set([...facets.actors, ...(filter.actor ? [filter.actor] : [])])].sort();
  return (
    <div className="filters audit-filters">
      <DayRangeFilter idPrefix="audit" from={filter.from} to={filter.to} onChange={(changes) => void setFilter(api, changes)} />
      <FilterSelect
        id="audit-operator"
        label="Operator"
        value={filter.actor}
        openLabel="All operators"
        options={actors.map((actor) => [actor, actor] as const)}
        onChange={(actor) => void setFilter(api, { actor })}
      />
      <FilterSelect
        id="audit-kind"
        label="Kind"
        value={filter.action}
        openLabel="All kinds"
        options={kinds.map((action) => [action, auditActionLabel(action)] as const)}
        onChange={(action) => void setFilter(api, { action })}
      />
      <ClearFiltersButton
        shown={narrows(filter, OPEN_AUDIT_FILTER)}
        firstFilterId="audit-from"
        onClear={() => void setFilter(api, OPEN_AUDIT_FILTER)}
      />
    </div>
  );
}
