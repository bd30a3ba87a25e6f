import { describe, expect, it } from 'vitest';
import { connectionLabel, listenerState } from '../../../renderer/features/gateway/gateway-format';

describe('connectionLabel', () => {
  it('says TLS, behind a proxy, or plain HTTP on this computer', () => {
    expect(connectionLabel({ address: 'https://0.0.0.0:8443', tls: true, behindProxy: false })).toBe('TLS (HTTPS)');
    expect(connectionLabel({ address: 'http://10.0.0.5:8080', tls: false, behindProxy: true })).toBe(
      'Plain HTTP behind a TLS proxy',
    );
    expect(connectionLabel({ address: 'http://127.0.0.1:8443', tls: false, behindProxy: false })).toBe(
      'Plain HTTP, this computer only',
    );
    expect(connectionLabel({ address: 'http://[::1]:8443', tls: false, behindProxy: false })).toBe(
      'Plain HTTP, this computer only',
    );
  });
});

describe('listenerState', () => {
  it('tells a clean stop from a process that stopped sending heartbeats', () => {
    expect(listenerState({ running: true, stoppedAt: null })).toBe('running');
    expect(listenerState({ running: false, stoppedAt: '2026-11-28T10:00:00Z' })).toBe('stopped');
    expect(listenerState({ running: false, stoppedAt: null })).toBe('not-responding');
  });
});
