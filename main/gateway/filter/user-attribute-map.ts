// The SCIM User attributes a filter can reach and the employees column behind each: type and caseExact
// follow RFC 7643 section 4.1 and the enterprise extension (4.3); columns follow DESIGN.md's catalog.
import type { ResourceSchema, ScalarAttribute } from './scim-schema';

export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export type EmployeeColumn =
  | 'id' | 'user_name' | 'user_name_key' | 'external_id' | 'first_name' | 'last_name' | 'display_name'
  | 'employee_number' | 'email' | 'email_key' | 'work_phone' | 'cell_phone' | 'address_line1' | 'city' | 'state'
  | 'zip_code' | 'country' | 'active' | 'created_at' | 'updated_at';

const text = (name: string, caseExact = false): ScalarAttribute<never> => ({ name, type: 'string', caseExact });
const dateTime = (name: string): ScalarAttribute<never> => ({ name, type: 'dateTime', caseExact: true });

// Only the rows' stored elements are listed: one work email, a work and a mobile phone, a work address.
// `type` is a constant of each element, so `emails[type eq "home"]` can match no row.
export const USER_SCHEMA: ResourceSchema<EmployeeColumn> = {
  core: {
    id: CORE_USER_SCHEMA,
    attributes: [
      { name: 'id', type: 'string', caseExact: true, column: 'id' },
      { name: 'externalId', type: 'string', caseExact: true, column: 'external_id' },
      { name: 'userName', type: 'string', caseExact: false, column: 'user_name', foldedColumn: 'user_name_key' },
      { name: 'displayName', type: 'string', caseExact: false, column: 'display_name' },
      { name: 'active', type: 'boolean', caseExact: false, column: 'active' },
      {
        name: 'name',
        type: 'complex',
        multiValued: false,
        subAttributes: [text('givenName'), text('familyName')],
        elements: [{ columns: { givenName: 'first_name', familyName: 'last_name' } }],
      },
      {
        name: 'emails',
        type: 'complex',
        multiValued: true,
        subAttributes: [text('value'), text('type')],
        elements: [{ constants: { type: 'work' }, columns: { value: 'email' }, foldedColumns: { value: 'email_key' } }],
      },
      {
        name: 'phoneNumbers',
        type: 'complex',
        multiValued: true,
        subAttributes: [text('value'), text('type')],
        elements: [
          { constants: { type: 'work' }, columns: { value: 'work_phone' } },
          { constants: { type: 'mobile' }, columns: { value: 'cell_phone' } },
        ],
      },
      {
        name: 'addresses',
        type: 'complex',
        multiValued: true,
        subAttributes: ['streetAddress', 'locality', 'region', 'postalCode', 'country', 'type'].map((n) => text(n)),
        elements: [
          {
            constants: { type: 'work' },
            columns: {
              streetAddress: 'address_line1',
              locality: 'city',
              region: 'state',
              postalCode: 'zip_code',
              country: 'country',
            },
          },
        ],
      },
      {
        name: 'meta',
        type: 'complex',
        multiValued: false,
        subAttributes: [dateTime('created'), dateTime('lastModified')],
        elements: [{ columns: { created: 'created_at', lastModified: 'updated_at' } }],
      },
    ],
  },
  extensions: [
    {
      id: ENTERPRISE_USER_SCHEMA,
      attributes: [{ name: 'employeeNumber', type: 'string', caseExact: false, column: 'employee_number' }],
    },
  ],
};
