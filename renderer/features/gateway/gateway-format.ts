// How a gateway listener reads: its connection (TLS, plain HTTP behind a proxy, loopback) and its state.
import type { GatewayStatus } from '../../../preload/contract';

export type Listener = GatewayStatus['listeners'][number];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopback(address: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(address).hostname);
  } catch {
    return false;
  }
}

export function connectionLabel(listener: Pick<Listener, 'address' | 'tls' | 'behindProxy'>): string {
  if (listener.tls) return 'TLS (HTTPS)';
  if (listener.behindProxy) return 'Plain HTTP behind a TLS proxy';
  return isLoopback(listener.address) ? 'Plain HTTP, this computer only' : 'Plain HTTP';
}

export type ListenerState = 'running' | 'stopped' | 'not-responding';

/** A listener that neither stopped cleanly nor sends heartbeats any more has lost its process. */
export function listenerState(listener: Pick<Listener, 'running' | 'stoppedAt'>): ListenerState {
  if (listener.running) return 'running';
  return listener.stoppedAt ? 'stopped' : 'not-responding';
}

export const LISTENER_STATE_LABELS: Record<ListenerState, string> = {
  running: 'Running',
  stopped: 'Stopped',
  'not-responding': 'Not responding',
};
