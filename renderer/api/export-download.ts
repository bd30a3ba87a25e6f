// Server mode's log downloads (the Activity's and the audit log's): GET /export/<name>.<format> with the
// filter in the query and the session token in a header, so the token never lands in a URL or the
// browser history. The server streams the file; the browser collects it into a Blob, which Chromium
// keeps on disk once it is large, then saves it as a download. A refusal arrives as the API's envelope.
import { ApiError } from '../../preload/api-error';
import type { ExportFormat } from '../../preload/export-formats';

export async function downloadExport(
  request: { baseUrl: string; sessionToken: string; fetchImpl: typeof fetch },
  name: 'activity' | 'audit',
  format: ExportFormat,
  filter: object,
): Promise<Blob> {
  const url = new URL(`/export/${name}.${format}`, request.baseUrl);
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
  }
  // Called alone, not as the request's method: a browser's fetch refuses any `this` but the window.
  const { fetchImpl, sessionToken } = request;
  const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${sessionToken}` } });
  if (!response.ok) {
    const envelope = (await response.json().catch(() => null)) as { error?: { code: 'internal'; message: string } } | null;
    throw new ApiError(envelope?.error ?? { code: 'internal', message: `The export failed (${response.status}).` });
  }
  return response.blob();
}
