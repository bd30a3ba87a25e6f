// What a running gateway listener needs from the services besides users and groups: the saved Tenant
// URL and switch (read on every request, cached by the store until the database changes), its own
// record in gateway_listeners (so a console in another process sees it), the provisioning log, and the
// connection probe key.
import type { GatewayListenerRow } from '../../store/gateway-listeners-repository';
import type { ProvisioningLogEntry } from '../../store/provisioning-log-repository';
import type { Store } from '../../store/store';

export type { ProvisioningLogEntry };
export type ListenerRecord = Omit<GatewayListenerRow, 'stoppedAt'>;

export class GatewayHostService {
  private key: Buffer | null = null;

  constructor(private readonly store: Store) {}

  /** The installation's connection probe key (services/connection-probe): the gateway answers with it, the console asks with it. */
  probeKey(): Buffer {
    this.key ??= this.store.installation.probeKey();
    return this.key;
  }

  tenantUrl(): string | null {
    return this.store.settings.read().tenantUrl;
  }

  provisioningEnabled(): boolean {
    return this.store.settings.read().enabled;
  }

  listenerStarted(listener: ListenerRecord): void {
    this.store.gatewayListeners.start(listener);
  }

  heartbeat(id: string, at: string): void {
    this.store.gatewayListeners.heartbeat(id, at);
  }

  listenerStopped(id: string, at: string): void {
    this.store.gatewayListeners.stop(id, at);
  }

  /** In one transaction; an entry that fails is reported and the others are still written. */
  appendLog(entries: readonly ProvisioningLogEntry[], onError: (error: unknown) => void): void {
    this.store.transaction(() => {
      for (const entry of entries) {
        try {
          this.store.provisioningLog.append(entry);
        } catch (error) {
          onError(error);
        }
      }
    });
  }
}
