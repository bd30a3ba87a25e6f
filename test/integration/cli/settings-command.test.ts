// idsvc settings show: what the console saved, read from the same database (the desktop smoke test
// reads the window's save back this way).
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { osUserActor } from '../../../main/services/context';
import { openServices } from '../../../main/services/services';
import { captureIo } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

describe('idsvc settings show', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  const run = async (...argv: string[]) => {
    const io = captureIo(dir.path);
    const code = await runCli(argv, io);
    return { code, out: io.stdout, err: io.stderr };
  };
  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
  });
  afterEach(() => dir.remove());

  it('--json prints the saved settings as the console API answers them', async () => {
    const services = openServices(dataDir);
    try {
      const current = services.settings.get();
      services.settings.save(
        {
          version: current.version,
          enabled: false,
          tenantUrl: 'https://idsvc.contoso.com/scim/v2',
          newUserOrganizationId: null,
          syncedFields: ['status', 'email'],
        },
        osUserActor(),
      );
    } finally {
      services.close();
    }
    const shown = await run('settings', 'show', '--json', '--data-dir', dataDir);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out.join('\n'))).toMatchObject({
      enabled: false,
      tenantUrl: 'https://idsvc.contoso.com/scim/v2',
      syncedFields: ['status', 'email'],
      version: 2,
    });
  });

  it('without --json, one line per setting', async () => {
    const shown = await run('settings', 'show', '--data-dir', dataDir);
    expect(shown.code).toBe(0);
    expect(shown.out[0]).toBe('SCIM provisioning: disabled');
    expect(shown.out[1]).toMatch(/^Tenant URL: \(not saved; suggested https:\/\/.*:8443\/scim\/v2\)$/);
  });

  it('refuses another verb or option', async () => {
    expect(await run('settings', 'edit', '--data-dir', dataDir)).toMatchObject({
      code: 2,
      err: ["idsvc: Unknown settings command 'edit'. Use: show."],
    });
    expect((await run('settings', 'show', '--yaml', '--data-dir', dataDir)).code).toBe(2);
  });
});
