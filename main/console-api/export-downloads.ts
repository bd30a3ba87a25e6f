// Server mode's downloads of the exports (GET /export/<name>.<format>, http-transport.ts): each guarded
// like its `<name>:export-file` channel (the privilege is read from the contract, checked before the
// query is even read), its filter validated with the contract's schema, its rows a lazy stream of text
// chunks. A refusal the service makes before the first byte (an unknown organization) is an answer,
// not a broken download.
import { z } from 'zod';
import { activityFilter } from '../../preload/activity-contract';
import { auditFilter } from '../../preload/audit-contract';
import { channelAccess, type ApiErrorBody } from '../../preload/contract';
import { directoryOrder, employeeFilter } from '../../preload/employees-contract';
import type { ExportFormat, ExportName } from '../../preload/export-formats';
import type { Actor } from '../services/context';
import { ServiceError } from '../services/errors';
import type { Services } from '../services/services';
import { refusal, serviceErrorBody } from './dispatcher';
import { validationBody } from './validation-error';

export type DownloadResult = { ok: true; chunks: Iterable<string> } | { ok: false; error: ApiErrorBody };
export type ExportDownload = (format: ExportFormat, query: unknown, actor: Actor) => DownloadResult;

/** A query string carries text: a yes-or-no filter arrives as the word. */
const word = (name: string) => z.stringbool({ truthy: ['true'], falsy: ['false'], error: `${name} is true or false.` });
const flag = (name: string) => word(name).default(false);
const employeeQuery = employeeFilter.extend({
  awaitingPlacement: flag('awaitingPlacement'),
  scimDeleted: word('scimDeleted').nullable().default(null),
  sort: directoryOrder.sort,
  descending: flag('descending'),
});
const activityQuery = activityFilter.extend({ exact: flag('exact') });

export function createExportDownloads(services: Services): Record<ExportName, ExportDownload> {
  return {
    activity: download(services, 'activity', activityQuery, (filter, format) => services.activity.exportChunks(filter, format)),
    audit: download(services, 'audit', auditFilter, (filter, format) => services.audit.exportChunks(filter, format)),
    employees: download(services, 'employees', employeeQuery, (filter, format) =>
      services.directory.exportChunks(filter, format),
    ),
  };
}

function download<F>(
  services: Services,
  name: ExportName,
  filter: z.ZodType<F>,
  chunks: (filter: F, format: ExportFormat) => Iterable<string>,
): ExportDownload {
  const privilege = channelAccess(`${name}:export-file`);
  return (format, query, actor) => {
    const refused = refusal(services.operators, privilege, actor);
    if (refused) return { ok: false, error: refused };
    // An absent filter is absent, an empty one is open too.
    const raw = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, value]) => value !== ''));
    const parsed = filter.safeParse(raw);
    if (!parsed.success) return { ok: false, error: validationBody(parsed.error) };
    try {
      return { ok: true, chunks: chunks(parsed.data, format) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: serviceErrorBody(error) };
      throw error;
    }
  };
}
