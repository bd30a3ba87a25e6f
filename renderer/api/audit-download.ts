// Server mode's audit export as CSV or JSON (export-download.ts says how it travels).
import type { AuditFilterValue } from '../../preload/audit-contract';
import type { ExportFormat } from '../../preload/export-formats';
import { downloadExport } from './export-download';

export interface AuditDownload {
  downloadAudit(filter: AuditFilterValue, format: ExportFormat): Promise<Blob>;
}

export function hasAuditDownload(api: object): api is AuditDownload {
  return typeof (api as Partial<AuditDownload>).downloadAudit === 'function';
}

export function createAuditDownload(baseUrl: string, sessionToken: string, fetchImpl: typeof fetch = fetch): AuditDownload {
  return { downloadAudit: (filter, format) => downloadExport({ baseUrl, sessionToken, fetchImpl }, 'audit', format, filter) };
}
