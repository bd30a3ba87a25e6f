// The first view loads alone (issue #11): the settings tab without any other view's chunk, its four
// calls sent together; each other view's chunk is fetched when the view is first opened, behind a
// loading status, and its title takes the focus once it is there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './console-fixture';

interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
}

/** Each lazily loaded view's chunk, by the view's folder under renderer/features/. */
function viewChunks(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join('dist', 'renderer', '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const chunks = new Map<string, string>();
  for (const chunk of Object.values(manifest)) {
    const view = /^features\/([\w-]+)\//.exec(chunk.src ?? '')?.[1];
    if (chunk.isDynamicEntry && view) chunks.set(view, chunk.file);
  }
  return chunks;
}

const VIEWS = [
  { folder: 'employees', nav: 'Employees', title: 'Employees' },
  { folder: 'organizations', nav: 'Organizations', title: 'Organizations' },
  { folder: 'activity', nav: 'Activity', title: 'Provisioning Activity' },
  { folder: 'gateway', nav: 'Gateway', title: 'Gateway' },
  { folder: 'api-tokens', nav: 'User management API', title: 'User management API' },
  { folder: 'audit', nav: 'Audit', title: 'Audit Log' },
  { folder: 'operators', nav: 'Operators', title: 'Operators' },
];

test.describe('First view', () => {
  test('the settings tab loads without any other view; each view loads when opened', async ({ page, idsvc }) => {
    const chunks = viewChunks();
    expect([...chunks.keys()].sort()).toEqual(VIEWS.map((view) => view.folder).sort());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^\//, ''));
    });
    const tokensAnswered = page.waitForResponse((response) => response.url().endsWith('/api/tokens:list'));
    await page.goto(idsvc.url);
    await expect(page.getByRole('textbox', { name: 'Tenant URL' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    await tokensAnswered;
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => [...chunks.values()].includes(script))).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Console' });
    for (const view of VIEWS) {
      await nav.getByRole('button', { name: view.nav, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: view.title })).toBeFocused();
      expect(scripts).toContain(chunks.get(view.folder));
    }
  });

  test("the first view's calls go out together, each once", async ({ page, idsvc }) => {
    const first = ['session:whoami', 'settings:get', 'organizations:list', 'tokens:list'];
    const calls: string[] = [];
    // The server's answers to the four are held until all four have been sent. A renderer that waited
    // for one answer before sending the next call would leave the rest unsent, whatever the timing.
    const held = new Set<string>();
    let releaseAnswers = () => {};
    const allSent = new Promise<void>((resolve) => {
      releaseAnswers = resolve;
    });
    await page.route('**/api/*', async (route) => {
      const channel = new URL(route.request().url()).pathname.slice('/api/'.length);
      calls.push(channel);
      if (first.includes(channel)) {
        held.add(channel);
        if (held.size === first.length) releaseAnswers();
        await allSent;
      }
      await route.continue();
    });
    const tokensAnswered = page.waitForResponse((response) => response.url().endsWith('/api/tokens:list'));
    await page.goto(idsvc.url);
    await expect.poll(() => [...held].sort(), { timeout: 5_000 }).toEqual([...first].sort());
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    await tokensAnswered;
    for (const channel of first) expect(calls.filter((call) => call === channel)).toHaveLength(1);
  });

  test('a view whose chunk is on its way shows a loading status, then takes the focus', async ({ page, idsvc }) => {
    const chunk = viewChunks().get('activity')!;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/${chunk}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(idsvc.url);
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Activity' }).click();
    const loading = page.getByRole('status').filter({ hasText: 'Loading Activity…' });
    await expect(loading).toBeVisible();
    await expect(loading).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Provisioning Activity' })).toBeFocused();
    await expect(loading).toHaveCount(0);
  });

  test('a view whose chunk cannot be loaded says so, and the rest of the console keeps working', async ({ page, idsvc }) => {
    await page.route(`**/${viewChunks().get('audit')!}`, (route) => route.abort());
    await page.goto(idsvc.url);
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Console' });
    await nav.getByRole('button', { name: 'Audit' }).click();
    await expect(page.getByRole('alert')).toContainText('stopped this view');
    await nav.getByRole('button', { name: 'Gateway' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gateway' })).toBeFocused();
  });
});
