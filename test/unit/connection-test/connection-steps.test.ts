import { describe, expect, it } from 'vitest';
import { dnsStep, gatewayStep, tcpStep, tlsStep, urlStep } from '../../../main/connection-test/connection-steps';

const handshake = (chainError: string | null, nameMismatch: string | null = null) =>
  ({ kind: 'handshake', chainError, nameMismatch, validFrom: '2026-01-01', validTo: '2026-02-01' }) as const;

describe('connection steps', () => {
  it('a missing Tenant URL fails with what to do', () => {
    expect(urlStep(null)).toMatchObject({ outcome: 'failed', advice: expect.stringMatching(/Enter the Tenant URL/) });
    expect(urlStep('https://a.example/scim')).toMatchObject({ outcome: 'passed', advice: null });
  });

  it.each([
    [['203.0.113.5'], 'passed'],
    [['127.0.0.1'], 'warning'],
    [['::1', '127.0.0.1'], 'warning'],
    [['10.1.2.3'], 'warning'],
    [['192.168.1.2', 'fd00::1'], 'warning'],
    [['172.20.0.1'], 'warning'],
    [['172.32.0.1'], 'passed'],
    [['10.1.2.3', '203.0.113.5'], 'passed'],
  ])('name lookup to %j is %s', (addresses, outcome) => {
    expect(dnsStep('idsvc.example', { addresses }).outcome).toBe(outcome);
  });

  it('a name that does not resolve names the code and the host', () => {
    expect(dnsStep('idsvc.example', { code: 'ENOTFOUND' })).toMatchObject({
      outcome: 'failed',
      detail: 'idsvc.example does not resolve (ENOTFOUND).',
      advice: expect.stringMatching(/spelling of idsvc\.example/),
    });
    expect(dnsStep('idsvc.example', { code: 'ETIMEDOUT' }).advice).toMatch(/DNS settings/);
  });

  it.each([
    ['ECONNREFUSED', /Nothing listens at 10\.0\.0\.1 port 8443/, /Start the gateway/],
    ['ETIMEDOUT', /No answer from/, /firewall/],
    ['EHOSTUNREACH', /Could not connect .*EHOSTUNREACH/, /network route/],
  ])('connect error %s', (code, detail, advice) => {
    const step = tcpStep(8443, { ok: false, address: '10.0.0.1', code });
    expect(step).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(detail),
      advice: expect.stringMatching(advice),
    });
  });

  it.each([
    ['CERT_HAS_EXPIRED', /expired on 2026-02-01/],
    ['CERT_NOT_YET_VALID', /not valid yet \(from 2026-01-01\)/],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', /self-signed/],
    ['SELF_SIGNED_CERT_IN_CHAIN', /self-signed/],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', /not trusted, or its intermediate certificates are missing/],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', /not trusted/],
    ['CERT_REVOKED', /refused \(CERT_REVOKED\)/],
  ])('certificate error %s is named', (code, detail) => {
    expect(tlsStep('idsvc.example', handshake(code))).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(detail) });
  });

  it('a wrong name and an expiry are both named', () => {
    const step = tlsStep('idsvc.example', handshake('CERT_HAS_EXPIRED', 'it names other.example.'));
    expect(step.detail).toBe(
      'The certificate expired on 2026-02-01. The certificate is not for idsvc.example: it names other.example.',
    );
    expect(step.advice).toMatch(/Renew it.*names include idsvc\.example/);
  });

  it('a good certificate passes with its end date; a server without TLS fails', () => {
    expect(tlsStep('idsvc.example', handshake(null))).toMatchObject({
      outcome: 'passed',
      detail: expect.stringMatching(/until 2026-02-01/),
    });
    expect(tlsStep('idsvc.example', { kind: 'not-tls', code: 'EPROTO' })).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(/does not speak TLS \(EPROTO\)/),
    });
  });

  it.each([
    [{ kind: 'proven' } as const, 'passed', /This installation's gateway answers at \/scim\/v2/],
    [{ kind: 'other-installation' } as const, 'failed', /proof this installation did not make/],
    [{ kind: 'no-answer', code: 'ECONNRESET' } as const, 'failed', /ECONNRESET/],
    [
      { kind: 'answered', status: 302, contentType: null, location: 'https://login.example/' } as const,
      'failed',
      /redirects \(302\) to https:\/\/login\.example\//,
    ],
    [
      { kind: 'answered', status: 404, contentType: 'application/scim+json; charset=utf-8', location: null } as const,
      'failed',
      /SCIM service/,
    ],
    [
      { kind: 'answered', status: 404, contentType: 'text/html', location: null } as const,
      'failed',
      /Another service answers here \(HTTP 404, text\/html\)/,
    ],
  ])('gateway answer %j', (seen, outcome, detail) => {
    expect(gatewayStep('/scim/v2', seen)).toMatchObject({ outcome, detail: expect.stringMatching(detail) });
  });
});

describe('an address in the Tenant URL', () => {
  it('is said to be an address, not to resolve to itself', () => {
    expect(dnsStep('127.0.0.1', { addresses: ['127.0.0.1'] }).detail).toBe(
      "127.0.0.1 is an IP address: this computer's loopback address only.",
    );
    expect(dnsStep('localhost', { addresses: ['::1', '127.0.0.1'] }).detail).toBe(
      "localhost resolves to ::1, 127.0.0.1: this computer's loopback address only.",
    );
    expect(dnsStep('203.0.113.5', { addresses: ['203.0.113.5'] }).detail).toBe('203.0.113.5 is an IP address.');
  });
});
