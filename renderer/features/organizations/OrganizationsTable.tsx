// The organization tree as a table in tree order: each name indented by its depth (a screen reader
// hears the parent path instead), the employees directly in it, and its actions. The enterprise root
// can only be renamed; the Organization for New Users says so beside its name.
import type { OrganizationView } from '../../../preload/contract';
import { useConsoleState } from '../../app/console-context';
import { BreakableText } from '../../components/BreakableText';
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
            <td className="count-cell">{(counts[org.id] ?? 0).toLocaleString()}</td>
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
