// The Employees export: the filtered directory as CSV (one column per catalog field under its catalog
// key, then where the employee sits and where it came from) or as a JSON array of the employees exactly
// as the user management API shows them. The CSV's `userName` and `organization` columns are the ones
// "Import placements (CSV)" reads from a wide sheet: export, change organizations in a spreadsheet,
// import the same file.
import { EMPLOYEE_FIELD_KEYS, type EmployeeView } from '../../../preload/employees-contract';
import { chunkedLines, csvChunks, csvLine } from '../export/csv-text';

export const EMPLOYEE_CSV_HEADER = csvLine([
  ...EMPLOYEE_FIELD_KEYS,
  'organization',
  'organizationId',
  'source',
  'scimDeletedAt',
  'scimOwnedFields',
  'id',
  'updatedAt',
]);

/** The organization as a path from the enterprise root, as the placements import reads it. */
const organizationCell = (path: readonly string[]): string => path.join('/');

export function employeeCsvLine(employee: EmployeeView): string {
  return csvLine([
    ...EMPLOYEE_FIELD_KEYS.map((key) => employee[key]),
    organizationCell(employee.organizationPath),
    employee.organizationId,
    employee.source,
    employee.scimDeletedAt,
    employee.scimOwnedFields.join(' '),
    employee.id,
    employee.updatedAt,
  ]);
}

/** The export as text chunks, one page of employees per chunk, so a caller can stream it. */
export function employeeCsvChunks(employees: Iterable<EmployeeView>, rowsPerChunk = 500): Generator<string> {
  return csvChunks(employees, employeeCsvLine, EMPLOYEE_CSV_HEADER, rowsPerChunk);
}

export function employeeJsonChunks(employees: Iterable<EmployeeView>, rowsPerChunk = 500): Generator<string> {
  return chunkedLines(employees, (employee, first) => `${first ? '\n' : ',\n'}${JSON.stringify(employee)}`, {
    head: '[',
    tail: '\n]\n',
    rowsPerChunk,
  });
}
