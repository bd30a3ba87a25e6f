// The organization tree as a table in tree order: each name indented by its depth (a screen reader
// hears the parent path instead), the employees in it and below it, and its actions. The enterprise root
// can only be renamed; the Organization for New Users says so under its name.
import type { OrganizationView } from '../../../preload/contract';
import { countOf } from '../../../preload/count-words';
import { useApi, useConsoleState } from '../../app/console-context';
import { useMayOpen } from '../../app/view-access';
import { BreakableText } from '../../components/BreakableText';
import { initialEmployeesFilter } from '../../state/employees/initial-state';
import { pathLabel } from '../provisioning-settings/organization-options';
import { actionButtonId, type OrganizationAction } from './organization-ids';

const ACTIONS: ReadonlyArray<{ kind: OrganizationAction; label: string }> = [
  { kind: 'rename', label: 'Rename' },
  { kind: 'move', label: 'Move' },
  { kind: 'delete', label: 'Delete' },
];

export function OrganizationsTable(props: { onAction(kind: OrganizationAction, org: OrganizationView): void }) {
  const list = useConsoleState((s) => s.organizations.list);
  const counts = useConsoleState((s) => s.organizations.employeeCounts);
  const loadError = useConsoleState((s) => s.organizations.loadError);
  const newUsersId = useConsoleState((s) => s.settings.server?.newUserOrganizationId ?? null);
  if (loadError) {
    return (
      <p className="field-error" role="alert">
        The organizations could not be loaded: {loadError}
      </p>
    );
  }
  if (counts === null) return <p aria-busy="true">Loading organizations…</p>;
  return (
    <table className="table organizations-table">
      <caption className="offscreen">Organizations, as a tree</caption>
      <thead>
        <tr>
          <th scope="col">Organization</th>
          <th scope="col" className="count-cell">
            Employees
          </th>
          <th scope="col" className="col-actions">
            <span className="offscreen">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((org) => (
          <tr key={org.id}>
            <th scope="row" className="organization-cell">
              <span className="organization-name" data-depth={org.depth} style={{ paddingInlineStart: `${org.depth * 24}px` }}>
                <span className="organization-shown-name">
                  <BreakableText text={org.name} />
                </span>
                {org.depth > 0 ? (
                  <span className="offscreen">, in {pathLabel({ ...org, path: org.path.slice(0, -1) })}</span>
                ) : null}
                {org.id === newUsersId ? <span className="badge new-users">Organization for New Users</span> : null}
              </span>
            </th>
            <td className="count-cell">
              <EmployeesLink org={org} count={counts[org.id] ?? 0} />
            </td>
            <td className="col-actions">
              {ACTIONS.filter(({ kind }) => org.parentId !== null || kind === 'rename').map(({ kind, label }) => (
                <button
                  key={kind}
                  type="button"
                  id={actionButtonId(kind, org.id)}
                  className={kind === 'delete' ? 'button secondary danger-text' : 'button secondary'}
                  aria-label={`${label} ${pathLabel(org)}`}
                  onClick={() => props.onAction(kind, org)}
                >
                  {label}
                </button>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The headcount, opening the Employees view filtered to the organization (and below it, as the count
 * is) for operators who may open Employees; plain text for the others and for none.
 */
function EmployeesLink(props: { org: OrganizationView; count: number }) {
  const api = useApi();
  const allowed = useMayOpen('employees');
  const setEmployeesFilter = useConsoleState((s) => s.setEmployeesFilter);
  const navigate = useConsoleState((s) => s.navigate);
  const text = props.count.toLocaleString('en-US');
  if (!allowed || props.count === 0) return <>{text}</>;
  const show = () => {
    void setEmployeesFilter(api, { ...initialEmployeesFilter, organizationId: props.org.id });
    navigate('employees');
  };
  return (
    <button
      type="button"
      className="button link"
      aria-label={`${countOf(props.count, 'employee')} in ${pathLabel(props.org)}: show them`}
      onClick={show}
    >
      {text}
    </button>
  );
}
