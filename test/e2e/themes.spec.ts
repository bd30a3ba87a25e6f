// Both themes (issue #11): the console follows the system's colour scheme (prefers-color-scheme), and
// every view, with data in it, has no axe violation of any impact in either, at 1280x800 and 900x700.
// Screenshots of each view (and a dialog) go to artifacts/screenshots/theme-<scheme>-<width>-<view>.png, to look at.
// At 900 px no view scrolls sideways, with the longest names the console takes in it (item 3).
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { seed } from './directory-seed';
import { expectNoViolations, seedCompany } from './employees-fixture';
import { freePort, startGatewayProcess, type GatewayProcess } from './gateway-process';

const CLI = ['bin/idsvc.mjs'];
const VIEWS = [
  { id: 'settings', nav: 'Provisioning Settings', title: 'Feature Settings' },
  { id: 'employees', nav: /^Employees/, title: 'Employees' },
  { id: 'organizations', nav: 'Organizations', title: 'Organizations' },
  { id: 'activity', nav: 'Activity', title: 'Provisioning Activity' },
  { id: 'gateway', nav: 'Gateway', title: 'Gateway' },
  { id: 'api-tokens', nav: 'User management API', title: 'User management API' },
  { id: 'audit', nav: 'Audit', title: 'Audit Log' },
  { id: 'operators', nav: 'Operators', title: 'Operators' },
] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const;

/** As long as the contract lets them be: a 100-character organization, token labels and an account. */
const LONG_ORGANIZATION = 'Contoso Holdings Northern Europe Shared Services Centre for Payroll, Benefits and Workforce Planning';
const LONG_SCIM_LABEL = 'Entra ID production tenant for the Northern Europe subsidiary, provisioning app ContosoHRConnectorV2';
const LONG_API_LABEL = 'PayrollExportServicePrincipal.ContosoNorthernEuropeSubsidiary.SharedServicesCentre.Nightly';
const LONG_ACCOUNT = 'CONTOSO\\svc.provisioning.automation.northern.europe.subsidiary.shared.services';

const idsvc = (dataDir: string, ...args: string[]) =>
  execFileSync(process.execPath, [...CLI, ...args, '--data-dir', dataDir], { encoding: 'utf8' }).trim();

/** Tokens (one revoked), an operator, and real SCIM calls through a gateway: the views have rows, badges, a chart. */
async function seedEverything(dataDir: string): Promise<GatewayProcess> {
  const { ids } = await seedCompany(dataDir);
  await seed(dataDir, (s) => {
    s.organization(LONG_ORGANIZATION, 'Enterprise/Sales');
    s.move([ids.max], `Enterprise/Sales/${LONG_ORGANIZATION}`);
  });
  const expires = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const token = idsvc(dataDir, 'token', 'create', '--label', 'Entra ID production', '--expires', expires);
  idsvc(dataDir, 'token', 'create', '--label', 'HR sync', '--expires', expires, '--kind', 'api', '--scope', 'employees:read');
  const old = idsvc(dataDir, 'token', 'create', '--label', 'Okta trial', '--expires', expires);
  idsvc(dataDir, 'token', 'create', '--label', LONG_SCIM_LABEL, '--expires', expires);
  idsvc(
    dataDir,
    'token',
    'create',
    '--label',
    LONG_API_LABEL,
    '--expires',
    expires,
    '--kind',
    'api',
    '--scope',
    'employees:write',
  );
  const list = JSON.parse(idsvc(dataDir, 'token', 'list', '--json')) as Array<{ id: string; label: string }>;
  idsvc(dataDir, 'token', 'revoke', list.find((entry) => entry.label === 'Okta trial')!.id);
  idsvc(dataDir, 'operator', 'add', 'auditor', '--privilege', 'view-activity');
  idsvc(dataDir, 'operator', 'add', LONG_ACCOUNT, '--privilege', 'manage-employees', '--privilege', 'view-activity');

  const port = await freePort();
  const gateway = await startGatewayProcess(dataDir, port);
  const call = (method: string, path: string, bearer: string, body?: unknown) =>
    fetch(`http://127.0.0.1:${port}/scim/v2${path}`, {
      method,
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/scim+json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const user = (userName: string) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName,
    name: { givenName: 'Theme', familyName: 'Tester' },
    emails: [{ type: 'work', value: userName, primary: true }],
    active: true,
  });
  await call('POST', '/Users', token, user('theme.one@example.com'));
  await call('POST', '/Users', token, user('theme.two@example.com'));
  await call('POST', '/Users', token, user('theme.one@example.com')); // 409: taken
  await call('GET', '/Users?filter=userName%20eq%20%22theme.two@example.com%22', token);
  await call('GET', '/Users', old); // 401: revoked
  // The gateway stays up while the views are looked at: the Gateway view shows it listening.
  return gateway;
}

/**
 * The page is no wider than the window (nothing is reached only by scrolling sideways), and no table
 * is wider than the box it sits in (a table spilling over its card's padding scrolls nothing, but
 * its last column runs into the card's edge).
 */
async function expectNoSidewaysScroll(page: Page, view: string): Promise<void> {
  const widths = (await page.evaluate('({ page: document.documentElement.scrollWidth, window: window.innerWidth })')) as {
    page: number;
    window: number;
  };
  expect
    .soft(widths.page, `the ${view} view is ${widths.page} px wide in a ${widths.window} px window`)
    .toBeLessThanOrEqual(widths.window);
  expect.soft(await page.evaluate(SPILLING_TABLES), `tables wider than their box in the ${view} view`).toEqual([]);
}

/** The captions of the tables wider than their parent's content box (the screen readers' copies aside). */
const SPILLING_TABLES = `[...document.querySelectorAll('table')]
  .filter((table) => !table.closest('.offscreen'))
  .filter((table) => {
    const box = table.parentElement;
    const style = getComputedStyle(box);
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return table.getBoundingClientRect().width > room + 0.5;
  })
  .map((table) => table.caption?.textContent ?? table.className)`;

async function openView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: view.nav }).click();
  const title = page.getByRole('heading', { level: 1, name: view.title });
  if (view.id === 'settings') await expect(title).toBeVisible();
  else await expect(title).toBeFocused();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`The ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every view at both sizes: no axe violation, and a screenshot', async ({ page, idsvc: console }) => {
      test.setTimeout(180_000);
      const gateway = await seedEverything(console.dataDir);
      try {
        await checkEveryView(page, console.url, colorScheme);
      } finally {
        await gateway.stop();
      }
    });
  });
}

async function checkEveryView(page: Page, url: string, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.setViewportSize(SIZES[0]);
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  // The theme is the system's: the page's background follows the emulated scheme.
  const background = await page.evaluate('getComputedStyle(document.documentElement).backgroundColor');
  expect(background).toBe(colorScheme === 'dark' ? 'rgb(17, 21, 29)' : 'rgb(244, 245, 247)');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const view of VIEWS) {
      await openView(page, view);
      await screenshot(page, `theme-${colorScheme}-${size.width}-${view.id}`);
      await expectNoViolations(page);
      if (size.width === 900) await expectNoSidewaysScroll(page, view.id);
    }
  } // A dialog over the page, with its first field focused: the backdrop, the surface and the focus ring.
  await openView(page, VIEWS[0]);
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByRole('dialog', { name: 'Create token' })).toBeVisible();
  await screenshot(page, `theme-${colorScheme}-${SIZES[1].width}-create-token-dialog`);
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
}
