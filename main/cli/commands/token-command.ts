// `idsvc token create|list|revoke|rotate-key`: token administration for servers and scripts.
// `create` prints only the token on stdout, so `TOKEN=$(idsvc token create ...)` works. `--kind api` makes a
// user management API token, which needs `--scope`; SCIM tokens (the default) take none.
import { parseArgs } from 'node:util';
import type { TokenView } from '../../../preload/contract';
import { endOfLocalDay } from '../../../preload/token-expiry';
import { API_SCOPES, TOKEN_KINDS, type ApiScope, type TokenKind } from '../../../preload/token-kinds';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { withCliApi } from '../console-api-client';
import type { ServicesOptions } from '../../services/services';

export const TOKEN_USAGE = [
  'idsvc token create --label LABEL --expires YYYY-MM-DD [--kind scim|api --scope employees:read|employees:write] [--data-dir DIR]',
  'idsvc token list [--json] [--data-dir DIR]',
  'idsvc token revoke ID [--data-dir DIR]',
  'idsvc token rotate-key [--data-dir DIR]',
];

const options = {
  'data-dir': { type: 'string' },
  label: { type: 'string' },
  expires: { type: 'string' },
  kind: { type: 'string' },
  scope: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

// A Map: the verb is command-line text, and `idsvc token constructor` must be unknown, not Object's.
const FLAGS_BY_VERB: ReadonlyMap<string, readonly string[]> = new Map([
  ['create', ['label', 'expires', 'kind', 'scope']],
  ['list', ['json']],
  ['revoke', []],
  ['rotate-key', []],
]);

export async function tokenCommand(args: string[], io: CliIo, servicesOptions: ServicesOptions = {}): Promise<number> {
  const [verb, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  const flags = verb === undefined ? undefined : FLAGS_BY_VERB.get(verb);
  if (verb === undefined || flags === undefined) {
    throw new CliError(`Unknown token command '${verb ?? ''}'. Use one of: ${[...FLAGS_BY_VERB.keys()].join(', ')}.`);
  }
  const stray = Object.keys(values).find((key) => key !== 'data-dir' && !flags.includes(key));
  if (stray) throw new CliError(`'idsvc token ${verb}' does not take --${stray}.`);
  if (verb !== 'revoke' && positionals.length > 0) throw new CliError(`Unexpected argument '${positionals[0]}'.`);

  return withCliApi(values['data-dir'], servicesOptions, async (api) => {
    switch (verb) {
      case 'create': {
        if (values.label === undefined) throw new CliError('--label is required.');
        if (values.expires === undefined) throw new CliError('--expires is required (YYYY-MM-DD).');
        const end = endOfLocalDay(values.expires);
        if (!end) throw new CliError(`--expires must be a date as YYYY-MM-DD, not '${values.expires}'.`);
        const { kind, scopes } = kindAndScopes(values.kind, values.scope);
        const created = await api.call('tokens:create', { label: values.label, expiresAt: end.toISOString(), kind, scopes });
        io.out(created.token);
        return 0;
      }
      case 'list': {
        const tokens = await api.call('tokens:list', {});
        if (values.json) io.out(JSON.stringify(tokens, null, 2));
        else for (const line of tokenTable(tokens)) io.out(line);
        return 0;
      }
      case 'revoke': {
        if (positionals.length !== 1) throw new CliError('Give exactly one token id (see idsvc token list).');
        const revoked = await api.call('tokens:revoke', { id: positionals[0]! });
        io.out(`Revoked token ${revoked.id} ("${revoked.label}").`);
        return 0;
      }
      default: {
        const rotation = await api.call('tokens:rotate-key', {});
        io.out(`New signing key ${rotation.kid}${rotation.retiredKid ? `; retired ${rotation.retiredKid}` : ''}.`);
        return 0;
      }
    }
  });
}

/** Checked here too (the contract would refuse them), so the message names the flag to fix. */
function kindAndScopes(kind: string | undefined, scopeFlags: string[] | undefined): { kind: TokenKind; scopes: ApiScope[] } {
  const checkedKind = kind ?? 'scim';
  if (!(TOKEN_KINDS as readonly string[]).includes(checkedKind)) {
    throw new CliError(`--kind must be one of ${TOKEN_KINDS.join(', ')}, not '${checkedKind}'.`);
  }
  const scopes = (scopeFlags ?? [])
    .flatMap((flag) => flag.split(','))
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '');
  const unknown = scopes.find((scope) => !(API_SCOPES as readonly string[]).includes(scope));
  if (unknown !== undefined) throw new CliError(`--scope must be ${API_SCOPES.join(' or ')}, not '${unknown}'.`);
  if (checkedKind === 'api' && scopes.length === 0)
    throw new CliError(`--scope is required with --kind api (${API_SCOPES.join(' or ')}).`);
  if (checkedKind === 'scim' && scopes.length > 0)
    throw new CliError('--scope is for API tokens: add --kind api, or leave --scope out for a SCIM token.');
  return { kind: checkedKind as TokenKind, scopes: scopes as ApiScope[] };
}

function tokenTable(tokens: TokenView[]): string[] {
  if (tokens.length === 0) return ['No tokens.'];
  const header = ['ID', 'LABEL', 'STATUS', 'EXPIRES', 'LAST USED', 'CREATED BY', 'KIND', 'SCOPES'];
  const rows = tokens.map((t) => [
    t.id,
    t.label,
    t.status,
    t.expiresAt,
    t.lastUsedAt ?? 'never',
    t.createdBy,
    t.kind,
    t.scopes.join(' ') || '-',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  return [header, ...rows].map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
