// The console API over HTTP, for server mode (`idsvc console`): POST /api/<channel> with the session token.
import { ApiError, type Envelope } from '../../preload/api-error';
import type { ConsoleApi } from '../../preload/contract';

export function createHttpApi(baseUrl: string, sessionToken: string, fetchImpl: typeof fetch = fetch): ConsoleApi {
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetchImpl(new URL(`/api/${channel}`, baseUrl), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionToken}` },
          body: JSON.stringify(input),
        });
      } catch {
        throw new ApiError({
          code: 'unavailable',
          message: 'The console server cannot be reached. Is idsvc console still running?',
        });
      }
      const envelope = (await response.json().catch(() => null)) as Envelope<never> | null;
      if (envelope === null || typeof envelope !== 'object' || !('ok' in envelope)) {
        throw new ApiError({ code: 'internal', message: `The console server answered ${response.status} without a result.` });
      }
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    },
  };
}
