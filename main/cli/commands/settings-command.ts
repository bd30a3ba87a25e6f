// `idsvc settings show [--json]`: the saved Provisioning Settings, read through the console API like
// the console reads them (scripts, and the desktop smoke test, check what the window saved).
import { parseArgs } from 'node:util';
import type { SettingsView } from '../../../preload/contract';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { withCliApi } from '../console-api-client';

export const SETTINGS_USAGE = 'idsvc settings show [--json] [--data-dir DIR]';

export async function settingsCommand(args: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  if (verb !== 'show') throw new CliError(`Unknown settings command '${verb ?? ''}'. Use: show.`);
  const { values } = parseArgs({
    args: rest,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  return withCliApi(values['data-dir'], {}, async (api) => {
    const settings = await api.call('settings:get', {});
    if (values.json) io.out(JSON.stringify(settings, null, 2));
    else for (const line of settingsLines(settings)) io.out(line);
    return 0;
  });
}

function settingsLines(settings: SettingsView): string[] {
  return [
    `SCIM provisioning: ${settings.enabled ? 'enabled' : 'disabled'}`,
    `Tenant URL: ${settings.tenantUrl ?? `(not saved; suggested ${settings.suggestedTenantUrl})`}`,
    `Organization for new users: ${settings.newUserOrganizationId ?? '(none)'}`,
    `Fields owned by SCIM (besides userName and names): ${settings.syncedFields.join(', ') || '(none)'}`,
    `Version ${settings.version}${settings.updatedAt ? `, saved ${settings.updatedAt} by ${settings.updatedBy ?? 'unknown'}` : ''}`,
  ];
}
