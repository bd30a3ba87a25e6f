// Builds employee conditions (services' EmployeeCondition) with constant folding: a condition known
// while compiling (`emails[type eq "home"]`) folds to FALSE instead of reaching the store.
import type { EmployeeCondition } from '../../services/employees/employee-query';

export const TRUE: EmployeeCondition = Object.freeze({ kind: 'true' });
export const FALSE: EmployeeCondition = Object.freeze({ kind: 'false' });

export const constant = (value: boolean): EmployeeCondition => (value ? TRUE : FALSE);

export function and(a: EmployeeCondition, b: EmployeeCondition): EmployeeCondition {
  if (a.kind === 'false' || b.kind === 'false') return FALSE;
  if (a.kind === 'true') return b;
  if (b.kind === 'true') return a;
  return { kind: 'and', left: a, right: b };
}

export function or(a: EmployeeCondition, b: EmployeeCondition): EmployeeCondition {
  if (a.kind === 'true' || b.kind === 'true') return TRUE;
  if (a.kind === 'false') return b;
  if (b.kind === 'false') return a;
  return { kind: 'or', left: a, right: b };
}

export function not(a: EmployeeCondition): EmployeeCondition {
  if (a.kind === 'true') return FALSE;
  if (a.kind === 'false') return TRUE;
  return { kind: 'not', operand: a };
}

export function anyOf(conditions: readonly EmployeeCondition[]): EmployeeCondition {
  return conditions.reduce(or, FALSE);
}
