// Seeds a console's data directory through the real services (a second connection beside the running
// `idsvc console`; WAL lets both in): organizations, provisioning settings, SCIM-provisioned employees
// (services.employees.create, as the gateway's POST /Users writes them), local ones, and requests in
// the provisioning log. Bundled by
// directory-seed.ts, because main/ imports its migrations as .sql text, which Playwright cannot load.
import { sanitizeUser } from '../../main/gateway/scim/user-sanitizer';
import { timeOrderedId } from '../../main/services/employees/time-ordered-id';
import { createServices } from '../../main/services/services';
import type { ProvisioningLogEntry } from '../../main/store/provisioning-log-repository';
import { Store } from '../../main/store/store';
import { logEntry } from '../fixtures/log-entry';
import { settingsSaveInput } from '../../preload/contract';
import type { SelectableFieldKey } from '../../preload/field-catalog';

const seeder = { name: 'e2e-seed' };

export interface ScimPerson {
  userName: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  active?: boolean;
}

export function openSeeder(dataDir: string) {
  const store = Store.open(dataDir);
  const services = createServices(store);
  const byPath = (path: string) => {
    const org = services.organizations.list().find((candidate) => candidate.path.join('/') === path);
    if (!org) throw new Error(`no organization ${path}`);
    return org;
  };
  const scimResource = (person: ScimPerson, n = 0) =>
    sanitizeUser({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      userName: person.userName,
      externalId: `okta-${person.userName}`,
      name: { givenName: person.givenName ?? 'Given', familyName: person.familyName ?? 'Family' },
      emails: [{ type: 'work', value: person.email ?? person.userName, primary: true }],
      phoneNumbers: [{ type: 'work', value: `+1 555 ${String(1000 + (n % 9000))}` }],
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: String(100_000 + n) },
      active: person.active ?? true,
    });

  return {
    /** Creates `name` under the organization at `parentPath` (e.g. "Enterprise/Sales"); returns its id. */
    organization(name: string, parentPath: string): string {
      return services.organizations.create({ name, parentId: byPath(parentPath).id }, seeder).id;
    },
    organizationId: (path: string): string => byPath(path).id,
    /** Provisioning on, new users in `newUsersPath`, `syncedFields` owned by SCIM. */
    enableProvisioning(newUsersPath: string, syncedFields: SelectableFieldKey[] = ['status', 'email']): void {
      const { version } = services.settings.get();
      services.settings.save(
        settingsSaveInput.parse({
          version,
          enabled: true,
          tenantUrl: 'https://idsvc.e2e.example/scim/v2',
          newUserOrganizationId: byPath(newUsersPath).id,
          syncedFields,
        }),
        seeder,
      );
    },
    setSyncedFields(syncedFields: SelectableFieldKey[]): void {
      const settings = services.settings.get();
      services.settings.save(
        settingsSaveInput.parse({
          version: settings.version,
          enabled: settings.enabled,
          tenantUrl: settings.tenantUrl,
          newUserOrganizationId: settings.newUserOrganizationId,
          syncedFields,
        }),
        seeder,
      );
    },
    /** Provisioned by the identity provider: lands in the Organization for New Users. */
    scimEmployee(person: ScimPerson): string {
      return services.employees.create(scimResource(person)).employee.id;
    },
    localEmployee(
      userName: string,
      organizationPath: string,
      names: { firstName?: string; lastName?: string; email?: string } = {},
    ) {
      return services.directory.createLocal(
        {
          userName,
          firstName: names.firstName ?? null,
          lastName: names.lastName ?? null,
          email: names.email ?? null,
          organizationId: byPath(organizationPath).id,
        },
        seeder,
      ).id;
    },
    /**
     * `count` SCIM employees e000000@scale.example ... in the Organization for New Users, in one
     * transaction. Rows go straight to the store (the resource as the gateway would have stored it):
     * the full SCIM write path costs ~0.3 ms an employee, 30 s for 100,000 on a busy machine.
     */
    scimEmployees(count: number, prefix = 'e'): void {
      const orgId = services.settings.get().newUserOrganizationId;
      if (!orgId) throw new Error('enable provisioning first');
      const at = new Date().toISOString();
      store.transaction(() => {
        for (let n = 0; n < count; n += 1) {
          const userName = `${prefix}${String(n).padStart(6, '0')}@scale.example`;
          const person = { userName, givenName: `Given${n}`, familyName: `Family${n}` };
          store.employees.insert({
            id: timeOrderedId(),
            userName,
            externalId: `okta-${userName}`,
            firstName: person.givenName,
            lastName: person.familyName,
            displayName: null,
            employeeNumber: null,
            email: userName,
            workPhone: null,
            cellPhone: null,
            addressLine1: null,
            city: null,
            state: null,
            zipCode: null,
            country: null,
            active: true,
            orgId,
            source: 'scim',
            scimResource: JSON.stringify(scimResource(person, n)),
            version: 1,
            createdAt: at,
            updatedAt: at,
            scimDeletedAt: null,
          });
        }
      });
    },
    /** The identity provider deletes the user (SCIM DELETE): WFO keeps the employee. */
    scimDelete(id: string): void {
      services.employees.delete(id);
    },
    /** An edit made elsewhere (another console, the identity provider): bumps the version. */
    editLocally(id: string, changes: { workPhone?: string; city?: string }): void {
      const current = services.directory.get(id);
      services.directory.update(id, changes, seeder, (version) => version === current.version);
    },
    move(ids: string[], organizationPath: string): void {
      services.directory.move(ids, byPath(organizationPath).id, seeder);
    },
    /** A request the gateway logged (Activity), as a successful read by Okta unless `entry` says otherwise. */
    logRequest(entry: Partial<ProvisioningLogEntry>): void {
      store.transaction(() => store.provisioningLog.append(logEntry({ at: new Date().toISOString(), ...entry })));
    },
    employee: (id: string) => services.directory.get(id),
    close: () => services.close(),
  };
}

export type Seeder = ReturnType<typeof openSeeder>;
