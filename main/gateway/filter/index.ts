// The filter module's public face for the gateway: parse `?filter=` text, compile it to an employee
// condition, or evaluate it in memory; every refusal is a FilterError (400 invalidFilter).
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
export { filterNames } from './filter-ast';
export { FilterError } from './filter-error';
export { createFilterPredicate, evaluateFilter, type ScimObject } from './filter-evaluator';
export { parseFilter } from './filter-parser';
export { filterToQuery } from './filter-to-query';
export type { ComplexAttribute, ResourceSchema, ScalarAttribute, StoredElement } from './scim-schema';
export { USER_SCHEMA } from './user-attribute-map';
