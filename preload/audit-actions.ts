// What each audit action means, in words for people: the Audit view's "What" column and kind filter,
// and the CSV export. An action missing here (a newer program wrote it) is shown as its raw name.
export const AUDIT_ACTION_LABELS: ReadonlyMap<string, string> = new Map([
  ['settings.save', 'Settings saved'],
  ['token.create', 'Token created'],
  ['token.revoke', 'Token revoked'],
  ['signing_key.create', 'Signing key created'],
  ['signing_key.rotate', 'Signing key rotated'],
  ['organization.create', 'Organization created'],
  ['organization.rename', 'Organization renamed'],
  ['organization.move', 'Organization moved'],
  ['organization.delete', 'Organization deleted'],
  ['employee.create', 'Employee created'],
  ['employee.update', 'Employee edited'],
  ['employee.move', 'Employee moved'],
  ['operator.add', 'Operator added'],
  ['operator.update', 'Operator privileges changed'],
  ['operator.remove', 'Operator removed'],
  ['activity.retention', 'Log retention changed'],
]);

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS.get(action) ?? action;
