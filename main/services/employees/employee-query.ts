// The employee types the layers above the services use: rows, and the query description a list is asked
// for with (built by the gateway's filter compiler, run by whichever store the services were given).
export type { EmployeeRow } from '../../store/employee-columns';
export type { DirectoryRow, RenderableRow, EmployeeWritable } from '../../store/employees-repository';
export type {
  CompareOp,
  EmployeeCondition,
  EmployeeField,
  EmployeePage,
  EmployeePageQuery,
  EmployeePosition,
  EmployeeQuery,
  EmployeeSort,
} from '../../store/employee-query';
export { orderedByIndex } from '../../store/employee-page-sql';
