// Property: whatever the identity provider sends, a field SCIM does not own keeps its WFO value, and
// a field it owns takes the value sent. Random ownership, random WFO edits, random SCIM writes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELECTABLE_FIELD_KEYS, type SelectableFieldKey } from '../../../preload/field-catalog';
import { settingsSaveInput } from '../../../preload/contract';
import { readScimUserFields } from '../../../main/services/employees/scim-user-fields';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const COLUMN: Record<Exclude<SelectableFieldKey, 'status'>, string> = {
  employeeNumber: 'employee_number',
  email: 'email',
  workPhone: 'work_phone',
  cellPhone: 'cell_phone',
  addressLine1: 'address_line1',
  city: 'city',
  state: 'state',
  zipCode: 'zip_code',
  country: 'country',
};
const VALUE_FIELDS = Object.keys(COLUMN) as Array<keyof typeof COLUMN>;

const word = fc.stringMatching(/^[A-Za-z0-9 .@-]{1,12}$/);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const scimUser = (userName: string) =>
  fc.record({
    userName: fc.constant(userName),
    active: maybe(fc.boolean()),
    name: fc.record({ givenName: word, familyName: word }),
    emails: maybe(
      fc.array(fc.record({ type: fc.constantFrom('work', 'home'), value: word, primary: fc.boolean() }), { maxLength: 2 }),
    ),
    phoneNumbers: maybe(fc.array(fc.record({ type: fc.constantFrom('work', 'mobile', 'fax'), value: word }), { maxLength: 3 })),
    addresses: maybe(
      fc.array(
        fc.record({
          type: fc.constantFrom('work', 'home'),
          streetAddress: word,
          locality: word,
          region: word,
          postalCode: word,
          country: word,
        }),
        {
          maxLength: 2,
        },
      ),
    ),
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': maybe(fc.record({ employeeNumber: word })),
  });

describe('field ownership', () => {
  let fx: ServicesFixture;
  let orgId: string;
  let run = 0;
  beforeAll(() => {
    fx = servicesInTempDir();
    orgId = fx.services.organizations.list()[0]!.id;
  });
  afterAll(() => fx.dispose());

  const setOwnership = (synced: SelectableFieldKey[]) => {
    const current = fx.services.settings.get();
    fx.services.settings.save(
      settingsSaveInput.parse({
        version: current.version,
        enabled: true,
        tenantUrl: 'https://a.example/scim/v2',
        newUserOrganizationId: orgId,
        syncedFields: synced,
      }),
      { name: 'prop' },
    );
  };

  it('a field not owned by SCIM is never changed by any SCIM request; an owned one takes the value sent', () => {
    fc.assert(
      fc.property(
        fc.subarray([...SELECTABLE_FIELD_KEYS]),
        fc.dictionary(fc.constantFrom(...VALUE_FIELDS), word),
        fc.boolean(),
        fc.array(fc.constantFrom('replace', 'delete'), { minLength: 1, maxLength: 4 }),
        fc.infiniteStream(scimUser(`u${run}`)),
        (synced, wfoValues, wfoActive, writes, resources) => {
          run += 1;
          const userName = `user-${run}`;
          setOwnership(synced);
          const next = () => ({ ...resources.next().value, userName });
          const { employee } = fx.services.employees.create(next());
          // An administrator edits WFO fields directly, as the WFO UI would for fields SCIM does not own.
          for (const [field, value] of Object.entries(wfoValues)) {
            fx.store.db
              .prepare(`UPDATE employees SET ${COLUMN[field as keyof typeof COLUMN]} = ? WHERE id = ?`)
              .run(value, employee.id);
          }
          fx.store.db.prepare('UPDATE employees SET active = ? WHERE id = ?').run(wfoActive ? 1 : 0, employee.id);
          const before = fx.store.employees.byId(employee.id)!;

          for (const write of writes) {
            if (fx.store.employees.visibleById(employee.id) === undefined) break;
            const sent = next();
            if (write === 'replace') fx.services.employees.replace(employee.id, sent);
            else fx.services.employees.delete(employee.id);
            const after = fx.store.employees.byId(employee.id)!;
            const fields = readScimUserFields(sent);
            for (const field of VALUE_FIELDS) {
              if (!synced.includes(field)) expect(after[field], `${field} is not owned`).toBe(before[field]);
              else if (write === 'replace') expect(after[field], `${field} is owned`).toBe(fields.values[field]);
            }
            if (!synced.includes('status')) expect(after.active, 'status is not owned').toBe(before.active);
            else if (write === 'replace') expect(after.active).toBe(fields.values.status);
            else expect(after.active).toBe(false);
            if (write === 'replace') expect(after.firstName).toBe(fields.values.firstName);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
