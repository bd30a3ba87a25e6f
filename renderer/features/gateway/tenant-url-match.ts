// Does where the gateway listens match the Tenant URL the identity provider calls? Scheme, host and
// port, each with the reason when it does not, and whether another computer can reach the listener
// at all. What cannot be told from here (a host name, a proxy's port) says so and points to the
// connection test, which tries it for real.

export interface ListenerFacts {
  /** The listener's origin as recorded: `https://0.0.0.0:8443`, `http://127.0.0.1:8443`. */
  address: string;
  tls: boolean;
  behindProxy: boolean;
}

export type MatchOutcome = 'match' | 'mismatch' | 'unknown';

export interface MatchLine {
  /** `reach`: whether another computer can reach the listener at all. */
  aspect: 'scheme' | 'host' | 'port' | 'reach';
  outcome: MatchOutcome;
  text: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const ANY = new Set(['0.0.0.0', '[::]', '::']);

const defaultPort = (scheme: string) => (scheme === 'https:' ? '443' : '80');

export function tenantUrlMatch(listener: ListenerFacts, tenantUrl: string): MatchLine[] {
  let listen: URL;
  let target: URL;
  try {
    listen = new URL(listener.address);
    target = new URL(tenantUrl);
  } catch {
    return [];
  }
  const lines: MatchLine[] = [];
  const listenHost = listen.hostname;
  const listenPort = listen.port || defaultPort(listen.protocol);
  const targetPort = target.port || defaultPort(target.protocol);

  if (listener.behindProxy) {
    lines.push({
      aspect: 'scheme',
      outcome: target.protocol === 'https:' ? 'match' : 'mismatch',
      text:
        target.protocol === 'https:'
          ? 'A proxy in front terminates TLS; the Tenant URL uses https, as it should.'
          : 'A proxy in front terminates TLS, but the Tenant URL uses plain http.',
    });
  } else if (listener.tls === (target.protocol === 'https:')) {
    lines.push({ aspect: 'scheme', outcome: 'match', text: `Both use ${listener.tls ? 'https (TLS)' : 'plain http'}.` });
  } else {
    lines.push({
      aspect: 'scheme',
      outcome: 'mismatch',
      text: listener.tls
        ? 'The gateway speaks TLS, but the Tenant URL says http://: use https:// in the Tenant URL.'
        : 'The gateway speaks plain HTTP, but the Tenant URL says https://: start it with --tls-cert and --tls-key, or put a TLS proxy in front (--behind-proxy).',
    });
  }

  if (listener.behindProxy) {
    lines.push({
      aspect: 'host',
      outcome: 'unknown',
      text: `The Tenant URL names the proxy (${target.hostname}); the gateway behind it listens on ${listenHost}.`,
    });
  } else if (LOOPBACK.has(listenHost) || ANY.has(listenHost) || listenHost !== target.hostname) {
    const where = LOOPBACK.has(listenHost)
      ? "this computer's loopback address"
      : ANY.has(listenHost)
        ? 'every address of this computer'
        : listenHost;
    const same = LOOPBACK.has(listenHost) && LOOPBACK.has(target.hostname);
    lines.push({
      aspect: 'host',
      outcome: same ? 'match' : 'unknown',
      text: same
        ? 'Both name this computer.'
        : `The gateway listens on ${where}; whether ${target.hostname} leads there, Test connection in Provisioning Settings checks.`,
    });
  } else {
    lines.push({ aspect: 'host', outcome: 'match', text: `Both name ${listenHost}.` });
  }

  if (listener.behindProxy) {
    lines.push({
      aspect: 'port',
      outcome: 'unknown',
      text: `The gateway listens on port ${listenPort} behind a proxy; the Tenant URL names the proxy's port ${targetPort}.`,
    });
  } else if (listenPort === targetPort) {
    lines.push({ aspect: 'port', outcome: 'match', text: `Both use port ${listenPort}.` });
  } else {
    lines.push({
      aspect: 'port',
      outcome: 'mismatch',
      text: `The gateway listens on port ${listenPort}, but the Tenant URL names port ${targetPort}${target.port ? '' : ' (the default)'}: change one of them, unless a port forward maps ${targetPort} to ${listenPort}.`,
    });
  }
  lines.push(reach(listenHost, listener.behindProxy));
  return lines;
}

/** Can another computer reach the listener at all? */
function reach(listenHost: string, behindProxy: boolean): MatchLine {
  if (LOOPBACK.has(listenHost)) {
    return behindProxy
      ? { aspect: 'reach', outcome: 'match', text: 'Only the proxy on this computer reaches the gateway, as intended.' }
      : {
          aspect: 'reach',
          outcome: 'mismatch',
          text:
            `It listens on ${listenHost}, this computer's loopback address: nothing on another computer can reach it. To serve an ` +
            'identity provider, run idsvc serve with --host 0.0.0.0 and a certificate, or put a proxy on this computer in front.',
        };
  }
  return {
    aspect: 'reach',
    outcome: 'match',
    text: ANY.has(listenHost)
      ? 'It listens on every address of this computer: other computers reach it where the firewall allows.'
      : `It listens on ${listenHost}: computers that can route to that address reach it where the firewall allows.`,
  };
}
