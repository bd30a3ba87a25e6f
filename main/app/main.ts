// The desktop app's lifecycle: one instance, services over the user's database, the console API over
// IPC, and the hardened window. The only entry that imports 'electron' (with main-window.ts).
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../console-api/dispatcher';
import { createHandlers } from '../console-api/handlers';
import { registerIpcTransport } from '../console-api/ipc-transport';
import { GatewaySupervisor } from '../gateway/gateway-supervisor';
import { osUserActor } from '../services/context';
import { failureMessage } from '../services/errors';
import { openServices, type Services } from '../services/services';
import { resolveDataDir } from '../services/data-dir';
import { DEFAULT_GATEWAY_PORT } from '../services/settings/tenant-url-suggestion';
import { setSqliteNativeBinding } from '../store/sqlite-binding';
import { CONSOLE_PAGE_URL } from './console-scheme-path';
import { registerConsoleScheme, serveConsoleScheme } from './console-scheme';
import { createMainWindow, hardenSession } from './main-window';
import { runHeadlessServe } from './headless-serve';
import { saveExportToFile } from './save-export';
import { launchMode } from './launch-mode';
import { electronSqliteBinding } from './native-binding';
import { isConsolePage } from './window-options';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer/', import.meta.url));

function dataDirFlag(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--data-dir');
  return index >= 0 ? argv[index + 1] : undefined;
}

let services: Services | undefined;
let gateway: GatewaySupervisor | undefined;
let window: BrowserWindow | undefined;

async function start(): Promise<void> {
  const opened = openServices(resolveDataDir({ flag: dataDirFlag(process.argv), userAppData: app.getPath('userData') }));
  services = opened;
  hardenSession();
  serveConsoleScheme(rendererRoot);
  const dispatch = createDispatcher(createHandlers(opened, { saveExport: saveExportToFile }), opened.operators, {
    committed: () => opened.writes.committed(),
  });
  registerIpcTransport(ipcMain, dispatch, {
    actor: osUserActor(),
    isTrustedSender: (url) => isConsolePage(url, CONSOLE_PAGE_URL),
  });
  // The desktop app serves SCIM on loopback while provisioning is enabled; servers use `idsvc serve`
  // (TLS, other addresses). IDSVC_GATEWAY_PORT moves it off the default port.
  gateway = new GatewaySupervisor(services, {
    port: Number(process.env.IDSVC_GATEWAY_PORT ?? DEFAULT_GATEWAY_PORT),
    onEvent: (event) => {
      if (event.kind === 'failed') console.error('[gateway] could not start:', event.error);
      else console.log(`[gateway] ${event.kind}${'origin' in event ? ` ${event.origin}` : ''}`);
    },
  });
  gateway.start();
  window = await createMainWindow(preloadPath, CONSOLE_PAGE_URL);
}

setSqliteNativeBinding(electronSqliteBinding(app.isPackaged, process.env));
const mode = launchMode(process.argv, process.defaultApp === true);

if (mode.kind === 'serve') {
  // Headless: no window, no single-instance lock (the console may run beside its own gateway service).
  runHeadlessServe(mode.args, app.getVersion());
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch brings the running console forward instead of opening the database twice.
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    // Let SCIM requests in flight finish before the database closes.
    event.preventDefault();
    quitting = true;
    void (gateway?.stop() ?? Promise.resolve()).finally(() => {
      services?.close();
      app.quit();
    });
  });
  // Schemes must be registered as privileged before the app is ready.
  registerConsoleScheme();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Identity Service Console failed to start:', error);
      // Started from a desktop, there is no terminal to read the line above: say it in a window.
      dialog.showErrorBox('Identity Service Console could not start', failureMessage(error));
      app.exit(1);
    });
}
