import AxeBuilder from '@axe-core/playwright';
import { decodeJwt } from 'jose';
import { expect, screenshot, test } from './console-fixture';

test.describe('User management API view', () => {
  test('create a read-only API token, see it once, find it listed here and not among SCIM tokens, revoke it', async ({
    page,
    context,
    idsvc,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(idsvc.url);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'User management API' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'User management API' })).toBeFocused();
    const section = page.getByRole('region', { name: 'User management API tokens' });
    await expect(section.getByText('No API tokens yet.')).toBeVisible();

    await section.getByRole('button', { name: 'Create API token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API token' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Payroll export');
    const scope = dialog.getByRole('combobox', { name: 'Scope' });
    await expect(scope).toHaveValue('employees:read');
    await expect(scope.getByRole('option')).toHaveText(['Read employees', 'Read and write employees']);
    await dialog.getByRole('button', { name: '1 year' }).click();
    await screenshot(page, '40-create-api-token-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();

    const shown = page.getByRole('dialog', { name: 'Token created' });
    const token = await shown.getByRole('textbox', { name: 'New token' }).inputValue();
    expect(decodeJwt(token)).toMatchObject({ aud: expect.stringMatching(/:api$/), scope: 'employees:read' });
    await expect(shown.getByText('It will not be shown again')).toBeVisible();
    await expect(shown.getByText('Authorization: Bearer')).toBeVisible();
    await shown.getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(token);
    await shown.getByRole('button', { name: 'Done' }).click();

    const row = section.getByRole('row', { name: /Payroll export/ });
    await expect(row.getByRole('cell', { name: 'Read employees' })).toBeVisible();
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    await expect(row).toContainText('Never');
    await screenshot(page, '41-api-token-listed');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Not a SCIM token: the Provisioning Settings' JWT Token section does not list it.
    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Provisioning Settings' }).click();
    const scimSection = page.getByRole('region', { name: 'JWT Token' });
    await expect(scimSection.getByText('No tokens yet.')).toBeVisible();
    await expect(page.getByText('Payroll export')).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'User management API' }).click();
    await row.getByRole('button', { name: 'Revoke' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke token?' });
    await expect(confirm).toContainText('Systems and scripts using "Payroll export" will be refused from their next request');
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'revoked' })).toBeVisible();
    await screenshot(page, '42-api-token-revoked');
    await page.reload();
    await expect(page.getByText(token)).toHaveCount(0);
  });
});
