// .github/workflows/release.yml: valid against the published GitHub workflow schema (SchemaStore's,
// which @action-validator/core embeds; a test-only devDependency, never shipped), and it does what a
// release needs on each OS: tests, installers, artifacts, signing only when the secrets exist.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): any };
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow(source: string): { errors: Array<{ code: string; title: string; path?: string }> };
};

const text = readFileSync('.github/workflows/release.yml', 'utf8');
const workflow = yaml.load(text);
const dump = require('js-yaml').dump as (value: unknown) => string;
const errorsOf = (value: unknown) => validateWorkflow(typeof value === 'string' ? value : dump(value)).errors;
const job = workflow.jobs.installers;
const steps = job.steps as Array<Record<string, any>>;
const runs = steps.map((step) => step.run ?? '').join('\n');

describe('release workflow', () => {
  it('is valid against the published workflow schema', () => {
    expect(errorsOf(text)).toEqual([]);
  });

  it('the schema refuses a misspelt key, a job without runs-on and a step that both runs and uses', () => {
    expect(errorsOf({ ...workflow, job: workflow.jobs })).not.toEqual([]);
    const bad = structuredClone(workflow);
    delete bad.jobs.installers['runs-on'];
    expect(errorsOf(bad)).not.toEqual([]);
    const both = structuredClone(workflow);
    both.jobs.installers.steps[0] = { uses: 'actions/checkout@v4', run: 'echo' };
    expect(errorsOf(both)).not.toEqual([]);
  });

  it('runs on version tags and by hand', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] }, workflow_dispatch: null });
  });

  it('builds on Windows, macOS and Linux, each to the end', () => {
    expect(job.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(job.strategy['fail-fast']).toBe(false);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template literal.
    expect(job['runs-on']).toBe('${{ matrix.os }}');
  });

  it('installs, fetches Electron for the desktop smoke test, tests (all of npm test on Linux, under Xvfb), then builds the installers', () => {
    const order = ['scripts/system-packages.sh', 'npm ci', 'npm test', 'npx vitest run', 'npm run dist'].map((command) =>
      runs.indexOf(command),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps.find((step) => step.run?.includes('system-packages.sh'))?.if).toBe("runner.os == 'Linux'");
    expect(steps.find((step) => step.run === 'xvfb-run -a npm test')?.if).toBe("runner.os == 'Linux'");
  });

  it('uploads the installers and fails when there are none', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with.path).toEqual(expect.stringContaining('release/*.deb'));
    for (const kind of ['exe', 'dmg', 'AppImage', 'deb']) expect(upload?.with.path).toContain(`release/*.${kind}`);
    expect(upload?.with['if-no-files-found']).toBe('error');
  });

  it('signs and notarizes from secrets when present, and otherwise says so and turns discovery off', () => {
    for (const secret of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'WIN_CSC_LINK',
      'WIN_CSC_KEY_PASSWORD',
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
    ]) {
      expect(text).toContain(`secrets.${secret}`);
    }
    expect(runs).toContain('echo "CSC_IDENTITY_AUTO_DISCOVERY=false" >> "$GITHUB_ENV"');
    expect(runs).toMatch(/::notice title=Unsigned::/);
    expect(runs).toMatch(/::notice title=Not notarized::/);
    // Read-only token: the workflow publishes nothing itself.
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
