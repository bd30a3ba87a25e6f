// Server mode's audit export: GET /export/audit.csv with the session token (a header, so the token
// never lands in a URL or the browser history). The server streams it; the browser collects it into a
// Blob, which Chromium keeps on disk once it is large, then saves it as a download.
import { ApiError } from '../../preload/api-error';
import type { AuditFilterValue } from '../../preload/audit-contract';

export interface AuditCsvDownload {
  downloadAuditCsv(filter: AuditFilterValue): Promise<Blob>;
}

export function hasAuditCsvDownload(api: object): api is AuditCsvDownload {
  return typeof (api as Partial<AuditCsvDownload>).downloadAuditCsv === 'function';
}

export function createAuditCsvDownload(baseUrl: string, sessionToken: string, fetchImpl: typeof fetch = fetch): AuditCsvDownload {
  return {
    async downloadAuditCsv(filter) {
      const url = new URL('/export/audit.csv', baseUrl);
      for (const [key, value] of Object.entries(filter)) if (value !== null) url.searchParams.set(key, value);
      const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${sessionToken}` } });
      if (!response.ok) {
        const envelope = (await response.json().catch(() => null)) as { error?: { code: 'internal'; message: string } } | null;
        throw new ApiError(envelope?.error ?? { code: 'internal', message: `The export failed (${response.status}).` });
      }
      return response.blob();
    },
  };
}
