// Realistic SCIM User resources, as Microsoft Entra ID sends them, for seeding and for POST bodies.
import { ENTERPRISE_USER_URN } from '../main/services/employees/scim-user-fields';
import { USER_URN } from '../main/gateway/scim/scim-urns';

const FIRST = ['Ann', 'Bob', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lena'];
const LAST = ['Andersen', 'Baptiste', 'Chen', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jensen'];
const CITIES = [
  ['Lyon', 'ARA', '69002', 'FR'],
  ['Austin', 'TX', '73301', 'US'],
  ['Leeds', 'WYK', 'LS1 4AP', 'GB'],
  ['Porto', '13', '4000-322', 'PT'],
] as const;

/** userName is unique per `prefix` and `n` (at most 50 characters, the column's limit). */
export function benchUserName(prefix: string, n: number): string {
  return `${prefix}.${n}@bench.example.com`;
}

export function scimUser(userName: string, n: number): Record<string, unknown> {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
  const [city, region, postalCode, country] = CITIES[n % CITIES.length]!;
  return {
    schemas: [USER_URN, ENTERPRISE_USER_URN],
    externalId: `0b7c${((n * 2654435761) >>> 0).toString(16).padStart(8, '0')}-5d1e-4f3a-9c2b-${String(n).padStart(12, '0')}`,
    userName,
    active: true,
    displayName: `${first} ${last}`,
    title: 'Shift Supervisor',
    preferredLanguage: 'en-US',
    name: { formatted: `${first} ${last}`, familyName: last, givenName: first },
    emails: [{ type: 'work', value: userName, primary: true }],
    phoneNumbers: [
      { type: 'work', value: `+1 512 555 ${String(n % 10_000).padStart(4, '0')}` },
      { type: 'mobile', value: `+1 512 556 ${String(n % 10_000).padStart(4, '0')}` },
    ],
    addresses: [
      {
        type: 'work',
        streetAddress: `${(n % 900) + 100} Main Street`,
        locality: city,
        region,
        postalCode,
        country,
        primary: true,
      },
    ],
    [ENTERPRISE_USER_URN]: {
      employeeNumber: String(100_000 + n),
      department: 'Operations',
      costCenter: `CC-${n % 50}`,
      manager: { value: '5a3f1c2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b' },
    },
    password: 'never-stored-1!',
  };
}

const ACTIVE_PATCHES = [false, true].map((active) =>
  JSON.stringify({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
    Operations: [{ op: 'replace', path: 'active', value: active }],
  }),
);

/** The PATCH body Entra sends to deactivate a user (`active` false), or to reactivate one. */
export function activePatch(active: boolean): string {
  return ACTIVE_PATCHES[active ? 1 : 0]!;
}
