// `idsvc serve`: the SCIM gateway without a window, for servers (systemd, a Windows service).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_RATE_LIMIT, GatewayConfigError, startGateway } from '../../gateway/gateway-server';
import { resolveDataDir } from '../../services/data-dir';
import { openServices } from '../../services/services';
import { DEFAULT_GATEWAY_PORT, DEFAULT_SCIM_BASE_PATH } from '../../services/settings/tenant-url-suggestion';
import { CliError, parsePort } from '../cli-error';
import type { CliIo } from '../cli-io';

export const SERVE_USAGE =
  'idsvc serve [--data-dir DIR] [--host H] [--port N] [--tls-cert PEM --tls-key PEM] [--behind-proxy] [--rate-limit N]';

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'behind-proxy': { type: 'boolean' },
      'rate-limit': { type: 'string' },
    },
    strict: true,
  });
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined)) {
    throw new CliError('--tls-cert and --tls-key go together.');
  }
  const tls = values['tls-cert']
    ? { cert: readPem(values['tls-cert'], '--tls-cert'), key: readPem(values['tls-key']!, '--tls-key') }
    : undefined;
  const rateLimit = parseRateLimit(values['rate-limit']);
  const services = openServices(resolveDataDir({ flag: values['data-dir'] }));
  try {
    const gateway = await startGateway({
      services,
      host: values.host ?? '127.0.0.1',
      port: parsePort(values.port, DEFAULT_GATEWAY_PORT),
      ...(tls ? { tls } : {}),
      behindProxy: values['behind-proxy'] ?? false,
      rateLimit,
      onInternalError: (error) => io.err(`gateway: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    }).catch((error: unknown) => {
      if (error instanceof GatewayConfigError) throw new CliError(error.message);
      if ((error as { code?: string }).code === 'EADDRINUSE')
        throw new CliError(`Port ${values.port ?? DEFAULT_GATEWAY_PORT} is already in use.`, 1);
      throw error;
    });
    const tenantUrl = services.settings.get().tenantUrl;
    io.out(
      `Identity Service gateway listening on ${gateway.origin}${DEFAULT_SCIM_BASE_PATH}` +
        `${gateway.tls ? ' (TLS)' : values['behind-proxy'] ? ' (behind a TLS proxy)' : ''}` +
        `${tenantUrl ? `; Tenant URL ${tenantUrl}` : ''}`,
    );
    await io.untilStopped();
    io.err('Stopping: finishing requests in flight...');
    await gateway.close();
    return 0;
  } finally {
    services.close();
  }
}

function readPem(path: string, flag: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

function parseRateLimit(raw: string | undefined) {
  if (raw === undefined) return DEFAULT_RATE_LIMIT;
  if (!/^\d+$/.test(raw))
    throw new CliError(`--rate-limit must be a whole number of requests per second (0 turns it off), not '${raw}'.`);
  const perSecond = Number(raw);
  return perSecond === 0 ? null : { perSecond, burst: perSecond * 2 };
}
