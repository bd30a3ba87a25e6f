// The Employees view's data: the filter as applied, the page on screen and the cursors that reached
// it (so Previous goes back without offsets), the selection, the nav's awaiting count, and the open
// employee (server truth apart from the draft being typed, as on the settings page).
import type { DirectorySort, EmployeeSource, EmployeeStatus, EmployeeView } from '../../../preload/employees-contract';
import type { Feedback } from '../settings/initial-state';
import type { EmployeeDraft, EmployeeEditField } from './employee-draft';

export const EMPLOYEES_PAGE_SIZE = 50;

export interface EmployeesFilter {
  /** The start of a userName, first or last name, or email; blank shows everyone. */
  search: string;
  /** This organization and every one below it; null for all. */
  organizationId: string | null;
  /** 'scim-deleted': the SCIM employees the identity provider deleted (the contract's scimDeleted). */
  source: EmployeeSourceFilter | null;
  status: EmployeeStatus | null;
  awaitingPlacement: boolean;
}

export type EmployeeSourceFilter = EmployeeSource | 'scim-deleted';

/** The column the table is sorted by, and which way. */
export interface EmployeesOrder {
  sort: DirectorySort;
  descending: boolean;
}

export interface EmployeesState {
  filter: EmployeesFilter;
  order: EmployeesOrder;
  items: EmployeeView[];
  total: number;
  nextCursor: string | null;
  /** The cursor each page so far was read with, first page (null) first; the last one is on screen. */
  cursors: Array<string | null>;
  loaded: boolean;
  loading: boolean;
  loadError: string | null;
  /** Selected employees by id (their userName, for messages); kept across pages of one filter. */
  selected: Record<string, string>;
  /** SCIM-managed employees still in the Organization for New Users (the nav's badge). */
  awaitingCount: number | null;
  /** The view's live region. */
  feedback: Feedback | null;
}

export interface EmployeeEditorState {
  /** The employee as main last returned it; null when none is open. */
  server: EmployeeView | null;
  draft: EmployeeDraft | null;
  saving: boolean;
  /** Errors the server returned, by field, until that field is edited again. */
  serverErrors: Partial<Record<EmployeeEditField, string>>;
  /** A refusal not tied to one field (shown at the foot of the form). */
  error: string | null;
  /** The server's conflict message when a save lost to someone else's; offers a reload. */
  conflict: string | null;
  /** A confirmation for the dialog's own live region (the page's is inert behind the dialog). */
  notice: string | null;
}

export const initialEmployeesFilter: EmployeesFilter = {
  search: '',
  organizationId: null,
  source: null,
  status: null,
  awaitingPlacement: false,
};

export const initialEmployeesOrder: EmployeesOrder = { sort: 'userName', descending: false };

export const initialEmployeesState: EmployeesState = {
  filter: initialEmployeesFilter,
  order: initialEmployeesOrder,
  items: [],
  total: 0,
  nextCursor: null,
  cursors: [null],
  loaded: false,
  loading: false,
  loadError: null,
  selected: {},
  awaitingCount: null,
  feedback: null,
};

export const initialEmployeeEditorState: EmployeeEditorState = {
  server: null,
  draft: null,
  saving: false,
  serverErrors: {},
  error: null,
  conflict: null,
  notice: null,
};
