// How the organization tree reads inside a native <select>: indentation by depth (non-breaking spaces,
// which <option> keeps), and the full path for assistive text.
import type { OrganizationView } from '../../../preload/contract';

export const NEW_ORGANIZATION_VALUE = '__new-organization__';

export function optionLabel(org: OrganizationView): string {
  return `${'\u00a0\u00a0\u00a0\u00a0'.repeat(org.depth)}${org.name}`;
}

export const pathLabel = (org: OrganizationView): string => org.path.join(' › ');
