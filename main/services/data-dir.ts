// Where the database lives: --data-dir, else IDSVC_DATA_DIR, else the per-user app data folder the
// desktop app uses (Electron's userData), so the CLI and the desktop app share one database.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER_NAME = 'Identity Service Console';

export interface DataDirSources {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** The per-user folder when the caller knows it: the desktop app passes Electron's userData. */
  userAppData?: string;
  platform?: NodeJS.Platform;
  home?: string;
}

export function resolveDataDir(sources: DataDirSources = {}): string {
  const env = sources.env ?? process.env;
  if (sources.flag) return resolve(sources.flag);
  if (env.IDSVC_DATA_DIR) return resolve(env.IDSVC_DATA_DIR);
  if (sources.userAppData) return resolve(sources.userAppData);
  return join(userAppDataRoot(sources.platform ?? process.platform, env, sources.home ?? homedir()), APP_FOLDER_NAME);
}

function userAppDataRoot(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(home, '.config');
}
