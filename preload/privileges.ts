// The operator privileges: their ids (kebab-case, as the CLI takes them), their labels (as the console
// and help show them), and who may call a channel. Pure: shared by the contract, main's services and
// dispatcher, the renderer and the CLI.
export const PRIVILEGES = ['configure-provisioning', 'manage-employees', 'view-activity', 'manage-operators'] as const;
export type Privilege = (typeof PRIVILEGES)[number];

export const PRIVILEGE_LABELS: ReadonlyMap<Privilege, string> = new Map([
  ['configure-provisioning', 'Configure Provisioning Settings'],
  ['manage-employees', 'Manage Employees'],
  ['view-activity', 'View Provisioning Activity'],
  ['manage-operators', 'Manage Operators'],
]);

export const privilegeLabel = (privilege: Privilege): string => PRIVILEGE_LABELS.get(privilege) ?? privilege;

const known: ReadonlySet<string> = new Set(PRIVILEGES);
export const isPrivilege = (value: unknown): value is Privilege => typeof value === 'string' && known.has(value);

/**
 * Who may call a channel: holders of one privilege; any operator (an account holding at least one
 * privilege: the reads the read-only settings tab needs); or anyone who can reach the API at all
 * (only `session:whoami`, so a caller can learn that it holds nothing).
 */
export const ANY_OPERATOR = 'any-operator';
export const ANYONE = 'anyone';
export type ChannelAccess = Privilege | typeof ANY_OPERATOR | typeof ANYONE;

/** Whether holding `held` lets a caller use a channel that needs `access`. */
export function allows(access: ChannelAccess, held: ReadonlySet<Privilege>): boolean {
  if (access === ANYONE) return true;
  if (access === ANY_OPERATOR) return held.size > 0;
  return held.has(access);
}
