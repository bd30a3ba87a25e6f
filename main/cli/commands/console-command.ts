// `idsvc console`: serves the console API and the built renderer on 127.0.0.1 for a browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../../console-api/dispatcher';
import { createExportDownloads } from '../../console-api/export-downloads';
import { createHandlers } from '../../console-api/handlers';
import { startConsoleServer } from '../../console-api/http-transport';
import { osUserActor } from '../../services/context';
import { openServices } from '../../services/services';
import { resolveDataDir } from '../../services/data-dir';
import { CliError, parsePort } from '../cli-error';
import type { CliIo } from '../cli-io';

export const CONSOLE_USAGE = 'idsvc console [--data-dir DIR] [--port N]';

export async function consoleCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const staticDir = io.rendererDir;
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new CliError(`The console is not built (${staticDir} has no index.html). Run: npm run build`);
  }
  const port = parsePort(values.port, 0);
  const services = openServices(resolveDataDir({ flag: values['data-dir'] }));
  try {
    const server = await startConsoleServer({
      dispatch: createDispatcher(createHandlers(services), services.operators),
      downloads: createExportDownloads(services),
      actor: osUserActor(),
      staticDir,
      port,
    });
    io.out(`Identity Service Console: ${server.url}`);
    await io.untilStopped();
    await server.close();
    return 0;
  } finally {
    services.close();
  }
}
