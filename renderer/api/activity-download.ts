// Server mode's Activity export as CSV or JSON (export-download.ts says how it travels).
import type { ActivityFilterInput } from '../../preload/activity-contract';
import type { ExportFormat } from '../../preload/export-formats';
import { downloadExport } from './export-download';

export interface ActivityDownload {
  downloadActivity(filter: ActivityFilterInput, format: ExportFormat): Promise<Blob>;
}

export function hasActivityDownload(api: object): api is ActivityDownload {
  return typeof (api as Partial<ActivityDownload>).downloadActivity === 'function';
}

export function createActivityDownload(baseUrl: string, sessionToken: string, fetchImpl: typeof fetch = fetch): ActivityDownload {
  return {
    downloadActivity: (filter, format) => downloadExport({ baseUrl, sessionToken, fetchImpl }, 'activity', format, filter),
  };
}
