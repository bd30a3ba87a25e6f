// How the organization tree reads inside a native <select>: each option is the organization's full path
// in tree order. A closed select shows its option's text, so indentation would show there too; a path
// reads the same open and closed, and tells two "EMEA"s under different parents apart.
import type { OrganizationView } from '../../../preload/contract';

export const pathLabel = (org: OrganizationView): string => org.path.join(' › ');

export const optionLabel = pathLabel;
