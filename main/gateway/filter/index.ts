// The filter module's public face for the gateway: parse `?filter=` text, compile it for the employees
// table, or evaluate it in memory; every refusal is a FilterError (400 invalidFilter).
export type {
  AttributePath,
  CompareFilter,
  CompareOperator,
  CompareValue,
  Filter,
  LogicalFilter,
  NotFilter,
  PresentFilter,
  ValuePathFilter,
} from './filter-ast';
export { FilterError } from './filter-error';
export { createFilterPredicate, evaluateFilter, type ScimObject } from './filter-evaluator';
export { parseFilter } from './filter-parser';
export { filterToSql, type SqlWhere } from './filter-to-sql';
export type { ComplexAttribute, ResourceSchema, ScalarAttribute, StoredElement } from './scim-schema';
export { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, USER_SCHEMA, type EmployeeColumn } from './user-attribute-map';
