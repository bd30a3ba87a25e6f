// Server mode's export downloads (the Activity's, the audit log's, the directory's): GET
// /export/<name>.<format> with the filter in the query and the session token in a header, so the token
// never lands in a URL or the browser history. The server streams the file; the browser collects it
// into a Blob, which Chromium keeps on disk once it is large. A refusal arrives as the API's envelope.
import { ApiError } from '../../preload/api-error';
import type { ExportFormat, ExportName } from '../../preload/export-formats';

export interface ExportDownloads {
  downloadExport(name: ExportName, filter: object, format: ExportFormat): Promise<Blob>;
}

export function hasExportDownloads(api: object): api is ExportDownloads {
  return typeof (api as Partial<ExportDownloads>).downloadExport === 'function';
}

export function createExportDownloads(baseUrl: string, sessionToken: string, fetchImpl: typeof fetch = fetch): ExportDownloads {
  return {
    async downloadExport(name, filter, format) {
      const url = new URL(`/export/${name}.${format}`, baseUrl);
      for (const [key, value] of Object.entries(filter)) {
        if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
      }
      // Called alone, not as a method: a browser's fetch refuses any `this` but the window.
      const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${sessionToken}` } });
      if (!response.ok) {
        const envelope = (await response.json().catch(() => null)) as { error?: { code: 'internal'; message: string } } | null;
        throw new ApiError(envelope?.error ?? { code: 'internal', message: `The export failed (${response.status}).` });
      }
      return response.blob();
    },
  };
}
