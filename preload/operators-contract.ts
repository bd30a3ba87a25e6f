// The operators' part of the console API contract: who the caller is and what it may do
// (`session:whoami`), and the Operators view's reads and writes. Pure: no Node, no Electron, no DOM.
import { z } from 'zod';
import { ANYONE, PRIVILEGES, type ChannelAccess } from './privileges';

export const ACCOUNT_MAX_LENGTH = 256;

/** An OS account as the console shows it: `DOMAIN\name` on Windows, the login name elsewhere. */
export const accountName = z
  .string()
  .trim()
  .min(1, 'Enter the account name.')
  .max(ACCOUNT_MAX_LENGTH, `An account name has at most ${ACCOUNT_MAX_LENGTH} characters.`)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'An account name may not contain control characters.');

const privilege = z.enum(PRIVILEGES, { error: (issue) => `unknown privilege '${String(issue.input)}'` });

export const operatorView = z.object({
  account: z.string(),
  privileges: z.array(z.enum(PRIVILEGES)),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type OperatorView = z.output<typeof operatorView>;

export const sessionView = z.object({
  /** The OS account the console runs as. */
  account: z.string(),
  privileges: z.array(z.enum(PRIVILEGES)),
  /** Who holds Manage Operators: whom to ask for a privilege. */
  operatorManagers: z.array(z.string()),
});
export type SessionView = z.output<typeof sessionView>;

const noInput = z.object({}).strict();
const accountInput = z.object({ account: accountName }).strict();
const privilegeChange = z.object({ account: accountName, privilege }).strict();

export const operatorsContract = {
  'session:whoami': { input: noInput, output: sessionView, privilege: ANYONE as ChannelAccess },
  'operators:list': { input: noInput, output: z.array(operatorView), privilege: 'manage-operators' as ChannelAccess },
  'operators:add': {
    input: z.object({ account: accountName, privileges: z.array(privilege).max(PRIVILEGES.length).default([]) }).strict(),
    output: operatorView,
    privilege: 'manage-operators' as ChannelAccess,
  },
  'operators:grant': { input: privilegeChange, output: operatorView, privilege: 'manage-operators' as ChannelAccess },
  'operators:revoke': { input: privilegeChange, output: operatorView, privilege: 'manage-operators' as ChannelAccess },
  'operators:remove': {
    input: accountInput,
    output: z.object({ removed: z.string() }),
    privilege: 'manage-operators' as ChannelAccess,
  },
} as const;
