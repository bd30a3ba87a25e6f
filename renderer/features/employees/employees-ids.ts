// DOM ids of the view's controls that take focus back when a dialog closes.
export const ADD_EMPLOYEE_BUTTON_ID = 'add-employee-button';
export const IMPORT_BUTTON_ID = 'import-placements-button';
export const MOVE_BUTTON_ID = 'move-employees-button';
export const STATUS_BUTTON_ID = 'set-employees-status-button';
export const FIELD_BUTTON_ID = 'set-employees-field-button';
/** The select-all checkbox: where focus goes after a move cleared the selection (and disabled Move). */
export const SELECT_PAGE_ID = 'employees-select-page';
export const openButtonId = (employeeId: string): string => `employee-open-${employeeId}`;
