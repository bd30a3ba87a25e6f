import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, test } from './console-fixture';

test.describe('JWT Token section', () => {
  test('create a token, see it once, copy it, revoke it after confirming; it is stored nowhere', async ({
    page,
    context,
    idsvc,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(idsvc.url);
    const section = page.getByRole('region', { name: 'JWT Token' });
    await expect(section.getByText('No tokens yet.')).toBeVisible();

    await section.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create token' });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Enter a label');
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Microsoft Entra ID – production');
    await dialog.getByRole('button', { name: '90 days' }).click();
    await expect(dialog.getByRole('button', { name: '90 days' })).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByText('Microsoft Entra ID quarantines a provisioning job')).toBeVisible();
    await screenshot(page, '10-create-token-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();

    const shown = page.getByRole('dialog', { name: 'Token created' });
    const tokenField = shown.getByRole('textbox', { name: 'New token' });
    await expect(tokenField).toHaveAttribute('readonly', '');
    const token = await tokenField.inputValue();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await expect(shown.getByText('It will not be shown again')).toBeVisible();
    await screenshot(page, '11-token-shown-once');
    await shown.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(token);
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(shown).toBeHidden();

    const row = section.getByRole('row', { name: /Microsoft Entra ID – production/ });
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    await expect(row).toContainText('Never');
    await page.reload();
    await expect(page.getByText(token)).toHaveCount(0);

    await row.getByRole('button', { name: 'Revoke' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke token?' });
    await expect(confirm).toContainText('refused from its next request');
    await screenshot(page, '12-revoke-confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'revoked' })).toBeVisible();
    await screenshot(page, '13-token-revoked');

    const signature = token.split('.')[2]!;
    for (const name of readdirSync(idsvc.dataDir)) {
      const bytes = readFileSync(join(idsvc.dataDir, name));
      expect(bytes.includes(token), `${name} contains the token`).toBe(false);
      expect(bytes.includes(signature), `${name} contains the token's signature`).toBe(false);
    }
    expect(idsvc.output()).not.toContain(signature);
  });

  test('warns while provisioning is enabled without an active token', async ({ page, idsvc }) => {
    await page.goto(idsvc.url);
    await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).check();
    await page.getByRole('textbox', { name: 'Tenant URL' }).fill('https://idsvc.example.com/scim/v2');
    await page.getByRole('combobox', { name: 'Organization for New Users' }).selectOption({ label: 'Enterprise' });
    await page.getByRole('button', { name: 'Save' }).click();
    const warning = page.getByText('no active token exists');
    await expect(warning).toBeVisible();
    await screenshot(page, '14-enabled-without-token');

    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create token' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Okta');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('dialog', { name: 'Token created' }).getByRole('button', { name: 'Done' }).click();
    await page.getByRole('dialog', { name: 'Token created' }).getByRole('button', { name: 'Close without copying' }).click();
    await expect(warning).toBeHidden();

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('refuses an expiry too far ahead, naming the field', async ({ page, idsvc }) => {
    await page.goto(idsvc.url);
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create token' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Too long');
    await dialog.getByLabel('Expiry date').fill('2099-12-31');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('at most 15 years');
    await expect(dialog.getByLabel('Expiry date')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('No tokens yet.')).toBeVisible();
  });
});
