import { expect, test } from './console-fixture';
import { screenshot } from './console-fixture';

test.describe('Console navigation', () => {
  test('moves between views from the keyboard, marking the current one and focusing its title', async ({ page, idsvc }) => {
    await page.goto(idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('button', { name: 'Provisioning Settings' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Feature Settings');

    await nav.getByRole('button', { name: 'Activity' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Provisioning Activity' })).toBeFocused();
    await expect(nav.getByRole('button', { name: 'Activity' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('button', { name: 'Provisioning Settings' })).not.toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Activity');
    await expect(page).toHaveTitle('Provisioning Activity – Identity Service Console');

    await nav.getByRole('button', { name: 'Gateway' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 1, name: 'Gateway' })).toBeFocused();

    await nav.getByRole('button', { name: 'Provisioning Settings' }).click();
    await expect(page.getByRole('tab', { name: 'Provisioning Settings' })).toHaveAttribute('aria-selected', 'true');
  });

  test('loads every file of the page, the favicon included, without a failed request', async ({ page, idsvc }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(idsvc.url);
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    const icon = await page.locator('link[rel="icon"]').evaluate((link) => (link as unknown as { href: string }).href);
    expect(icon).toMatch(/favicon\.svg$/);
    expect((await page.request.get(icon!)).status()).toBe(200);
    expect(failed).toEqual([]);
  });

  test('asks before leaving unsaved Provisioning Settings; Keep editing keeps them, Discard drops them', async ({
    page,
    idsvc,
  }) => {
    await page.goto(idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    const tenantUrl = page.getByRole('textbox', { name: 'Tenant URL' });
    await tenantUrl.fill('https://unsaved.example.com/scim/v2');

    await nav.getByRole('button', { name: 'Activity' }).click();
    const dialog = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await expect(dialog).toContainText('If you open Activity now, they are lost.');
    await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await screenshot(page, '25-leave-unsaved-settings');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog).toBeHidden();
    await expect(tenantUrl).toHaveValue('https://unsaved.example.com/scim/v2');
    await expect(nav.getByRole('button', { name: 'Provisioning Settings' })).toHaveAttribute('aria-current', 'page');

    await nav.getByRole('button', { name: 'Gateway' }).click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(tenantUrl).toHaveValue('https://unsaved.example.com/scim/v2');

    await nav.getByRole('button', { name: 'Activity' }).click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Provisioning Activity' })).toBeVisible();
    await nav.getByRole('button', { name: 'Provisioning Settings' }).click();
    await expect(tenantUrl).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
