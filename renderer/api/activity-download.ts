// Server mode's Activity export: GET /export/activity.csv or .json with the session token (a header, so
// the token never lands in a URL or the browser history). The server streams the rows; the browser
// collects them into a Blob, which Chromium keeps on disk once it is large, then saves it as a download.
import type { ActivityExportFormat, ActivityFilterInput } from '../../preload/activity-contract';
import { ApiError } from '../../preload/api-error';

export interface ActivityDownload {
  downloadActivity(filter: ActivityFilterInput, format: ActivityExportFormat): Promise<Blob>;
}

export function hasActivityDownload(api: object): api is ActivityDownload {
  return typeof (api as Partial<ActivityDownload>).downloadActivity === 'function';
}

export function createActivityDownload(baseUrl: string, sessionToken: string, fetchImpl: typeof fetch = fetch): ActivityDownload {
  return {
    async downloadActivity(filter, format) {
      const url = new URL(`/export/activity.${format}`, baseUrl);
      for (const [key, value] of Object.entries(filter)) {
        if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
      }
      const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${sessionToken}` } });
      if (!response.ok) {
        const envelope = (await response.json().catch(() => null)) as { error?: { code: 'internal'; message: string } } | null;
        throw new ApiError(envelope?.error ?? { code: 'internal', message: `The export failed (${response.status}).` });
      }
      return response.blob();
    },
  };
}
