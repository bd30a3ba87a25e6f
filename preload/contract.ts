// The console API contract: one zod schema per `domain:verb` channel for the input, one for the result.
// Main validates every input with it; both transports (IPC, HTTP) and the renderer derive their types
// from it, so there is no second hand-written copy of the API. Pure: no Node, no Electron, no DOM.
import { z } from 'zod';
import { SELECTABLE_FIELD_KEYS, orderSyncedFields } from './field-catalog';
import type { Channel } from './channels';
import { ORGANIZATION_NAME_MAX_LENGTH } from './organization-name';
import { checkTenantUrl } from './tenant-url-rule';
import { activityContract, activityFilter } from './activity-contract';
import { ACTIVITY_OPERATIONS } from './activity-operations';
import { auditContract } from './audit-contract';
import { connectionContract } from './connection-contract';
import { employeesContract } from './employees-contract';
import { operatorsContract } from './operators-contract';
import { ANY_OPERATOR, type ChannelAccess } from './privileges';
import { checkTokenLabel } from './token-label-rule';
import { API_SCOPES, TOKEN_KINDS, kindScopeProblem } from './token-kinds';

export { ORGANIZATION_NAME_MAX_LENGTH };

const id = z.string().min(1, 'is required').max(64, 'is too long');
const noInput = z.object({}).strict();

const tenantUrl = z.string().transform((raw, ctx) => {
  const check = checkTenantUrl(raw);
  if (!check.ok) {
    ctx.addIssue({ code: 'custom', message: check.message });
    return z.NEVER;
  }
  return check.normalized;
});

const syncedFields = z
  .array(z.enum(SELECTABLE_FIELD_KEYS, { error: (issue) => `unknown field '${String(issue.input)}'` }))
  .max(SELECTABLE_FIELD_KEYS.length)
  .transform((keys) => orderSyncedFields(keys));

export const settingsView = z.object({
  enabled: z.boolean(),
  tenantUrl: z.string().nullable(),
  /** Offered while no Tenant URL is saved; never saved unless the administrator accepts it. */
  suggestedTenantUrl: z.string(),
  newUserOrganizationId: z.string().nullable(),
  syncedFields: z.array(z.enum(SELECTABLE_FIELD_KEYS)),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export const settingsSaveInput = z
  .object({
    version: z.number().int().min(1),
    enabled: z.boolean(),
    tenantUrl: tenantUrl.nullable(),
    newUserOrganizationId: id.nullable(),
    syncedFields,
  })
  .strict();

export const organizationView = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  /** 0 for the enterprise root. */
  depth: z.number().int(),
  /** Names from the root down to this organization. */
  path: z.array(z.string()),
});

const organizationName = z
  .string()
  .trim()
  .min(1, 'Name is required.')
  .max(ORGANIZATION_NAME_MAX_LENGTH, `Name must be at most ${ORGANIZATION_NAME_MAX_LENGTH} characters.`);

export const organizationCreateInput = z.object({ name: organizationName, parentId: id }).strict();
export const organizationRenameInput = z.object({ id, name: organizationName }).strict();
export const organizationMoveInput = z.object({ id, parentId: id }).strict();
/** Employees in each organization and below it, by its id; an organization without any is left out. */
export const organizationEmployeeCounts = z.record(z.string(), z.number().int());

export const TOKEN_STATUSES = ['active', 'expires_soon', 'expired', 'revoked'] as const;

export const tokenView = z.object({
  /** The token's `jti`. */
  id: z.string(),
  label: z.string(),
  kid: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  lastUsedFrom: z.string().nullable(),
  status: z.enum(TOKEN_STATUSES),
  /** `scim`: the identity provider's; `api`: the user management API's (/api/v1). */
  kind: z.enum(TOKEN_KINDS),
  /** What an API token may do; empty for SCIM tokens. */
  scopes: z.array(z.enum(API_SCOPES)),
});

export const tokenCreateInput = z
  .object({
    label: z.string().transform((raw, ctx) => {
      const check = checkTokenLabel(raw);
      if (!check.ok) {
        ctx.addIssue({ code: 'custom', message: check.message });
        return z.NEVER;
      }
      return check.label;
    }),
    /** An instant with its offset; clients turn a picked date into the end of that day (token-expiry.ts). */
    expiresAt: z.iso.datetime({ offset: true, error: 'Enter the expiry as a date and time, such as 2027-12-31T23:59:59Z.' }),
    kind: z.enum(TOKEN_KINDS, { error: 'The kind must be scim or api.' }).default('scim'),
    scopes: z
      .array(
        z.enum(API_SCOPES, { error: (issue) => `unknown scope '${String(issue.input)}': use employees:read or employees:write` }),
      )
      .max(API_SCOPES.length)
      .default([]),
  })
  .strict()
  .superRefine((input, ctx) => {
    const problem = kindScopeProblem(input.kind, input.scopes);
    if (problem) ctx.addIssue({ code: 'custom', path: ['scopes'], message: problem });
  });

export const createdToken = z.object({
  /** The compact JWT: shown once, never stored. */
  token: z.string(),
  record: tokenView,
});

/** One field's value before and after a write, as the provisioning and audit logs record it. */
export const fieldChange = z.object({ old: z.unknown(), new: z.unknown() });
/** A write's changed fields by name (a catalog key, or a settings field). */
export const fieldChanges = z.record(z.string(), fieldChange);

export const activityEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  /** The token label: which identity provider acted. Null when authentication failed. */
  actor: z.string().nullable(),
  method: z.string(),
  path: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  userName: z.string().nullable(),
  externalId: z.string().nullable(),
  status: z.number().int(),
  scimType: z.string().nullable(),
  detail: z.string().nullable(),
  changes: fieldChanges.nullable(),
  remoteAddress: z.string().nullable(),
  durationMs: z.number().nullable(),
  operation: z.enum(ACTIVITY_OPERATIONS),
});

export const activityListInput = activityFilter.extend({
  beforeId: z.number().int().min(1).nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});

export const activityPage = z.object({ entries: z.array(activityEntry), nextBeforeId: z.number().int().nullable() });

export const activityChart = z.object({
  bucketSeconds: z.number().int(),
  buckets: z.array(z.object({ at: z.string(), requests: z.number().int(), failures: z.number().int() })),
});

export const gatewayStatus = z.object({
  running: z.boolean(),
  listeners: z.array(
    z.object({
      address: z.string(),
      tls: z.boolean(),
      behindProxy: z.boolean(),
      pid: z.number().int(),
      startedAt: z.string(),
      heartbeatAt: z.string(),
      stoppedAt: z.string().nullable(),
      running: z.boolean(),
    }),
  ),
  lastCall: activityEntry.nullable(),
  lastError: activityEntry.nullable(),
});

// `privilege`: who may call the channel (preload/privileges.ts); the dispatcher refuses anyone else
// before the input is even parsed. Reads the read-only settings tab needs are open to any operator;
// token metadata is not secret (the token string is never stored).
const configure: ChannelAccess = 'configure-provisioning';
const viewActivity: ChannelAccess = 'view-activity';

export const contract = {
  'settings:get': { input: noInput, output: settingsView, privilege: ANY_OPERATOR as ChannelAccess },
  'settings:save': { input: settingsSaveInput, output: settingsView, privilege: configure },
  'organizations:list': { input: noInput, output: z.array(organizationView), privilege: ANY_OPERATOR as ChannelAccess },
  'organizations:create': { input: organizationCreateInput, output: organizationView, privilege: configure },
  'organizations:rename': { input: organizationRenameInput, output: organizationView, privilege: configure },
  'organizations:move': { input: organizationMoveInput, output: organizationView, privilege: configure },
  'organizations:delete': {
    input: z.object({ id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
    privilege: configure,
  },
  'organizations:employee-counts': {
    input: noInput,
    output: organizationEmployeeCounts,
    privilege: ANY_OPERATOR as ChannelAccess,
  },
  'tokens:list': { input: noInput, output: z.array(tokenView), privilege: ANY_OPERATOR as ChannelAccess },
  'tokens:create': { input: tokenCreateInput, output: createdToken, privilege: configure },
  'tokens:revoke': { input: z.object({ id }).strict(), output: tokenView, privilege: configure },
  'activity:list': { input: activityListInput, output: activityPage, privilege: viewActivity },
  'activity:chart': {
    input: z
      .object({
        hours: z
          .number()
          .int()
          .min(1)
          .max(24 * 31)
          .default(24),
      })
      .strict(),
    output: activityChart,
    privilege: viewActivity,
  },
  'gateway:status': { input: noInput, output: gatewayStatus, privilege: viewActivity },
  'tokens:rotate-key': {
    input: noInput,
    output: z.object({ kid: z.string(), retiredKid: z.string().nullable() }),
    privilege: configure,
  },
  ...employeesContract,
  ...operatorsContract,
  ...auditContract,
  ...connectionContract,
  ...activityContract,
} as const;

export type Contract = typeof contract;
export { CHANNELS, isChannel, type Channel } from './channels';

// The channel list and the contract name the same channels, or this does not compile.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const channelsMatchContract: SameKeys<keyof Contract, Channel> = true;
void channelsMatchContract;
// Every channel names who may call it, or this does not compile.
const everyChannelNamesItsPrivilege: { readonly [C in Channel]: { readonly privilege: ChannelAccess } } = contract;
void everyChannelNamesItsPrivilege;

const ACCESS: ReadonlyMap<string, ChannelAccess> = new Map(
  Object.entries(contract).map(([channel, entry]) => [channel, entry.privilege]),
);
/** Who may call `channel` (a known channel: the dispatcher checks that first). */
export const channelAccess = (channel: Channel): ChannelAccess =>
  // Every channel is in the map (checked at compile time above); should one not be, fail closed.
  ACCESS.get(channel) ?? 'manage-operators';

export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type SettingsView = z.output<typeof settingsView>;
export type SettingsSaveInput = z.input<typeof settingsSaveInput>;
export type OrganizationView = z.output<typeof organizationView>;
export type TokenView = z.output<typeof tokenView>;
export type TokenStatus = TokenView['status'];
export type FieldChange = z.output<typeof fieldChange>;
export type FieldChanges = z.output<typeof fieldChanges>;
export type ActivityEntry = z.output<typeof activityEntry>;
export type ActivityPage = z.output<typeof activityPage>;
export type ActivityChart = z.output<typeof activityChart>;
export type GatewayStatus = z.output<typeof gatewayStatus>;

export { ApiError, ERROR_CODES, type ApiErrorBody, type Envelope, type ErrorCode } from './api-error';

/** The one API the renderer sees, from either transport. */
export interface ConsoleApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}
