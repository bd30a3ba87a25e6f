// What each step of the connection test found, in words an administrator can act on. Pure: the runner
// (connection-test.ts) observes the network and hands its observations here, so every wording and
// every mapping of an error code is unit-tested without a network.
import type { ConnectionStep, ConnectionStepId, StepOutcome } from '../../preload/connection-contract';

const TITLES: ReadonlyMap<ConnectionStepId, string> = new Map([
  ['url', 'Tenant URL is saved'],
  ['dns', 'Host name resolves'],
  ['tcp', 'Something listens at the port'],
  ['tls', 'Certificate is valid for the host name'],
  ['gateway', 'This gateway answers at this path'],
]);

const step = (id: ConnectionStepId, outcome: StepOutcome, detail: string, advice: string | null): ConnectionStep => ({
  id,
  title: TITLES.get(id) ?? id,
  outcome,
  detail,
  advice,
});

export const skippedStep = (id: ConnectionStepId, because: string): ConnectionStep => step(id, 'skipped', because, null);
export const AFTER_FAILURE = 'Not run: a step before it failed.';

export function urlStep(tenantUrl: string | null): ConnectionStep {
  if (tenantUrl === null) {
    return step(
      'url',
      'failed',
      'No Tenant URL is saved.',
      'Enter the Tenant URL your identity provider will call, save, then test again.',
    );
  }
  return step('url', 'passed', `Testing ${tenantUrl}.`, null);
}

const isLoopback = (address: string) => /^127\./.test(address) || address === '::1' || address === '::ffff:127.0.0.1';
const isPrivate = (address: string) =>
  /^10\./.test(address) ||
  /^192\.168\./.test(address) ||
  /^172\.(1[6-9]|2[0-9]|3[01])\./.test(address) ||
  /^169\.254\./.test(address) ||
  /^f[cd][0-9a-f]{2}:/i.test(address) ||
  /^fe80:/i.test(address);

export type LookupResult = { addresses: string[] } | { code: string };

export function dnsStep(host: string, result: LookupResult): ConnectionStep {
  if ('code' in result) {
    const advice =
      result.code === 'ENOTFOUND' || result.code === 'EAI_NONAME' || result.code === 'EAI_FAIL'
        ? `Check the spelling of ${host}, or create its DNS record (it must resolve for the identity provider too, not only here).`
        : "Check this computer's DNS settings and network connection, then test again.";
    return step('dns', 'failed', `${host} does not resolve (${result.code}).`, advice);
  }
  const list = result.addresses.join(', ');
  // An address in the URL resolves to itself: say what it is rather than "127.0.0.1 resolves to 127.0.0.1".
  const found =
    result.addresses.length === 1 && result.addresses[0] === host ? `${host} is an IP address` : `${host} resolves to ${list}`;
  if (result.addresses.every(isLoopback)) {
    return step(
      'dns',
      'warning',
      `${found}: this computer's loopback address only.`,
      'An identity provider on another computer cannot reach it: use a host name that resolves to an address it can reach.',
    );
  }
  if (result.addresses.every(isPrivate)) {
    return step(
      'dns',
      'warning',
      `${found}: a private network address.`,
      'A cloud identity provider (Entra ID, Okta) cannot reach a private address: publish the gateway through a public address or a proxy.',
    );
  }
  return step('dns', 'passed', `${found}.`, null);
}

export type ConnectResult = { ok: true; address: string } | { ok: false; address: string; code: string };

export function tcpStep(port: number, result: ConnectResult): ConnectionStep {
  const where = `${result.address} port ${port}`;
  if (result.ok) return step('tcp', 'passed', `A server accepts connections at ${where}.`, null);
  if (result.code === 'ECONNREFUSED') {
    return step(
      'tcp',
      'failed',
      `Nothing listens at ${where} (connection refused).`,
      'Start the gateway (idsvc serve, or turn provisioning on in the desktop app), or correct the port in the Tenant URL.',
    );
  }
  if (result.code === 'ETIMEDOUT') {
    return step(
      'tcp',
      'failed',
      `No answer from ${where} in time.`,
      'A firewall may drop the connection: allow the port on this computer and on the network between.',
    );
  }
  return step('tcp', 'failed', `Could not connect to ${where} (${result.code}).`, 'Check the network route to this address.');
}

export type TlsObservation =
  | {
      kind: 'handshake';
      chainError: string | null;
      nameMismatch: string | null;
      validFrom: string | null;
      validTo: string | null;
    }
  | { kind: 'not-tls'; code: string };

const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const UNTRUSTED = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);
const RESTART = 'then restart the gateway with it (--tls-cert and --tls-key)';

export function tlsStep(host: string, seen: TlsObservation): ConnectionStep {
  if (seen.kind === 'not-tls') {
    return step(
      'tls',
      'failed',
      `The server at this port does not speak TLS (${seen.code}); it may be plain HTTP.`,
      'Give the gateway a certificate (--tls-cert and --tls-key), or put a TLS-terminating proxy in front and point the Tenant URL at the proxy.',
    );
  }
  const problems: { detail: string; advice: string }[] = [];
  const { chainError } = seen;
  if (chainError === 'CERT_HAS_EXPIRED') {
    problems.push({
      detail: `The certificate expired${seen.validTo ? ` on ${seen.validTo}` : ''}.`,
      advice: `Renew it, ${RESTART}.`,
    });
  } else if (chainError === 'CERT_NOT_YET_VALID') {
    problems.push({
      detail: `The certificate is not valid yet${seen.validFrom ? ` (from ${seen.validFrom})` : ''}.`,
      advice: "Check this computer's clock and the certificate's dates.",
    });
  } else if (chainError !== null && SELF_SIGNED.has(chainError)) {
    problems.push({
      detail: 'The certificate is self-signed: identity providers refuse it.',
      advice: `Use a certificate from a certificate authority the identity provider trusts (a public one for Entra ID or Okta), ${RESTART}.`,
    });
  } else if (chainError !== null && UNTRUSTED.has(chainError)) {
    problems.push({
      detail: 'The certificate is issued by an authority that is not trusted, or its intermediate certificates are missing.',
      advice: 'Serve the full chain (the certificate followed by its intermediates) in the --tls-cert file.',
    });
  } else if (chainError !== null) {
    problems.push({ detail: `The certificate was refused (${chainError}).`, advice: `Replace the certificate, ${RESTART}.` });
  }
  if (seen.nameMismatch !== null) {
    problems.push({
      detail: `The certificate is not for ${host}: ${seen.nameMismatch}`,
      advice: `Use a certificate whose names include ${host}, or change the Tenant URL to a name the certificate covers.`,
    });
  }
  if (problems.length === 0) {
    return step('tls', 'passed', `The certificate is valid for ${host}${seen.validTo ? ` until ${seen.validTo}` : ''}.`, null);
  }
  return step('tls', 'failed', problems.map((p) => p.detail).join(' '), problems.map((p) => p.advice).join(' '));
}

export type GatewayObservation =
  | { kind: 'proven' }
  | { kind: 'other-installation' }
  | { kind: 'answered'; status: number; contentType: string | null; location: string | null }
  | { kind: 'no-answer'; code: string };

export function gatewayStep(path: string, seen: GatewayObservation): ConnectionStep {
  const at = path === '' ? '/' : path;
  switch (seen.kind) {
    case 'proven':
      return step('gateway', 'passed', `This installation's gateway answers at ${at}.`, null);
    case 'other-installation':
      return step(
        'gateway',
        'failed',
        'Something answered the probe with a proof this installation did not make.',
        "Check what listens at this address: it is not this installation's gateway.",
      );
    case 'no-answer':
      return step(
        'gateway',
        'failed',
        `The server did not answer an HTTP request (${seen.code}).`,
        'Check that the gateway is running and not overloaded.',
      );
    case 'answered':
      if (seen.status >= 300 && seen.status < 400) {
        return step(
          'gateway',
          'failed',
          `The server redirects (${seen.status}) to ${seen.location ?? 'another address'}.`,
          'Identity providers do not follow redirects: save the address the gateway answers at as the Tenant URL.',
        );
      }
      if (seen.status === 404 && (seen.contentType ?? '').startsWith('application/scim+json')) {
        return step(
          'gateway',
          'failed',
          `A SCIM service answers at this host and port, but not as this installation's gateway at ${at}.`,
          "It is another installation's gateway (another data directory), or it serves another path (an old Tenant URL, or a proxy " +
            "that rewrites paths): run the gateway with this console's data directory and the path saved here.",
        );
      }
      return step(
        'gateway',
        'failed',
        `Another service answers here (HTTP ${seen.status}${seen.contentType ? `, ${seen.contentType}` : ''}), not this gateway.`,
        'Check the host and port: the gateway may listen elsewhere, or a proxy may send this path to another service.',
      );
  }
}
