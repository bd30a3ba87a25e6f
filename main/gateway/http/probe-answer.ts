// The gateway's half of the console's connection test (services/connection-probe/probe-proof.ts): a GET
// at exactly the base path carrying a valid ask is answered with the proof. Anything else, a bad or
// replayed ask included, returns null and goes on as an ordinary request (and gets its ordinary 404),
// so the probe tells nothing to a caller without the installation's key. A proven probe is not logged:
// it is the console's own check, not the identity provider's traffic.
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from '../../services/context';
import { PROBE_HEADER, probePath, probeProof, verifyProbeAsk } from '../../services/connection-probe/probe-proof';
import type { RouteResponse } from './gateway-types';

export type ProbeAnswerer = (
  method: string,
  pathname: string,
  basePath: () => string,
  headers: IncomingHttpHeaders,
) => RouteResponse | null;

export function probeAnswerer(key: () => Buffer, clock: Clock): ProbeAnswerer {
  const seen = new Map<string, number>();
  return (method, pathname, basePath, headers) => {
    const ask = headers[PROBE_HEADER];
    if (typeof ask !== 'string' || (method !== 'GET' && method !== 'HEAD')) return null;
    if (probePath(pathname) !== probePath(basePath())) return null;
    const challenge = verifyProbeAsk(key(), ask, pathname, clock.now(), seen);
    if (challenge === null) return null;
    return { status: 200, body: { proof: probeProof(key(), challenge, pathname) } };
  };
}
