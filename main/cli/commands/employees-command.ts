// `idsvc employees export|place`: the directory for servers and scripts, as the Employees view has it.
// `export` streams the employees the filters select to stdout as CSV or JSON (a page of rows at a time);
// `place FILE` shows what a placements file would move and edit and, with --apply, applies it in one
// transaction (the rows that cannot be applied are skipped, as in "Import placements (CSV)"). Both need
// Manage Employees; `place` goes through the dispatcher like the console.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { countOf } from '../../../preload/count-words';
import { csvFileSizeProblem, csvText } from '../../../preload/csv-file-text';
import { EMPLOYEE_SOURCES, EMPLOYEE_STATUSES, employeeFilter } from '../../../preload/employees-contract';
import { isExportFormat } from '../../../preload/export-formats';
import { catalogFieldLabel } from '../../../preload/field-catalog';
import { cellValueText, hasChanges, notListedText, previewSummary } from '../../../preload/placement-format';
import { organizationFinder, writtenOrganizationPath } from '../../services/organizations/organization-tree';
import type { ServicesOptions } from '../../services/services';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { withCliApi } from '../console-api-client';

export const EMPLOYEES_USAGE = [
  'idsvc employees export [--search TEXT] [--organization PATH] [--source scim|local] [--status active|inactive]',
  '                       [--awaiting-placement] [--scim-deleted] [--format csv|json] [--data-dir DIR]',
  'idsvc employees place FILE [--apply] [--data-dir DIR]',
];

const EXPORT_OPTIONS = {
  'data-dir': { type: 'string' },
  search: { type: 'string' },
  organization: { type: 'string' },
  source: { type: 'string' },
  status: { type: 'string' },
  'awaiting-placement': { type: 'boolean' },
  'scim-deleted': { type: 'boolean' },
  format: { type: 'string' },
} as const;

const PLACE_OPTIONS = { 'data-dir': { type: 'string' }, apply: { type: 'boolean' } } as const;

export async function employeesCommand(args: string[], io: CliIo, servicesOptions: ServicesOptions = {}): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'export') return exportEmployees(rest, io, servicesOptions);
  if (verb === 'place') return placeEmployees(rest, io, servicesOptions);
  throw new CliError(`Unknown employees command '${verb ?? ''}'. Use one of: export, place.`);
}

async function exportEmployees(args: string[], io: CliIo, servicesOptions: ServicesOptions): Promise<number> {
  const { values } = parseArgs({ args, options: EXPORT_OPTIONS, strict: true });
  const format = values.format ?? 'csv';
  if (!isExportFormat(format)) throw new CliError(`--format must be csv or json, not '${format}'.`);
  oneOf('--source', values.source, EMPLOYEE_SOURCES);
  oneOf('--status', values.status, EMPLOYEE_STATUSES);
  return withCliApi(values['data-dir'], servicesOptions, async (api, services) => {
    // Refused before the options are looked at, as the console refuses before reading the input.
    api.authorize('manage-employees');
    let organizationId: string | null = null;
    if (values.organization !== undefined) {
      const found = organizationFinder(services.organizations.list())(writtenOrganizationPath(values.organization));
      if (!found) throw new CliError(`--organization: there is no organization ${values.organization}.`);
      organizationId = found.id;
    }
    const parsed = employeeFilter.safeParse({
      search: values.search ?? '',
      organizationId,
      source: values.source ?? null,
      status: values.status ?? null,
      awaitingPlacement: values['awaiting-placement'] ?? false,
      scimDeleted: values['scim-deleted'] ? true : null,
    });
    // Only the search can be refused here (its length); the other options were checked above.
    if (!parsed.success) throw new CliError(`--search: ${parsed.error.issues[0]?.message ?? 'not valid.'}`);
    for (const chunk of services.directory.exportChunks(parsed.data, format)) await io.write(chunk);
    return 0;
  });
}

async function placeEmployees(args: string[], io: CliIo, servicesOptions: ServicesOptions): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: PLACE_OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new CliError('Give exactly one file: idsvc employees place FILE [--apply].');
  const file = positionals[0]!;
  let csv: string;
  try {
    const tooLarge = csvFileSizeProblem(statSync(file).size);
    if (tooLarge !== null) throw new CliError(`${file}: ${tooLarge}`);
    csv = csvText(readFileSync(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  return withCliApi(values['data-dir'], servicesOptions, async (api) => {
    const preview = await api.call('employees:preview-placements', { csv });
    const { counts } = preview;
    // Each kind's listed lines, then how many more the file has (the preview lists the first of each).
    const more = (word: string, listed: number, total: number) => {
      const text = notListedText(listed, total);
      if (text !== '') io.out(`${word}  ${text}`);
    };
    io.out(`${file}: ${previewSummary(preview)}`);
    for (const move of preview.moves) {
      io.out(`move  line ${move.line}: ${move.userName}  ${move.from.join('/')} -> ${move.to.join('/')}`);
    }
    more('move', preview.moves.length, counts.moves);
    for (const edit of preview.edits) {
      const changes = edit.changes.map(
        (c) => `${catalogFieldLabel(c.field)}: ${cellValueText(c.from)} -> ${cellValueText(c.to)}`,
      );
      io.out(`edit  line ${edit.line}: ${edit.userName}  ${changes.join('; ')}`);
    }
    more('edit', preview.edits.length, counts.edits);
    for (const problem of preview.problems) io.out(`skip  ${problem.message}`);
    more('skip', preview.problems.length, counts.problems);
    for (const cell of preview.ownedCells) {
      io.out(
        `keep  line ${cell.line}: ${cell.userName}  ${catalogFieldLabel(cell.field)} is managed by your identity provider: ` +
          `${cellValueText(cell.from)} stays (the file has ${cellValueText(cell.to)})`,
      );
    }
    more('keep', preview.ownedCells.length, counts.ownedCells);
    if (!values.apply) {
      if (hasChanges(preview)) io.out('Nothing was changed. Run again with --apply to apply them.');
      return 0;
    }
    // Planned again in the write's transaction: what it changes is what the directory holds now.
    const { moved, edited } = await api.call('employees:apply-placements', { csv });
    io.out(`Moved ${countOf(moved, 'employee')}${edited > 0 ? `, edited ${countOf(edited, 'employee')}` : ''}.`);
    return 0;
  });
}

function oneOf(option: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw new CliError(`${option} must be ${allowed.join(' or ')}, not '${value}'.`);
  }
}
