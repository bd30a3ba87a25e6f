// Provisioning settings: read, and save with the rules (organization must exist, enabling needs a
// Tenant URL and an organization), optimistic concurrency and an audit row, all in one transaction.
import type { FieldChanges, ParsedInput, SettingsView } from '../../../preload/contract';
import { provisioningPrerequisites } from '../../../preload/provisioning-prerequisites';
import type { SettingsRow, SettingsValues } from '../../store/settings-repository';
import type { Store } from '../../store/store';
import type { Actor, Clock } from '../context';
import { conflictError, validationError } from '../errors';
import { organizationPathText } from '../organizations/organization-tree';
import { suggestTenantUrl } from './tenant-url-suggestion';

export type SaveSettings = ParsedInput<'settings:save'>;

const STALE_MESSAGE =
  'These settings were changed by someone else after you opened them. Reload to see their changes; yours were not saved.';

export class SettingsService {
  private readonly suggestion: string;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    suggestion: string = suggestTenantUrl(),
  ) {
    this.suggestion = suggestion;
  }

  get(): SettingsView {
    return this.toView(this.store.settings.read());
  }

  /** `input` is already shape-checked and normalized by the contract. */
  save(input: SaveSettings, actor: Actor): SettingsView {
    const values: SettingsValues = {
      enabled: input.enabled,
      tenantUrl: input.tenantUrl,
      newUserOrganizationId: input.newUserOrganizationId,
      syncedFields: input.syncedFields,
    };
    return this.store.transaction(() => {
      const current = this.store.settings.read();
      if (current.version !== input.version) throw conflictError(STALE_MESSAGE);
      this.checkRules(values);
      const changes = diff(current, values);
      if (Object.keys(changes).length === 0) return this.toView(current);
      if (changes.newUserOrganizationId) {
        // The organizations as paths too, for people: an id says nothing once read in the audit log.
        const rows = this.store.organizations.all();
        const pathOf = (id: unknown) => (typeof id === 'string' ? organizationPathText(rows, id) : null);
        const { old, new: next } = changes.newUserOrganizationId;
        changes.newUserOrganization = { old: pathOf(old), new: pathOf(next) };
      }
      const at = this.clock.now().toISOString();
      if (!this.store.settings.updateIfVersion(input.version, values, at, actor.name)) {
        throw conflictError(STALE_MESSAGE);
      }
      this.store.audit.append({
        at,
        actor: actor.name,
        action: 'settings.save',
        target: 'provisioning_settings',
        details: { changes },
      });
      return this.toView(this.store.settings.read());
    });
  }

  private checkRules(values: SettingsValues): void {
    const orgId = values.newUserOrganizationId;
    if (orgId !== null && !this.store.organizations.byId(orgId)) {
      throw validationError('newUserOrganizationId', 'The selected organization does not exist. Choose another one.');
    }
    const [problem] = provisioningPrerequisites(values);
    if (problem) throw validationError(problem.field, problem.message);
  }

  private toView(row: SettingsRow): SettingsView {
    return { ...row, suggestedTenantUrl: this.suggestion };
  }
}

function diff(current: SettingsRow, next: SettingsValues): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of ['enabled', 'tenantUrl', 'newUserOrganizationId', 'syncedFields'] as const) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) {
      changes[key] = { old: current[key], new: next[key] };
    }
  }
  return changes;
}
