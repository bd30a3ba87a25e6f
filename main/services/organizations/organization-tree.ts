// Orders organization rows as a tree (pre-order, siblings by name) with each one's depth and path, and
// finds an organization in it by id or by the path people write.
import type { OrganizationView } from '../../../preload/contract';
import { foldCase } from '../../store/case-fold';
import type { OrganizationRow } from '../../store/organizations-repository';

export function toTree(rows: readonly OrganizationRow[]): OrganizationView[] {
  const children = new Map<string | null, OrganizationRow[]>();
  for (const row of rows) {
    const siblings = children.get(row.parentId) ?? [];
    siblings.push(row);
    children.set(row.parentId, siblings);
  }
  const byName = (a: OrganizationRow, b: OrganizationRow) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
  const out: OrganizationView[] = [];
  const visit = (parentId: string | null, path: string[]) => {
    for (const row of (children.get(parentId) ?? []).sort(byName)) {
      const rowPath = [...path, row.name];
      out.push({ id: row.id, name: row.name, parentId: row.parentId, depth: path.length, path: rowPath });
      visit(row.id, rowPath);
    }
  };
  visit(null, []);
  return out;
}

// The repository hands out the same rows array until the organizations change: one tree per version.
const byIdOfRows = new WeakMap<readonly OrganizationRow[], ReadonlyMap<string, OrganizationView>>();

/** The tree by id, built once per version of the rows. */
export function organizationsById(rows: readonly OrganizationRow[]): ReadonlyMap<string, OrganizationView> {
  let byId = byIdOfRows.get(rows);
  if (!byId) {
    byId = new Map(toTree(rows).map((org) => [org.id, org]));
    byIdOfRows.set(rows, byId);
  }
  return byId;
}

/** An organization's path as people read it ("Enterprise/Sales"), or null for an id not among `rows`. */
export function organizationPathText(rows: readonly OrganizationRow[], id: string): string | null {
  return organizationsById(rows).get(id)?.path.join('/') ?? null;
}

/** A path as people write it (`Enterprise/Sales/EMEA`) as organization names; an empty name stays, to be refused. */
export const writtenOrganizationPath = (text: string): string[] => text.split('/').map((name) => name.trim());

/**
 * Finds organizations of `tree` by the path people write (`Enterprise/Sales/EMEA`, or `Sales/EMEA`
 * without the enterprise root's name), comparing names as organization names compare (folded case).
 */
export function organizationFinder(tree: readonly OrganizationView[]): (path: readonly string[]) => OrganizationView | undefined {
  const byPath = new Map(tree.map((org) => [pathKey(org.path), org]));
  const root = tree[0]?.name ?? '';
  return (path) => byPath.get(pathKey(path)) ?? byPath.get(pathKey([root, ...path]));
}

const pathKey = (path: readonly string[]) => path.map(foldCase).join('/');
