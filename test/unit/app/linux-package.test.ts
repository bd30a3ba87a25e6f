// What the Linux packages install, checked without building one (that needs Electron's download):
// the deb's scripts are electron-builder's own plus the gateway's systemd unit, installed never
// enabled; the unit passes systemd's own check; the desktop entry is what electron-builder writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../fixtures/temp-dir';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): Record<string, any> };
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper.js') as {
  LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: unknown): Promise<string> };
};
const TEMPLATES = join(require.resolve('app-builder-lib/package.json'), '..', 'templates', 'linux');
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; description: string; desktopName: string };
const UNIT = 'build/linux/idsvc@.service';
const executable = config.linux.executableName as string;

/** As FpmTarget's writeConfigFile does: `${name}` macros, an unknown one refused. */
function renderScript(path: string): string {
  const macros: Record<string, string> = { executable, sanitizedProductName: pkg.productName, productFilename: pkg.productName };
  return readFileSync(path, 'utf8').replace(/\${([a-zA-Z]+)}/g, (_match, name: string) => {
    if (!(name in macros)) throw new Error(`Macro ${name} is not defined`);
    return macros[name]!;
  });
}

const bashAccepts = (script: string) => spawnSync('bash', ['-n'], { input: script }).status === 0;

describe('the deb scripts', () => {
  it.each([
    ['after-install', 'build/linux/after-install.sh', 'after-install.tpl'],
    ['after-remove', 'build/linux/after-remove.sh', 'after-remove.tpl'],
  ])("%s starts with electron-builder's own script, verbatim (it replaces it)", (_name, ours, template) => {
    expect(config.deb[_name === 'after-install' ? 'afterInstall' : 'afterRemove']).toBe(ours);
    expect(readFileSync(ours, 'utf8').startsWith(readFileSync(join(TEMPLATES, template), 'utf8'))).toBe(true);
  });

  it('render with the macros electron-builder defines and are valid bash', () => {
    for (const script of ['build/linux/after-install.sh', 'build/linux/after-remove.sh']) {
      expect(bashAccepts(renderScript(script)), script).toBe(true);
    }
    expect(bashAccepts('if then fi')).toBe(false);
  });

  it('after-install installs the unit the package carries and neither enables nor starts it', () => {
    const script = renderScript('build/linux/after-install.sh');
    const resource = config.linux.extraResources.find((r: { from: string }) => r.from === UNIT);
    expect(resource?.to).toBe('idsvc@.service');
    expect(script).toContain(
      `install -m 0644 '/opt/${pkg.productName}/resources/idsvc@.service' /lib/systemd/system/idsvc@.service`,
    );
    expect(script).not.toMatch(/systemctl\s+(enable|start|restart|--now)/);
  });

  it('after-remove removes the unit on removal, not on an upgrade', () => {
    const script = renderScript('build/linux/after-remove.sh');
    expect(script).toMatch(/case "\$1" in\s+remove\|purge\)[\s\S]*rm -f \/lib\/systemd\/system\/idsvc@\.service[\s\S]*esac/);
  });
});

describe('the systemd unit', () => {
  const unit = readFileSync(UNIT, 'utf8');

  it('runs `serve` with the packaged executable, as the account it is instantiated for', () => {
    const execStart = unit.match(/^ExecStart=(.*)$/m)?.[1] ?? '';
    expect(execStart.split(' ')[0]).toBe(`/usr/bin/${executable}`);
    // Chromium's switches before `serve`: everything after it is parsed by `idsvc serve`.
    expect(execStart).toMatch(/ serve \$IDSVC_SERVE_ARGS$/);
    expect(unit).toMatch(/^User=%i$/m);
    expect(unit).toMatch(/^\[Install\]\nWantedBy=multi-user\.target$/m);
  });

  const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.skipIf(!analyze)('passes systemd-analyze verify (the executable itself exists only once installed)', () => {
    const dir = makeTempDir('idsvc-unit-');
    try {
      const verify = (file: string) => {
        const instance = join(dir.path, basename(file).replace('@.service', '@alice.service'));
        copyFileSync(file, instance);
        const result = spawnSync('systemd-analyze', ['verify', '--man=no', instance], { encoding: 'utf8' });
        return `${result.stdout}${result.stderr}`
          .split('\n')
          .filter((line) => line !== '' && !line.includes(`Command /usr/bin/${executable} is not executable`));
      };
      expect(verify(UNIT)).toEqual([]);
      // The same check finds a misspelt key, so the empty list above means something.
      const broken = join(dir.path, 'broken@.service');
      execFileSync('sh', ['-c', `sed 's/^Restart=/Restrat=/' '${UNIT}' > '${broken}'`]);
      expect(verify(broken).join('\n')).toMatch(/Unknown key 'Restrat'/);
    } finally {
      dir.remove();
    }
  });
});

describe('the desktop entry', () => {
  it('is what electron-builder writes: name, launcher, icon, window class, category, search keywords', async () => {
    const packager = {
      appInfo: { productName: pkg.productName, sanitizedProductName: pkg.productName, description: pkg.description },
      executableName: executable,
      info: { metadata: { desktopName: pkg.desktopName } },
      config,
      platformSpecificBuildOptions: config.linux,
      fileAssociations: [],
    };
    const entry = await new LinuxTargetHelper(packager).computeDesktopEntry(config.linux);
    const lines = entry.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        `Name=${pkg.productName}`,
        `Exec="/opt/${pkg.productName}/${executable}" %U`,
        `Icon=${executable}`,
        // Electron takes the Wayland app_id / WM_CLASS from desktopName: the window joins this entry.
        'StartupWMClass=identity-service-console',
        'Categories=Office;',
        'Keywords=SCIM;provisioning;identity;Entra;Okta;',
        `Comment=${pkg.description}`,
      ]),
    );
  });
});
