// An audit row in words: what it was about (the employee, token, operator...), its old and new values
// with the console's labels, and any other facts it recorded. Pure; tested in test/unit/renderer/.
import type { AuditEntryView } from '../../../preload/audit-contract';
import { isPrivilege, privilegeLabel } from '../../../preload/privileges';
import { changeLines, EMPTY_VALUE, type ChangeLine } from '../activity/change-format';
import type { FieldChanges } from '../../../preload/contract';
import { catalogFieldLabel } from '../../../preload/field-catalog';
import { formatDate } from '../../components/time-format';
import { SCOPE_LABELS, TOKEN_KIND_LABELS } from '../tokens/token-format';

const FIELD_LABELS: ReadonlyMap<string, string> = new Map([
  ['enabled', 'Provisioning'],
  ['tenantUrl', 'Tenant URL'],
  ['newUserOrganizationId', 'Organization for New Users'],
  ['newUserOrganization', 'Organization for New Users'],
  ['syncedFields', 'Fields owned by SCIM'],
  ['privileges', 'Privileges'],
  ['organization', 'Organization'],
  ['name', 'Name'],
  ['parent', 'Parent'],
]);

const FACT_LABELS: ReadonlyMap<string, string> = new Map([
  ['expiresAt', 'Expires'],
  ['kid', 'Signing key'],
  ['retiredKid', 'Retired key'],
  ['alg', 'Algorithm'],
  ['name', 'Name'],
  ['parent', 'Parent'],
  ['parentId', 'Parent'],
  ['organization', 'Organization'],
  ['kind', 'Kind'],
  ['scopes', 'Access'],
]);

/**
 * Facts and changes recorded twice, as an id for programs and as a path for people (written since the
 * paths were recorded): the id is shown only when a row has no path.
 */
const READABLE_TWIN: ReadonlyMap<string, string> = new Map([
  ['parentId', 'parent'],
  ['newUserOrganizationId', 'newUserOrganization'],
]);

/** Keys that name the row's subject or hold its changes, not shown again as facts. */
const SUBJECT_KEYS = ['userName', 'label', 'account', 'name'] as const;

/** Targets that name a table, not a thing a person would look for. */
const PLAIN_TARGETS: ReadonlySet<string> = new Set(['provisioning_settings']);

export function auditSubject(entry: AuditEntryView): string | null {
  for (const key of SUBJECT_KEYS) {
    const value = entry.details[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return entry.target !== null && PLAIN_TARGETS.has(entry.target) ? null : entry.target;
}

function formatValue(field: string, value: unknown, fallback: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value.map((item) => listItemLabel(field, item)).join(', ');
  }
  if (field === 'enabled' && typeof value === 'boolean') return value ? 'On' : 'Off';
  return fallback;
}

function listItemLabel(field: string, item: unknown): string {
  if (field === 'privileges' && isPrivilege(item)) return privilegeLabel(item);
  if (field === 'syncedFields' && typeof item === 'string') return catalogFieldLabel(item);
  return String(item);
}

export function auditChangeLines(entry: AuditEntryView): ChangeLine[] {
  const changes = entry.details.changes;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  const raw = changes as FieldChanges;
  const shown = Object.fromEntries(Object.entries(raw).filter(([key]) => !hasReadableTwin(key, raw)));
  return changeLines(shown).map((line) => ({
    ...line,
    label: FIELD_LABELS.get(line.field) ?? line.label,
    before: formatValue(line.field, raw[line.field]?.old, line.before),
    after: formatValue(line.field, raw[line.field]?.new, line.after),
  }));
}

export function auditFacts(entry: AuditEntryView): Array<{ label: string; value: string }> {
  const subject = auditSubject(entry);
  const { details } = entry;
  return Object.entries(details)
    .filter(([key, value]) => {
      if (key === 'changes') return false;
      if (typeof value === 'string' && value === subject && SUBJECT_KEYS.includes(key as never)) return false;
      return !hasReadableTwin(key, details);
    })
    .map(([key, value]) => ({ label: FACT_LABELS.get(key) ?? key, value: factValue(key, value) }));
}

function hasReadableTwin(key: string, record: Record<string, unknown>): boolean {
  const twin = READABLE_TWIN.get(key);
  return twin !== undefined && twin in record;
}

function factValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (key === 'expiresAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return formatDate(value);
  if (key === 'kind' && typeof value === 'string') return TOKEN_KIND_LABELS.get(value) ?? value;
  if (key === 'scopes' && Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return SCOPE_LABELS.get(value.join(' ')) ?? value.join(', ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
