import AxeBuilder from '@axe-core/playwright';
import { expect, screenshot, test } from './console-fixture';

test.describe('Provisioning Settings tab', () => {
  test('enable, fix the Tenant URL, create and pick an organization, choose fields, save; it survives reload and restart', async ({
    page,
    idsvc,
  }) => {
    await page.goto(idsvc.url);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('System Management');
    await expect(page.getByRole('tab', { name: 'Provisioning Settings' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).not.toHaveURL(/token=/);
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeDisabled();
    await screenshot(page, '01-fresh-install');

    const enable = page.getByRole('switch', { name: 'Enable SCIM User Provisioning' });
    await enable.check();
    await expect(page.getByText('Choose an Organization for New Users before enabling SCIM provisioning.')).toBeVisible();
    await save.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();

    const tenantUrl = page.getByRole('textbox', { name: 'Tenant URL' });
    await tenantUrl.fill('http://idsvc.example.com/scim/v2');
    await expect(page.getByText('plain http:// is allowed only for localhost')).toBeVisible();
    await expect(tenantUrl).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, '02-invalid-tenant-url');
    await tenantUrl.fill('https://IDSVC.example.com:8443/scim/v2/');
    await expect(tenantUrl).not.toHaveAttribute('aria-invalid', 'true');

    const organization = page.getByRole('combobox', { name: 'Organization for New Users' });
    await page.getByRole('button', { name: 'New organization...' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organization' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Name is required.');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('SCIM Provisioned');
    await screenshot(page, '03-new-organization-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(organization.locator('option:checked')).toHaveText(/SCIM Provisioned/);

    await expect(page.getByRole('checkbox', { name: 'Username' })).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: 'Username' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Email Address' }).check();
    await page.getByRole('checkbox', { name: 'City' }).check();
    await page.getByRole('checkbox', { name: 'Status' }).uncheck();
    await expect(page.getByText('Status is not synchronized')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Status' }).check();
    await expect(page.getByText('Status is not synchronized')).toBeHidden();

    await expect(save).toBeEnabled();
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
    await expect(save).toBeDisabled();
    await expect(tenantUrl).toHaveValue('https://idsvc.example.com:8443/scim/v2');
    await screenshot(page, '04-saved');

    const expectSaved = async () => {
      await expect(page.getByRole('switch', { name: 'Enable SCIM User Provisioning' })).toBeChecked();
      await expect(page.getByRole('textbox', { name: 'Tenant URL' })).toHaveValue('https://idsvc.example.com:8443/scim/v2');
      await expect(page.getByRole('combobox', { name: 'Organization for New Users' }).locator('option:checked')).toHaveText(
        /SCIM Provisioned/,
      );
      for (const name of ['Status', 'Email Address', 'City']) await expect(page.getByRole('checkbox', { name })).toBeChecked();
      for (const name of ['Work Phone', 'Country']) await expect(page.getByRole('checkbox', { name })).not.toBeChecked();
    };
    await page.reload();
    await expectSaved();

    await idsvc.restart();
    await page.goto(idsvc.url);
    await expectSaved();
  });

  test('a stale save from a second page gets the conflict message and can reload', async ({ page, context, idsvc }) => {
    await page.goto(idsvc.url);
    const second = await context.newPage();
    await second.goto(idsvc.url);

    await page.getByRole('textbox', { name: 'Tenant URL' }).fill('https://first.example.com/scim/v2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();

    await second.getByRole('textbox', { name: 'Tenant URL' }).fill('https://second.example.com/scim/v2');
    await second.getByRole('button', { name: 'Save' }).click();
    await expect(
      second.getByRole('alert').filter({ hasText: /saved these settings at .+ and changed the Tenant URL/ }),
    ).toBeVisible();
    // An edit of their own that does not collide survives Reload, on top of the saved values.
    await second.getByRole('checkbox', { name: 'City' }).check();
    await screenshot(second, '05-conflict');
    await second.getByRole('button', { name: 'Reload' }).click();
    await expect(second.getByRole('textbox', { name: 'Tenant URL' })).toHaveValue('https://first.example.com/scim/v2');
    await expect(second.getByRole('checkbox', { name: 'City' })).toBeChecked();
    await expect(
      second.getByRole('status').filter({ hasText: 'Both of you changed the Tenant URL: theirs is shown.' }),
    ).toBeVisible();
  });

  test('refuses the API without the session token', async ({ page, idsvc }) => {
    await page.goto(`${idsvc.origin}/`);
    await expect(page.getByRole('alert')).toContainText('session link');
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/settings:get', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return response.status;
    });
    expect(status).toBe(401);
  });

  test('works from the keyboard alone', async ({ page, idsvc }) => {
    await page.goto(idsvc.url);
    await expect(page.getByRole('switch', { name: 'Enable SCIM User Provisioning' })).toBeVisible();
    await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('switch', { name: 'Enable SCIM User Provisioning' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Tenant URL' })).toBeFocused();
    await page.keyboard.type('https://idsvc.example.com/scim/v2');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Test connection' })).toBeFocused();
    await page.keyboard.press('Tab');
    const organization = page.getByRole('combobox', { name: 'Organization for New Users' });
    await expect(organization).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(organization.locator('option:checked')).toHaveText('Enterprise');
    // End and arrows on the closed picker only choose organizations; creating one is its own button.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(organization.locator('option:checked')).toHaveText('Enterprise');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'New organization...' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Rotate signing key…' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Create token' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Status' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Status' })).not.toBeChecked();
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
    await screenshot(page, '06-keyboard-saved-without-status');
  });

  test('has no accessibility violations of any impact', async ({ page, idsvc }) => {
    await page.goto(idsvc.url);
    await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).check();
    await page.getByRole('textbox', { name: 'Tenant URL' }).fill('ftp://nope');
    await page.getByRole('checkbox', { name: 'Status' }).uncheck();
    const violationsOf = (violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>) =>
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violationsOf((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
    await page.getByRole('button', { name: 'New organization...' }).click();
    expect(violationsOf((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
    await page.getByRole('dialog', { name: 'New organization' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(violationsOf((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
  });
});
