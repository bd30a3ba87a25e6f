// `idsvc audit export`: the audit trail on stdout, newest first, as CSV or JSON, streamed a page of rows
// at a time (a million rows never sit in memory). Needs View Provisioning Activity, like the Audit view.
import { parseArgs } from 'node:util';
import { isExportFormat } from '../../../preload/export-formats';
import { startOfLocalDay } from '../../../preload/local-day-range';
import type { ServicesOptions } from '../../services/services';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { withCliApi } from '../console-api-client';

export const AUDIT_USAGE = ['idsvc audit export [--since YYYY-MM-DD] [--format csv|json] [--data-dir DIR]'];

export async function auditCommand(args: string[], io: CliIo, servicesOptions: ServicesOptions = {}): Promise<number> {
  const [verb, ...rest] = args;
  if (verb !== 'export') throw new CliError(`Unknown audit command '${verb ?? ''}'. Use: export.`);
  const { values } = parseArgs({
    args: rest,
    options: { 'data-dir': { type: 'string' }, since: { type: 'string' }, format: { type: 'string' } },
    strict: true,
  });
  const format = values.format ?? 'csv';
  if (!isExportFormat(format)) throw new CliError(`--format must be csv or json, not '${format}'.`);
  let since: string | null = null;
  if (values.since !== undefined) {
    const start = startOfLocalDay(values.since);
    if (!start) throw new CliError(`--since must be a date as YYYY-MM-DD, not '${values.since}'.`);
    since = start.toISOString();
  }
  return withCliApi(values['data-dir'], servicesOptions, async (api, services) => {
    api.authorize('view-activity');
    const filter = { since, until: null, actor: null, action: null };
    for (const chunk of services.audit.exportChunks(filter, format)) await io.write(chunk);
    return 0;
  });
}
