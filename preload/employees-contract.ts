// The employee directory's part of the console API contract, and the shape the user management API
// answers with: an employee is its catalog fields under their catalog keys, plus where it sits, where
// it came from, and which of its fields the identity provider owns right now (decided in main, never
// here). Pure: no Node, no Electron, no DOM.
import { z } from 'zod';
import { auditPage } from './audit-contract';
import { exportFormat } from './export-format-schema';
import { CSV_FILE_MAX_BYTES, CSV_FILE_TOO_LARGE } from './csv-file-text';
import { SHARED_FIELD_KEYS } from './field-catalog';
import type { ChannelAccess } from './privileges';
import {
  EMPLOYEE_FIELD_KEYS,
  EMPLOYEE_PAGE_MAX,
  EMPLOYEE_SOURCES,
  EMPLOYEE_STATUSES,
  EMPLOYEE_TEXT_FIELD_KEYS,
  EMPLOYEE_TEXT_MAX_LENGTH,
  SELECTION_MAX,
  type EmployeeTextFieldKey,
} from './employee-fields';

export {
  EMPLOYEE_FIELD_KEYS,
  EMPLOYEE_PAGE_MAX,
  EMPLOYEE_SOURCES,
  EMPLOYEE_STATUSES,
  EMPLOYEE_TEXT_FIELD_KEYS,
  EMPLOYEE_TEXT_MAX_LENGTH,
  SELECTION_MAX,
  type EmployeeFieldKey,
  type EmployeeSource,
  type EmployeeStatus,
  type EmployeeTextFieldKey,
} from './employee-fields';

const textFields = Object.fromEntries(EMPLOYEE_TEXT_FIELD_KEYS.map((key) => [key, z.string().nullable()])) as {
  [K in EmployeeTextFieldKey]: z.ZodNullable<z.ZodString>;
};

export const employeeView = z.object({
  id: z.string(),
  ...textFields,
  userName: z.string(),
  status: z.enum(EMPLOYEE_STATUSES),
  organizationId: z.string(),
  /** Organization names from the enterprise root down, e.g. ["Enterprise", "Sales", "EMEA"]. */
  organizationPath: z.array(z.string()),
  source: z.enum(EMPLOYEE_SOURCES),
  /**
   * When the identity provider deleted the user (SCIM DELETE); null while it has not. WFO keeps the
   * employee and its history, and the identity provider owns none of its fields from then on.
   */
  scimDeletedAt: z
    .string()
    .nullable()
    .describe(
      'When the identity provider deleted this user; null while it has not. WFO keeps the employee, and the identity provider owns none of its fields from then on.',
    ),
  /** The fields the identity provider owns now: read-only in the console and the user management API. */
  scimOwnedFields: z.array(z.enum(EMPLOYEE_FIELD_KEYS)),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type EmployeeView = z.output<typeof employeeView>;

const searchText = z
  .string()
  .trim()
  .max(EMPLOYEE_TEXT_MAX_LENGTH, `Search must be at most ${EMPLOYEE_TEXT_MAX_LENGTH} characters.`);

/** Which employees a page or an export holds; every member narrows, the defaults leave it open. */
export const employeeFilter = z
  .object({
    /** Matches the start of the userName, first name, last name or email, ignoring case. */
    search: searchText.default(''),
    /** The organization and everything below it. */
    organizationId: z.string().min(1).max(64).nullable().default(null),
    source: z.enum(EMPLOYEE_SOURCES).nullable().default(null),
    status: z.enum(EMPLOYEE_STATUSES).nullable().default(null),
    /** SCIM-managed employees still in the Organization for New Users. */
    awaitingPlacement: z.boolean().default(false),
    /**
     * true: only employees the identity provider deleted (WFO keeps them: someone to deactivate or
     * follow up); false: only the others; null: both.
     */
    scimDeleted: z.boolean().nullable().default(null),
  })
  .strict();
export type EmployeeFilterInput = z.input<typeof employeeFilter>;
export type EmployeeFilterValue = z.output<typeof employeeFilter>;

/**
 * The orders a directory page can be read in: by username (the directory's own order), by name (last
 * name, then first name) or by email address; each then by username, so ties keep one order.
 */
export const DIRECTORY_SORTS = ['userName', 'name', 'email'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** The order of a page or an export: the table's column and direction. */
export const directoryOrder = {
  sort: z.enum(DIRECTORY_SORTS).default('userName'),
  /** Z to A; employees without the sorted value come first, as they come last from A to Z. */
  descending: z.boolean().default(false),
};

export const employeeListInput = employeeFilter.extend({
  ...directoryOrder,
  limit: z.number().int().min(1).max(EMPLOYEE_PAGE_MAX).default(50),
  /** From the previous page's `nextCursor`; null for the first page. */
  cursor: z.string().max(1000).nullable().default(null),
});
export type EmployeeListInput = z.input<typeof employeeListInput>;
/** A page's or an export's order, as the contract gives it. */
export type EmployeeListOrder = Pick<z.output<typeof employeeListInput>, 'sort' | 'descending'>;
export type EmployeeListQuery = z.output<typeof employeeListInput>;

export const employeePage = z.object({
  items: z.array(employeeView),
  nextCursor: z.string().nullable(),
  /** How many employees match the query, over all pages. */
  total: z.number().int(),
});
export type EmployeePage = z.output<typeof employeePage>;

const editableText = z
  .string()
  .max(EMPLOYEE_TEXT_MAX_LENGTH, `must be at most ${EMPLOYEE_TEXT_MAX_LENGTH} characters`)
  .nullable();

/** The fields an edit may set; which of them are refused as SCIM-owned is decided in main. */
export const employeeChanges = z
  .object({
    ...(Object.fromEntries(EMPLOYEE_TEXT_FIELD_KEYS.map((key) => [key, editableText.optional()])) as {
      [K in EmployeeTextFieldKey]: z.ZodOptional<typeof editableText>;
    }),
    status: z.enum(EMPLOYEE_STATUSES).optional(),
    organizationId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type EmployeeChanges = z.output<typeof employeeChanges>;

export const employeeUpdateInput = z
  .object({ id: z.string().min(1).max(64), version: z.number().int().min(1), changes: employeeChanges })
  .strict();

export const employeeCreateInput = z
  .object({
    userName: z.string(),
    firstName: z.string().nullable().default(null),
    lastName: z.string().nullable().default(null),
    email: z.string().nullable().default(null),
    organizationId: z.string().min(1).max(64),
  })
  .strict();
export type EmployeeCreateInput = z.input<typeof employeeCreateInput>;

/** The employees a selection's action applies to. */
const selectedEmployeeIds = z
  .array(z.string().min(1).max(64))
  .min(1, 'Select at least one employee.')
  .max(SELECTION_MAX, `Select at most ${SELECTION_MAX.toLocaleString('en-US')} employees at once.`);

/** Every employee a filter selects, to select them all (at most SELECTION_MAX; more is refused). */
export const matchingEmployees = z.object({
  employees: z.array(z.object({ id: z.string(), userName: z.string() })),
});

export const employeeMoveInput = z
  .object({
    ids: selectedEmployeeIds,
    organizationId: z.string().min(1).max(64),
  })
  .strict();

/** Status for every selected employee: all of them or none (main refuses the whole change). */
export const employeeStatusInput = z
  .object({
    ids: selectedEmployeeIds,
    status: z.enum(EMPLOYEE_STATUSES),
  })
  .strict();

/**
 * One shared field (field-catalog.ts `shared`: an office's address) set to one value for every selected
 * employee, all of them or none; an empty value clears it.
 */
export const employeeFieldInput = z
  .object({
    ids: selectedEmployeeIds,
    field: z.enum(SHARED_FIELD_KEYS),
    value: z.string().max(EMPLOYEE_TEXT_MAX_LENGTH, `Value must be at most ${EMPLOYEE_TEXT_MAX_LENGTH} characters.`),
  })
  .strict();

/**
 * "userName,organization" rows; the organization as a path like Enterprise/Sales/EMEA. A header row may
 * name catalog fields' columns too (an exported sheet, edited): their cells are applied as edits.
 */
export const placementCsvInput = z.object({ csv: z.string().max(CSV_FILE_MAX_BYTES, CSV_FILE_TOO_LARGE) }).strict();

/**
 * The channels whose input is a whole file's text (placementCsvInput): the server-mode console lets
 * their bodies through above its usual limit for a call.
 */
export const FILE_CHANNELS = ['employees:preview-placements', 'employees:apply-placements'] as const;

const placedEmployee = { line: z.number().int(), employeeId: z.string(), userName: z.string() };
const fieldCellChange = z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() });

/**
 * The most rows of each kind a preview lists; its counts are whole. A file of a million lines that are
 * all problems (the wrong file picked) previews in kilobytes, not hundreds of megabytes.
 */
export const PLACEMENT_PREVIEW_LISTED = 1000;

export const placementPreview = z.object({
  /** How many of each there are in the whole file (the lists below hold the first of them). */
  counts: z.object({
    moves: z.number().int(),
    edits: z.number().int(),
    /** The edits' field changes, one per field of an employee. */
    fieldChanges: z.number().int(),
    ownedCells: z.number().int(),
    problems: z.number().int(),
  }),
  moves: z.array(
    z.object({
      ...placedEmployee,
      from: z.array(z.string()),
      to: z.array(z.string()),
      organizationId: z.string(),
    }),
  ),
  /** Rows whose field cells differ from WFO's values: each employee's changes, field by field. */
  edits: z.array(z.object({ ...placedEmployee, changes: z.array(fieldCellChange) })),
  /**
   * Cells the identity provider owns that differ from its value: left as they are (never written), the
   * rest of their row still applies. `from` is WFO's value, `to` the file's.
   */
  ownedCells: z.array(z.object({ ...placedEmployee, ...fieldCellChange.shape })),
  /** Rows already as they say (organization and fields): nothing to do. */
  unchanged: z.number().int(),
  problems: z.array(
    z.object({
      line: z.number().int(),
      kind: z.enum(['unknown_user', 'unknown_organization', 'duplicate', 'malformed', 'invalid_value']),
      message: z.string(),
    }),
  ),
});
export type PlacementPreview = z.output<typeof placementPreview>;

/** The most changes one page of an employee's history holds. */
export const EMPLOYEE_HISTORY_PAGE_MAX = 100;

/** Every employees channel, reads too: the directory is personal data (DESIGN: Manage Employees). */
const manageEmployees: ChannelAccess = 'manage-employees';

export const employeesContract = {
  'employees:list': { input: employeeListInput, output: employeePage, privilege: manageEmployees },
  'employees:get': {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: employeeView,
    privilege: manageEmployees,
  },
  'employees:update': { input: employeeUpdateInput, output: employeeView, privilege: manageEmployees },
  'employees:create': { input: employeeCreateInput, output: employeeView, privilege: manageEmployees },
  'employees:move': { input: employeeMoveInput, output: z.object({ moved: z.number().int() }), privilege: manageEmployees },
  'employees:set-status': {
    input: employeeStatusInput,
    output: z.object({ changed: z.number().int() }),
    privilege: manageEmployees,
  },
  'employees:set-field': {
    input: employeeFieldInput,
    output: z.object({ changed: z.number().int() }),
    privilege: manageEmployees,
  },
  'employees:select-matching': { input: employeeFilter, output: matchingEmployees, privilege: manageEmployees },
  'employees:awaiting-count': {
    input: z.object({}).strict(),
    output: z.object({ count: z.number().int() }),
    privilege: manageEmployees,
  },
  'employees:preview-placements': { input: placementCsvInput, output: placementPreview, privilege: manageEmployees },
  'employees:apply-placements': {
    input: placementCsvInput,
    output: z.object({ moved: z.number().int(), edited: z.number().int() }),
    privilege: manageEmployees,
  },
  /** An employee's changes made in WFO (console, CLI, user management API), newest first, in pages. */
  'employees:history': {
    input: z
      .object({
        id: z.string().min(1).max(64),
        beforeId: z.number().int().min(1).nullable().default(null),
        limit: z.number().int().min(1).max(EMPLOYEE_HISTORY_PAGE_MAX).default(20),
      })
      .strict(),
    output: auditPage,
    privilege: manageEmployees,
  },
  /**
   * The desktop app: asks where to save and streams the filtered directory there as CSV or JSON
   * (main/app). Over HTTP the browser downloads GET /export/employees.csv or .json instead, and this
   * channel answers `unavailable`.
   */
  'employees:export-file': {
    input: employeeFilter.extend({ ...directoryOrder, format: exportFormat }),
    output: z.object({ saved: z.boolean(), rows: z.number().int(), path: z.string().nullable() }),
    privilege: manageEmployees,
  },
} as const;
