// `idsvc operator list|add|grant|revoke|remove`: operators (OS accounts) and their privileges, for
// servers and scripts. Goes through the dispatcher, so only a holder of Manage Operators may use it.
import { parseArgs } from 'node:util';
import type { OperatorView } from '../../../preload/operators-contract';
import { PRIVILEGE_LABELS, PRIVILEGES, isPrivilege, privilegeLabel, type Privilege } from '../../../preload/privileges';
import type { ServicesOptions } from '../../services/services';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { withCliApi } from '../console-api-client';

export const OPERATOR_USAGE = [
  'idsvc operator list [--json] [--data-dir DIR]',
  'idsvc operator add ACCOUNT [--privilege P ...] [--data-dir DIR]',
  'idsvc operator grant ACCOUNT --privilege P [--privilege P ...] [--data-dir DIR]',
  'idsvc operator revoke ACCOUNT --privilege P [--privilege P ...] [--data-dir DIR]',
  'idsvc operator remove ACCOUNT [--data-dir DIR]',
];

export const PRIVILEGE_HELP = ['Privileges (P):', ...[...PRIVILEGE_LABELS].map(([id, label]) => `  ${id.padEnd(24)}${label}`)];

const options = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  privilege: { type: 'string', multiple: true },
} as const;

// A Map: the verb is command-line text (see token-command.ts).
const VERBS: ReadonlyMap<string, { flags: readonly string[]; account: boolean }> = new Map([
  ['list', { flags: ['json'], account: false }],
  ['add', { flags: ['privilege'], account: true }],
  ['grant', { flags: ['privilege'], account: true }],
  ['revoke', { flags: ['privilege'], account: true }],
  ['remove', { flags: [], account: true }],
]);

export async function operatorCommand(args: string[], io: CliIo, servicesOptions: ServicesOptions = {}): Promise<number> {
  const [verb, ...rest] = args;
  const spec = verb === undefined ? undefined : VERBS.get(verb);
  if (verb === undefined || spec === undefined) {
    throw new CliError(`Unknown operator command '${verb ?? ''}'. Use one of: ${[...VERBS.keys()].join(', ')}.`);
  }
  const { values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  const stray = Object.keys(values).find((key) => key !== 'data-dir' && !spec.flags.includes(key));
  if (stray) throw new CliError(`'idsvc operator ${verb}' does not take --${stray}.`);
  if (!spec.account && positionals.length > 0) throw new CliError(`Unexpected argument '${positionals[0]}'.`);
  if (spec.account && positionals.length !== 1) throw new CliError(`Give exactly one account: idsvc operator ${verb} ACCOUNT.`);
  const privileges = parsePrivileges(values.privilege ?? []);
  if ((verb === 'grant' || verb === 'revoke') && privileges.length === 0) throw new CliError('--privilege is required.');
  const account = positionals[0]!;

  return withCliApi(values['data-dir'], servicesOptions, async (api) => {
    switch (verb) {
      case 'list': {
        const operators = await api.call('operators:list', {});
        if (values.json) io.out(JSON.stringify(operators, null, 2));
        else for (const line of operatorTable(operators)) io.out(line);
        return 0;
      }
      case 'add': {
        const added = await api.call('operators:add', { account, privileges });
        io.out(`Added operator ${added.account}${describe(added.privileges)}.`);
        return 0;
      }
      case 'grant':
      case 'revoke': {
        let operator: OperatorView | undefined;
        // Manage Operators last: revoking it from oneself first would refuse the rest.
        const ordered = [
          ...privileges.filter((p) => p !== 'manage-operators'),
          ...privileges.filter((p) => p === 'manage-operators'),
        ];
        for (const privilege of ordered) {
          operator = await api.call(verb === 'grant' ? 'operators:grant' : 'operators:revoke', { account, privilege });
        }
        io.out(`${operator!.account} now holds${describe(operator!.privileges) || ' no privilege'}.`);
        return 0;
      }
      default: {
        const { removed } = await api.call('operators:remove', { account });
        io.out(`Removed operator ${removed}.`);
        return 0;
      }
    }
  });
}

function parsePrivileges(raw: readonly string[]): Privilege[] {
  for (const value of raw) {
    if (!isPrivilege(value)) throw new CliError(`Unknown privilege '${value}'. Use one of: ${PRIVILEGES.join(', ')}.`);
  }
  return [...new Set(raw as Privilege[])];
}

function describe(privileges: readonly Privilege[]): string {
  return privileges.length === 0 ? '' : ` (${privileges.map(privilegeLabel).join(', ')})`;
}

function operatorTable(operators: OperatorView[]): string[] {
  const header = ['ACCOUNT', 'PRIVILEGES', 'ADDED', 'ADDED BY'];
  const rows = operators.map((o) => [o.account, o.privileges.join(',') || '-', o.addedAt, o.addedBy]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  return [header, ...rows].map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
