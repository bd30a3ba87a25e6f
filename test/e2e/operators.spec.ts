// Operators and privileges in the browser: the read-only settings tab, the console with no privilege,
// the navigation that hides what the caller may not open, the Operators view and the Audit view with
// its filters and CSV export. `idsvc console` runs as the OS user of the test (the database's
// creator: every privilege); privileges change through the built `idsvc operator`, as that user.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, type ConsoleProcess } from './console-fixture';

const CLI = join(process.cwd(), 'bin', 'idsvc.mjs');
const me = userInfo().username;
const ALL = ['configure-provisioning', 'manage-employees', 'view-activity', 'manage-operators'];

function idsvc(console: ConsoleProcess, ...args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args, '--data-dir', console.dataDir], { encoding: 'utf8' });
}

/** Another operator holding Manage Operators, so this account's privileges can be taken away. */
function revokeFromMe(console: ConsoleProcess, ...privileges: string[]) {
  idsvc(console, 'operator', 'add', 'other-admin', '--privilege', 'manage-operators');
  idsvc(console, 'operator', 'revoke', me, ...privileges.flatMap((p) => ['--privilege', p]));
}

/** `severeOnly` for the settings tab, whose h1-to-h3 heading order (moderate) predates this feature. */
async function expectNoAxeViolations(page: Page, options: { severeOnly?: boolean } = {}) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.filter((v) => !options.severeOnly || v.impact === 'serious' || v.impact === 'critical');
  expect(found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('Operators and privileges', () => {
  test('without Configure Provisioning Settings the settings tab is read-only and says whom to ask', async ({
    page,
    idsvc: console,
  }) => {
    revokeFromMe(console, 'configure-provisioning');
    await page.goto(console.url);
    const notice = page.getByText('These settings are read-only for you.');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`That needs the privilege Configure Provisioning Settings, which ${me} does not hold.`);
    await expect(notice).toContainText(`Ask an operator who holds Manage Operators: ${['other-admin', me].sort().join(', ')}.`);
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create token' })).toHaveCount(0);
    await expect(page.getByRole('switch', { name: 'Enable SCIM User Provisioning' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Tenant URL' })).toBeDisabled();
    await expect(page.getByRole('combobox', { name: 'Organization for New Users' })).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: 'Status' })).toBeDisabled();
    // Ctrl+S saves nothing either.
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveCount(0);
    // Changing the organization tree needs the same privilege: its view is not offered.
    await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Organizations' })).toHaveCount(0);
    // The other views this account still holds stay in the navigation.
    await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Audit' })).toBeVisible();
    await expectNoAxeViolations(page, { severeOnly: true });
    await screenshot(page, '40-settings-read-only');
  });

  test('an account without any privilege sees only the notice', async ({ page, idsvc: console }) => {
    revokeFromMe(console, ...ALL);
    await page.goto(console.url);
    await expect(page.getByText(`${me} holds no privilege on this Identity Service.`)).toContainText(
      'Ask an operator who holds Manage Operators: other-admin.',
    );
    await expect(page.getByRole('navigation', { name: 'Console' })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Provisioning Settings' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, '41-no-privilege');
  });

  test('the navigation shows only the views the account may open', async ({ page, idsvc: console }) => {
    revokeFromMe(console, 'view-activity', 'manage-operators', 'manage-employees');
    await page.goto(console.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('button', { name: 'Provisioning Settings' })).toBeVisible();
    for (const hidden of ['Activity', 'Gateway', 'Audit', 'Operators'])
      await expect(nav.getByRole('button', { name: hidden })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  });

  test('the Operators view adds, changes and removes operators, and refuses removing the last manager', async ({
    page,
    idsvc: console,
  }) => {
    await page.goto(console.url);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Operators' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Operators' })).toBeFocused();
    const table = page.getByRole('table', { name: 'Operators and their privileges' });
    for (const label of [
      'Configure Provisioning Settings',
      'Manage Employees',
      'View Provisioning Activity',
      'Manage Operators',
    ]) {
      await expect(table.getByRole('checkbox', { name: `${label} for ${me}` })).toBeChecked();
    }

    // The last holder of Manage Operators cannot give it up.
    await table.getByRole('checkbox', { name: `Manage Operators for ${me}` }).click();
    await expect(page.getByRole('alert')).toContainText('only operator who holds "Manage Operators"');
    await expect(table.getByRole('checkbox', { name: `Manage Operators for ${me}` })).toBeChecked();

    await page.getByRole('textbox', { name: 'Account' }).fill('bob');
    await page.getByRole('group', { name: 'Privileges' }).getByRole('checkbox', { name: 'View Provisioning Activity' }).check();
    await page.getByRole('button', { name: 'Add operator' }).click();
    await expect(page.getByRole('status')).toContainText('Added operator bob.');
    await expect(table.getByRole('checkbox', { name: 'View Provisioning Activity for bob' })).toBeChecked();
    await expect(table.getByRole('checkbox', { name: 'Manage Employees for bob' })).not.toBeChecked();

    // Controlled by what main answers: checked once the grant is saved.
    await table.getByRole('checkbox', { name: 'Manage Employees for bob' }).click();
    await expect(page.getByRole('status')).toContainText('bob now holds "Manage Employees".');
    await expect(table.getByRole('checkbox', { name: 'Manage Employees for bob' })).toBeChecked();

    // Adding bob again is refused next to the field.
    await page.getByRole('textbox', { name: 'Account' }).fill('bob');
    await page.getByRole('button', { name: 'Add operator' }).click();
    const account = page.getByRole('textbox', { name: 'Account' });
    await expect(account).toHaveAccessibleDescription('bob is already an operator. Change their privileges instead.');
    await expect(account).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('bob is already an operator.');
    await expectNoAxeViolations(page);
    await screenshot(page, '42-operators');

    await table.getByRole('button', { name: 'Remove bob' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove operator?' });
    await expect(dialog).toContainText('bob will lose every privilege at once');
    await expectNoAxeViolations(page);
    await screenshot(page, '43-remove-operator');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('status')).toContainText('Removed operator bob.');
    await expect(table.getByRole('row')).toHaveCount(2);
    // What the view did is what the CLI sees.
    expect(JSON.parse(idsvc(console, 'operator', 'list', '--json')).map((o: { account: string }) => o.account)).toEqual([me]);
  });

  test('the Audit view lists changes newest first, filters them and exports the filtered rows as CSV and JSON', async ({
    page,
    idsvc: console,
  }) => {
    idsvc(console, 'operator', 'add', 'bob', '--privilege', 'view-activity');
    idsvc(console, 'operator', 'grant', 'bob', '--privilege', 'manage-employees');
    const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    idsvc(console, 'token', 'create', '--label', 'HR sync', '--expires', expires, '--kind', 'api', '--scope', 'employees:write');
    await page.goto(console.url);
    // Changes made in the console itself: an organization, then a settings save.
    await page.getByRole('button', { name: 'New organization...' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organization' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Sales');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('textbox', { name: 'Tenant URL' }).fill('https://idsvc.example.com/scim/v2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit Log' })).toBeFocused();
    const table = page.getByRole('table', { name: 'Audit log, newest first' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(0)).toContainText('Settings saved');
    // "changed to" is for screen readers (offscreen); the arrow is what the eye reads.
    await expect(rows.nth(0)).toContainText(/Tenant URL: \(empty\) → (changed to )?https:\/\/idsvc\.example\.com\/scim\/v2/);
    await expect(rows.nth(0)).not.toContainText('provisioning_settings');
    await expect(rows.nth(0)).toContainText(/Organization for New Users: \(empty\) → (changed to )?Enterprise\/Sales/);
    // Ids and codes in words: the parent organization by its path, the token's kind and access.
    await expect(rows.nth(1)).toContainText('Organization created');
    await expect(rows.nth(1)).toContainText('Parent: Enterprise');
    await expect(rows.nth(2)).toContainText('Token created');
    await expect(rows.nth(2)).toContainText('Kind: User management API');
    await expect(rows.nth(2)).toContainText('Access: Read and write employees');
    await expect(rows.nth(2)).not.toContainText('T23:59:59');
    // The first token made the installation's signing key.
    await expect(rows.nth(3)).toContainText('Signing key created');
    await expect(rows.nth(4)).toContainText('Operator privileges changed');
    await expect(rows.nth(4)).toContainText(
      /Privileges: View Provisioning Activity → (changed to )?Manage Employees, View Provisioning Activity/,
    );
    await expect(rows.nth(5)).toContainText('Operator added');
    for (const index of [0, 1, 2, 3, 4, 5]) await expect(rows.nth(index)).toContainText(me);
    await expectNoAxeViolations(page);
    await screenshot(page, '44-audit');

    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Operator added' });
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Showing 1 change' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,time,operator,what,action,target,details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${me},Operator added,operator.add,bob,`);
    await expect(page.getByRole('status').filter({ hasText: 'The audit CSV was downloaded.' })).toBeVisible();

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    expect((await jsonDownload).suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await (await jsonDownload).path(), 'utf8')) as Array<Record<string, unknown>>;
    expect(exported).toEqual([
      expect.objectContaining({ actor: me, action: 'operator.add', target: 'bob', what: 'Operator added' }),
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'The audit JSON was downloaded.' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'All kinds' });
    await page.getByRole('combobox', { name: 'Operator' }).selectOption(me);
    await expect(rows).toHaveCount(6);
    // A range that ends before today holds nothing.
    await page.getByLabel('To', { exact: true }).fill('2020-01-01');
    await expect(page.getByText('No changes match these filters.')).toBeVisible();
    await expect(rows).toHaveCount(0);
    await page.getByLabel('To', { exact: true }).fill('');
    await page.getByLabel('From', { exact: true }).fill(new Date().toLocaleDateString('sv'));
    await expect(rows).toHaveCount(6);
    await screenshot(page, '45-audit-filtered');

    // Clear filters: the days and the operator at once; focus goes to From.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('From', { exact: true })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Operator' })).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  });

  test('the Audit view is not offered, and its calls are refused, without View Provisioning Activity', async ({
    page,
    idsvc: console,
  }) => {
    revokeFromMe(console, 'view-activity');
    await page.goto(console.url);
    await expect(page.getByRole('tab', { name: 'Provisioning Settings' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Audit' })).toHaveCount(0);
    const token = new URL(console.url).hash.replace('#token=', '');
    const refused = await page.request.get(`${console.origin}/export/audit.csv`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('View Provisioning Activity');
  });
});
