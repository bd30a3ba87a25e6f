// The connection test's runner: from the console's own process, what an identity provider would meet
// at the saved Tenant URL, one step at a time: name lookup, TCP connect, TLS (for https), and a probe
// request that only this installation's gateway can answer (services/connection-probe). Each step
// observes; connection-steps.ts says what the observation means.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect, isIP } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, type PeerCertificate } from 'node:tls';
import type { ConnectionReport, ConnectionStep } from '../../preload/connection-contract';
import { isProbeProof, PROBE_HEADER, probeAsk } from '../services/connection-probe/probe-proof';
import {
  AFTER_FAILURE,
  dnsStep,
  gatewayStep,
  skippedStep,
  tcpStep,
  tlsStep,
  urlStep,
  type ConnectResult,
  type GatewayObservation,
  type LookupResult,
  type TlsObservation,
} from './connection-steps';

export interface ConnectionTestOptions {
  probeKey: Buffer;
  now(): Date;
  /** Each network step's limit. */
  timeoutMs?: number;
  /** Certificate authorities to trust besides Node's (tests: the CA they generated). */
  ca?: string | Buffer;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const MAX_BODY = 64 * 1024;

export async function testConnection(tenantUrl: string | null, options: ConnectionTestOptions): Promise<ConnectionReport> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const steps: ConnectionStep[] = [urlStep(tenantUrl)];
  const finish = () => {
    const ran = new Set(steps.map((s) => s.id));
    for (const id of ['url', 'dns', 'tcp', 'tls', 'gateway'] as const)
      if (!ran.has(id)) steps.push(skippedStep(id, AFTER_FAILURE));
    return {
      tenantUrl,
      testedAt: options.now().toISOString(),
      reachable: steps.every((s) => s.outcome !== 'failed'),
      steps,
    };
  };
  if (tenantUrl === null) return finish();

  const url = new URL(tenantUrl);
  const https = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);

  const looked = await lookup(host, timeoutMs);
  steps.push(dnsStep(host, looked));
  if ('code' in looked) return finish();

  const connected = await connectFirst(looked.addresses, port, timeoutMs);
  steps.push(tcpStep(port, connected));
  if (!connected.ok) return finish();
  const address = connected.address;
  const servername = isIP(host) === 0 ? host : undefined;

  if (https) {
    const seen = await tlsHandshake(address, port, servername, host, options.ca, timeoutMs);
    steps.push(tlsStep(host, seen));
    if (seen.kind === 'not-tls') return finish();
  } else {
    steps.push(skippedStep('tls', 'Plain http:// (allowed only for this computer): no certificate to check.'));
  }

  const path = url.pathname === '/' ? '' : url.pathname;
  const ask = probeAsk(options.probeKey, path, options.now());
  const answer = await probe({
    https,
    address,
    port,
    servername,
    hostHeader: url.host,
    path: path || '/',
    ask: ask.header,
    timeoutMs,
  });
  steps.push(gatewayStep(path, judge(answer, options.probeKey, ask.challenge, path)));
  return finish();
}

async function lookup(host: string, timeoutMs: number): Promise<LookupResult> {
  try {
    const found = await withTimeout(dnsLookup(host, { all: true, verbatim: true }), timeoutMs);
    return { addresses: found.map((entry) => entry.address) };
  } catch (error) {
    return { code: codeOf(error) };
  }
}

async function connectFirst(addresses: string[], port: number, timeoutMs: number): Promise<ConnectResult> {
  let first: ConnectResult | null = null;
  for (const address of addresses) {
    const result = await new Promise<ConnectResult>((resolve) => {
      const socket = netConnect({ host: address, port, timeout: timeoutMs });
      socket.once('connect', () => {
        socket.destroy();
        resolve({ ok: true, address });
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve({ ok: false, address, code: 'ETIMEDOUT' });
      });
      socket.once('error', (error) => resolve({ ok: false, address, code: codeOf(error) }));
    });
    if (result.ok) return result;
    first ??= result;
  }
  return first ?? { ok: false, address: '(none)', code: 'ENOTFOUND' };
}

function tlsHandshake(
  address: string,
  port: number,
  servername: string | undefined,
  host: string,
  ca: string | Buffer | undefined,
  timeoutMs: number,
): Promise<TlsObservation> {
  return new Promise((resolve) => {
    // Not refused at the handshake: the certificate is judged below, so every problem can be named.
    const socket = tlsConnect({
      host: address,
      port,
      ...(servername ? { servername } : {}),
      ...(ca ? { ca: [ca] } : {}),
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      const chainError = socket.authorized ? null : String(socket.authorizationError ?? 'UNKNOWN');
      const identity = cert && Object.keys(cert).length > 0 ? checkServerIdentity(host, cert) : new Error('no certificate');
      socket.destroy();
      resolve({
        kind: 'handshake',
        chainError,
        nameMismatch: identity ? nameProblem(cert) : null,
        validFrom: dateOf(cert?.valid_from),
        validTo: dateOf(cert?.valid_to),
      });
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve({ kind: 'not-tls', code: 'ETIMEDOUT' });
    });
    socket.once('error', (error) => resolve({ kind: 'not-tls', code: codeOf(error) }));
  });
}

function nameProblem(cert: PeerCertificate | undefined): string {
  const names = (cert?.subjectaltname ?? '')
    .split(',')
    .map((name) => name.trim().replace(/^(DNS|IP Address):/, ''))
    .filter((name) => name !== '');
  return names.length > 0 ? `it names ${names.join(', ')}.` : 'it names no host.';
}

interface ProbeRequest {
  https: boolean;
  address: string;
  port: number;
  servername: string | undefined;
  hostHeader: string;
  path: string;
  ask: string;
  timeoutMs: number;
}

type ProbeAnswer = { status: number; contentType: string | null; location: string | null; body: string } | { code: string };

function probe(target: ProbeRequest): Promise<ProbeAnswer> {
  return new Promise((resolve) => {
    const send = target.https ? httpsRequest : httpRequest;
    const request = send(
      {
        host: target.address,
        port: target.port,
        path: target.path,
        method: 'GET',
        agent: false,
        timeout: target.timeoutMs,
        headers: { Host: target.hostHeader, Accept: 'application/scim+json', [PROBE_HEADER]: target.ask },
        // The TLS step judged the certificate; the gateway proves itself with the probe key.
        ...(target.https ? { rejectUnauthorized: false, ...(target.servername ? { servername: target.servername } : {}) } : {}),
      },
      (response: IncomingMessage) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (body.length < MAX_BODY) body += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? null,
            location: typeof response.headers.location === 'string' ? response.headers.location : null,
            body,
          }),
        );
        response.on('error', (error) => resolve({ code: codeOf(error) }));
      },
    );
    request.once('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.once('error', (error) => resolve({ code: codeOf(error) }));
    request.end();
  });
}

function judge(answer: ProbeAnswer, key: Buffer, challenge: string, path: string): GatewayObservation {
  if ('code' in answer) return { kind: 'no-answer', code: answer.code };
  if (answer.status === 200) {
    const proof = proofIn(answer.body);
    if (proof !== undefined) {
      return isProbeProof(key, challenge, path, proof) ? { kind: 'proven' } : { kind: 'other-installation' };
    }
  }
  return { kind: 'answered', status: answer.status, contentType: answer.contentType, location: answer.location };
}

function proofIn(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' && 'proof' in parsed ? parsed.proof : undefined;
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

const dateOf = (text: string | undefined): string | null => {
  if (!text) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at.toISOString().slice(0, 10);
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
