// Runs the gateway in the desktop app's main process while provisioning is enabled, or while a usable
// user management API token exists (the API is WFO's own directory and does not depend on SCIM): it
// watches the saved setting and the tokens (cheap: both reads are cached until the database changes) and
// starts or stops the listener to match. A start that fails (port in use) is retried after a pause.
import type { Services } from '../services/services';
import { startGateway, type Gateway, type GatewayOptions } from './gateway-server';

export interface SupervisorOptions extends Omit<GatewayOptions, 'services'> {
  pollMs?: number;
  retryMs?: number;
  onEvent?(event: { kind: 'started'; origin: string } | { kind: 'stopped' } | { kind: 'failed'; error: unknown }): void;
}

export class GatewaySupervisor {
  private gateway: Gateway | null = null;
  private timer: NodeJS.Timeout | null = null;
  private busy: Promise<void> = Promise.resolve();
  private retryAfter = 0;

  constructor(
    private readonly services: Services,
    private readonly options: SupervisorOptions = {},
  ) {}

  get running(): Gateway | null {
    return this.gateway;
  }

  start(): void {
    if (this.timer) return;
    // A step that throws (its reads refused: the database busy past its timeout, or closing) is
    // reported and the next tick tries again: left rejected, the chain would skip every later step and
    // the rejection, unhandled, would end the process.
    const tick = () => {
      this.busy = this.busy
        .then(() => this.reconcile())
        .catch((error: unknown) => this.options.onEvent?.({ kind: 'failed', error }));
    };
    tick();
    this.timer = setInterval(tick, this.options.pollMs ?? 2000);
    this.timer.unref();
  }

  /** Waits for the current reconcile step, then closes the listener (in-flight requests finish). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.busy;
    await this.close();
  }

  /** One step toward "listening exactly while enabled"; exposed so tests need not wait for the timer. */
  async reconcile(): Promise<void> {
    const enabled = this.services.gatewayHost.provisioningEnabled() || this.services.tokens.hasUsable('api');
    if (enabled && !this.gateway && Date.now() >= this.retryAfter) {
      try {
        const { pollMs: _poll, retryMs: _retry, onEvent: _onEvent, ...gatewayOptions } = this.options;
        this.gateway = await startGateway({ ...gatewayOptions, services: this.services });
        this.options.onEvent?.({ kind: 'started', origin: this.gateway.origin });
      } catch (error) {
        this.retryAfter = Date.now() + (this.options.retryMs ?? 30_000);
        this.options.onEvent?.({ kind: 'failed', error });
      }
    } else if (!enabled && this.gateway) {
      await this.close();
    }
  }

  private async close(): Promise<void> {
    if (!this.gateway) return;
    const closing = this.gateway;
    this.gateway = null;
    await closing.close();
    this.options.onEvent?.({ kind: 'stopped' });
  }
}
