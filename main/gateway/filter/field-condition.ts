// One atom over one employee field, as an employee condition: what comparing with an empty string means
// (it is unassigned, so it equals nothing and every assigned value contains it), and whether the
// comparison is on case-folded forms (the attribute's caseExact). How that runs is the store's business.
import type { EmployeeCondition, EmployeeField } from '../../services/employees/employee-query';
import { FALSE } from './condition-builder';
import { isAssigned, type Atom } from './scalar-match';
import type { ScalarAttribute } from './scim-schema';

export function fieldCondition(attribute: ScalarAttribute, field: EmployeeField, atom: Atom): EmployeeCondition {
  if (atom.kind === 'present') return { kind: 'present', field };
  const { op, value } = atom;
  if (typeof value === 'string' && !isAssigned(value)) {
    if (op === 'eq' || op === 'lt' || op === 'le') return FALSE;
    return { kind: 'present', field };
  }
  return { kind: 'compare', field, op, value, folded: !attribute.caseExact };
}
