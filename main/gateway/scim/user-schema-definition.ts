// The User resource as this gateway serves it: RFC 7643 sections 3.1 (common attributes), 4.1 (the core
// User) and 4.3 (the enterprise extension), with the characteristics the gateway enforces. Fields the
// WFO catalog maps take their type, caseExact and uniqueness from the catalog (catalog-facts.ts).
// `password` is defined so that clients learn it is write-only and never returned: the gateway keeps
// no password, so it is dropped wherever it is sent.
import { CORE_USER_URN, ENTERPRISE_USER_URN } from '../../../preload/field-catalog';
import { withCatalogFacts } from './catalog-facts';
import { commonAttributes, externalIdAttribute } from './common-attributes';
import { attribute, complex, multiValue, type AttributeDefinition, type ResourceDefinition } from './schema-definition';

const readOnly = { mutability: 'readOnly' } as const;

const coreAttributes: AttributeDefinition[] = [
  attribute('userName', 'The unique name the user signs in with; case-insensitive.', { required: true, uniqueness: 'server' }),
  complex('name', "The components of the user's name.", false, [
    attribute('formatted', 'The full name, formatted for display.'),
    attribute('familyName', 'The family name (last name).'),
    attribute('givenName', 'The given name (first name).'),
    attribute('middleName', 'The middle name(s).'),
    attribute('honorificPrefix', 'The honorific prefix, e.g. "Ms.".'),
    attribute('honorificSuffix', 'The honorific suffix, e.g. "III".'),
  ]),
  externalIdAttribute('User'),
  attribute('displayName', 'The name of the user, suitable for display.'),
  attribute('nickName', 'The casual way to address the user.'),
  attribute('profileUrl', "A URI of the user's online profile.", { type: 'reference', referenceTypes: ['external'] }),
  attribute('title', 'The user\'s title, e.g. "Vice President".'),
  attribute('userType', 'The relationship between the organization and the user, e.g. "Employee".'),
  attribute('preferredLanguage', "The user's preferred language (an Accept-Language value)."),
  attribute('locale', "The user's default location, for localizing (a BCP 47 tag)."),
  attribute('timezone', 'The user\'s time zone (an IANA name, e.g. "Europe/Oslo").'),
  attribute('active', "Whether the user may work: false deactivates the employee while WFO's Status is owned by SCIM.", {
    type: 'boolean',
  }),
  attribute('password', 'Write-only and never returned: the gateway keeps no password, so a sent one is dropped.', {
    mutability: 'writeOnly',
    returned: 'never',
  }),
  complex('emails', "The user's email addresses.", true, multiValue('email address', ['work', 'home', 'other'])),
  complex(
    'phoneNumbers',
    "The user's phone numbers.",
    true,
    multiValue('phone number', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
  ),
  complex(
    'ims',
    "The user's instant messaging addresses.",
    true,
    multiValue('instant messaging address', ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo']),
  ),
  complex(
    'photos',
    'URIs of images of the user.',
    true,
    multiValue('photo URI', ['photo', 'thumbnail'], { type: 'reference', caseExact: true, referenceTypes: ['external'] }),
  ),
  complex('addresses', "The user's physical mailing addresses.", true, [
    attribute('formatted', 'The full address, formatted for display.'),
    attribute('streetAddress', 'The street address: house number, street name, P.O. box.'),
    attribute('locality', 'The city or locality.'),
    attribute('region', 'The state or region.'),
    attribute('postalCode', 'The zip or postal code.'),
    attribute('country', 'The country (ISO 3166-1 alpha-2, e.g. "US").'),
    attribute('type', 'What kind of address this is.', { canonicalValues: ['work', 'home', 'other'] }),
    attribute('primary', 'Whether this is the preferred address; at most one element is primary.', { type: 'boolean' }),
  ]),
  complex('entitlements', 'Entitlements the user has.', true, multiValue('entitlement', [])),
  complex('roles', "The user's roles.", true, multiValue('role', [])),
  complex(
    'x509Certificates',
    "The user's X.509 certificates (DER, base64-encoded).",
    true,
    multiValue('certificate', [], { type: 'binary', caseExact: true }),
  ),
];

const enterpriseAttributes: AttributeDefinition[] = [
  attribute('employeeNumber', "The organization's identifier of the employee."),
  attribute('costCenter', 'The name of a cost center.'),
  attribute('organization', 'The name of an organization.'),
  attribute('division', 'The name of a division.'),
  attribute('department', 'The name of a department.'),
  complex('manager', "The user's manager.", false, [
    attribute('value', "The manager's id.", { caseExact: true }),
    attribute('$ref', "The URI of the manager's User.", { type: 'reference', caseExact: true, referenceTypes: ['User'] }),
    attribute('displayName', "The manager's display name.", readOnly),
  ]),
];

export const USER_DEFINITION: ResourceDefinition = {
  common: [
    ...commonAttributes('User'),
    // RFC 7643 section 4.1.2: read-only and derived from group membership. The gateway keeps
    // memberships on /Groups and does not answer them on the User, so this is not published.
    complex(
      'groups',
      'The groups the user belongs to (read-only; see /Groups).',
      true,
      [
        attribute('value', "The group's id.", { caseExact: true, ...readOnly }),
        attribute('$ref', "The URI of the group's resource.", {
          type: 'reference',
          caseExact: true,
          referenceTypes: ['User', 'Group'],
          ...readOnly,
        }),
        attribute('display', "The group's display name.", readOnly),
        attribute('type', 'How the user belongs to the group.', { canonicalValues: ['direct', 'indirect'], ...readOnly }),
      ],
      readOnly,
    ),
  ],
  core: {
    id: CORE_USER_URN,
    name: 'User',
    description: 'An employee of the WFO suite, provisioned by the identity provider.',
    attributes: withCatalogFacts(undefined, coreAttributes),
  },
  extensions: [
    {
      id: ENTERPRISE_USER_URN,
      name: 'EnterpriseUser',
      description: 'Attributes commonly used for an employee of an enterprise (RFC 7643 section 4.3).',
      attributes: withCatalogFacts(ENTERPRISE_USER_URN, enterpriseAttributes),
    },
  ],
};
