// `idsvc organization list|create|rename|move|delete`: the organization tree for servers and scripts,
// as the Organizations view changes it. Organizations are named by their path as people write it
// (`Enterprise/Sales/EMEA`, the root's name optional). Every call goes through the dispatcher: listing
// needs any privilege, changing needs Configure Provisioning Settings, and refusals read as in the console.
import { parseArgs } from 'node:util';
import type { OrganizationView } from '../../../preload/contract';
import { countOf } from '../../../preload/count-words';
import { organizationFinder, writtenOrganizationPath } from '../../services/organizations/organization-tree';
import type { ServicesOptions } from '../../services/services';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { type CliApi, withCliApi } from '../console-api-client';

export const ORGANIZATION_USAGE = [
  'idsvc organization list [--json] [--data-dir DIR]',
  'idsvc organization create PATH [--data-dir DIR]',
  'idsvc organization rename PATH NAME [--data-dir DIR]',
  'idsvc organization move PATH --to PARENT_PATH [--data-dir DIR]',
  'idsvc organization delete PATH [--data-dir DIR]',
];

const options = { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, to: { type: 'string' } } as const;

// A Map: the verb is command-line text (see token-command.ts). `positionals`: the arguments it takes, by name.
const VERBS: ReadonlyMap<string, { flags: readonly string[]; positionals: readonly string[] }> = new Map([
  ['list', { flags: ['json'], positionals: [] }],
  ['create', { flags: [], positionals: ['PATH'] }],
  ['rename', { flags: [], positionals: ['PATH', 'NAME'] }],
  ['move', { flags: ['to'], positionals: ['PATH'] }],
  ['delete', { flags: [], positionals: ['PATH'] }],
]);

export async function organizationCommand(args: string[], io: CliIo, servicesOptions: ServicesOptions = {}): Promise<number> {
  const [verb, ...rest] = args;
  const spec = verb === undefined ? undefined : VERBS.get(verb);
  if (verb === undefined || spec === undefined) {
    throw new CliError(`Unknown organization command '${verb ?? ''}'. Use one of: ${[...VERBS.keys()].join(', ')}.`);
  }
  const { values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  const stray = Object.keys(values).find((key) => key !== 'data-dir' && !spec.flags.includes(key));
  if (stray) throw new CliError(`'idsvc organization ${verb}' does not take --${stray}.`);
  if (positionals.length !== spec.positionals.length) {
    throw new CliError(
      `Usage: idsvc organization ${[verb, ...spec.positionals].join(' ')}${verb === 'move' ? ' --to PARENT_PATH' : ''}.`,
    );
  }
  if (verb === 'move' && values.to === undefined)
    throw new CliError('--to is required: the path of the new parent organization.');
  const [path, name] = positionals as [string, string | undefined];

  return withCliApi(values['data-dir'], servicesOptions, async (api) => {
    const tree = await api.call('organizations:list', {});
    const find = (text: string, what: string): OrganizationView => {
      const found = organizationFinder(tree)(writtenOrganizationPath(text));
      if (!found) throw new CliError(`${what}: there is no organization ${text}.`);
      return found;
    };
    switch (verb) {
      case 'list':
        return list(api, tree, values.json === true, io);
      case 'create': {
        const written = writtenOrganizationPath(path);
        const parent = written.length > 1 ? find(written.slice(0, -1).join('/'), 'PATH') : tree[0]!;
        const created = await api.call('organizations:create', { name: written.at(-1)!, parentId: parent.id });
        io.out(`Created ${created.path.join('/')}.`);
        return 0;
      }
      case 'rename': {
        const renamed = await api.call('organizations:rename', { id: find(path, 'PATH').id, name: name! });
        io.out(`Renamed ${path} to ${renamed.path.join('/')}.`);
        return 0;
      }
      case 'move': {
        const org = find(path, 'PATH');
        const moved = await api.call('organizations:move', { id: org.id, parentId: find(values.to!, '--to').id });
        io.out(`Moved ${org.path.join('/')} to ${moved.path.join('/')}.`);
        return 0;
      }
      default: {
        const org = find(path, 'PATH');
        await api.call('organizations:delete', { id: org.id });
        io.out(`Deleted ${org.path.join('/')}.`);
        return 0;
      }
    }
  });
}

/** The tree, one organization a line in tree order, indented, with the employees in it and below it. */
async function list(api: CliApi, tree: OrganizationView[], json: boolean, io: CliIo): Promise<number> {
  const counts = await api.call('organizations:employee-counts', {});
  if (json) {
    io.out(
      JSON.stringify(
        tree.map((org) => ({ ...org, employees: counts[org.id] ?? 0 })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const org of tree) {
    io.out(`${'  '.repeat(org.depth)}${org.name}  (${countOf(counts[org.id] ?? 0, 'employee')})`);
  }
  return 0;
}
