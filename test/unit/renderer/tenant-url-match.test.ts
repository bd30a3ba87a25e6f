import { describe, expect, it } from 'vitest';
import { tenantUrlMatch } from '../../../renderer/features/gateway/tenant-url-match';

const outcomes = (address: string, tenantUrl: string, tls = false, behindProxy = false) =>
  Object.fromEntries(tenantUrlMatch({ address, tls, behindProxy }, tenantUrl).map((l) => [l.aspect, l.outcome]));
const textOf = (address: string, tenantUrl: string, aspect: string, tls = false, behindProxy = false) =>
  tenantUrlMatch({ address, tls, behindProxy }, tenantUrl).find((l) => l.aspect === aspect)?.text;

describe('tenantUrlMatch', () => {
  it('a loopback listener cannot be reached from another computer, and says how to change that', () => {
    expect(outcomes('http://127.0.0.1:8443', 'https://idsvc.example.com:8443/scim/v2')).toEqual({
      scheme: 'mismatch',
      host: 'unknown',
      port: 'match',
      reach: 'mismatch',
    });
    expect(textOf('http://127.0.0.1:8443', 'https://idsvc.example.com:8443/scim/v2', 'reach')).toMatch(
      /loopback address: nothing on another computer can reach it.*--host 0\.0\.0\.0/,
    );
    expect(textOf('http://127.0.0.1:8443', 'https://idsvc.example.com:8443/scim/v2', 'scheme')).toMatch(/--tls-cert/);
    expect(outcomes('http://127.0.0.1:8443', 'http://127.0.0.1:8443/scim/v2')).toEqual({
      scheme: 'match',
      host: 'match',
      port: 'match',
      reach: 'mismatch',
    });
    // Loopback behind a proxy on this computer is the intended set-up.
    expect(outcomes('http://127.0.0.1:8443', 'https://idsvc.example.com/scim/v2', false, true).reach).toBe('match');
  });

  it('a TLS listener on every address matches scheme and port; the host name is for the connection test', () => {
    expect(outcomes('https://0.0.0.0:8443', 'https://idsvc.example.com:8443/scim/v2', true)).toEqual({
      scheme: 'match',
      host: 'unknown',
      port: 'match',
      reach: 'match',
    });
    expect(textOf('https://0.0.0.0:8443', 'https://idsvc.example.com:8443/scim/v2', 'host', true)).toMatch(/Test connection/);
  });

  it('the default https port is 443: a listener on 8443 does not match a URL without a port', () => {
    expect(outcomes('https://[::]:8443', 'https://idsvc.example.com/scim/v2', true).port).toBe('mismatch');
    expect(textOf('https://[::]:8443', 'https://idsvc.example.com/scim/v2', 'port', true)).toMatch(/port 443 \(the default\)/);
  });

  it('behind a proxy the port cannot be compared and the URL must be https', () => {
    expect(outcomes('http://10.0.0.5:8443', 'https://idsvc.example.com/scim/v2', false, true)).toEqual({
      scheme: 'match',
      host: 'unknown',
      port: 'unknown',
      reach: 'match',
    });
    expect(outcomes('http://10.0.0.5:8443', 'http://localhost/scim/v2', false, true).scheme).toBe('mismatch');
  });

  it('a listener on the named address matches its host; TLS against http:// is a mismatch', () => {
    expect(outcomes('https://10.0.0.5:8443', 'https://10.0.0.5:8443/scim', true)).toEqual({
      scheme: 'match',
      host: 'match',
      port: 'match',
      reach: 'match',
    });
    expect(outcomes('https://127.0.0.1:8443', 'http://127.0.0.1:8443/scim', true).scheme).toBe('mismatch');
  });
});
