// Issue 11, item 4 (the parts in the settings tab and token views): the Tenant URL rule inline is the
// server's, Copy stays usable read-only, dialog errors under their field, the shown-once token asks
// before closing uncopied, and Revoke's outcome under the table with the focus on it. Keyboard paths.
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './console-fixture';
import { expectNoViolations } from './employees-fixture';

test.describe.configure({ timeout: 180_000 });

test('a space in the Tenant URL host or path is refused inline, with the message Save would give', async ({ page, idsvc }) => {
  await page.goto(idsvc.url);
  const tenantUrl = page.getByRole('textbox', { name: 'Tenant URL' });
  await tenantUrl.fill('https://idsvc example.com/scim/v2');
  await expect(page.getByText('Tenant URL must not contain spaces or line breaks.')).toBeVisible();
  await expect(tenantUrl).toHaveAttribute('aria-invalid', 'true');
  await tenantUrl.fill('https://idsvc.example.com/scim v2');
  await expect(page.getByText('Tenant URL must not contain spaces or line breaks.')).toBeVisible();
  await tenantUrl.fill('https://idsvc.example.com/a<b');
  await expect(
    page.getByText("Tenant URL path must not contain '<'; write it as %3C if it is really part of the path."),
  ).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert').filter({ hasText: "Not saved: Tenant URL path must not contain '<'" })).toBeVisible();
  await expect(tenantUrl).toBeFocused();
});

test('the token dialogs: errors under their field, closing uncopied asks, Revoke reports under the table', async ({
  page,
  idsvc,
}) => {
  await page.goto(idsvc.url);
  const section = page.getByRole('region', { name: 'JWT Token' });
  await section.getByRole('button', { name: 'Create token' }).click();
  const create = page.getByRole('dialog', { name: 'Create token' });
  await create.getByRole('textbox', { name: 'Label' }).press('Enter');
  const labelError = create.getByRole('alert');
  await expect(labelError).toContainText('Enter a label');
  // Under the Label field, described by it, with the page's icon.
  await expect(create.getByRole('textbox', { name: 'Label' })).toHaveAttribute('aria-describedby', /create-token-error/);
  await expect(labelError.locator('svg')).toHaveCount(1);
  const [labelBox, errorBox, expiryBox] = await Promise.all([
    create.getByRole('textbox', { name: 'Label' }).boundingBox(),
    labelError.boundingBox(),
    create.getByLabel('Expiry date').boundingBox(),
  ]);
  expect(errorBox!.y).toBeGreaterThan(labelBox!.y);
  expect(errorBox!.y).toBeLessThan(expiryBox!.y);
  await expectNoViolations(page);
  await screenshot(page, '46-dialog-field-error');

  await create.getByRole('textbox', { name: 'Label' }).fill('Entra ID');
  await create.getByRole('textbox', { name: 'Label' }).press('Enter');
  const shown = page.getByRole('dialog', { name: 'Token created' });
  await expect(shown.getByRole('textbox', { name: 'New token' })).toBeVisible();
  // Escape before copying asks; Back returns to Copy; Escape again asks; Close without copying closes.
  await page.keyboard.press('Escape');
  const back = shown.getByRole('button', { name: 'Back to the token' });
  await expect(back).toBeFocused();
  await expect(shown).toContainText('The token was not copied.');
  await expectNoViolations(page);
  await page.setViewportSize({ width: 900, height: 700 });
  await screenshot(page, '47-token-not-copied-900');
  await page.keyboard.press('Enter');
  await expect(shown.getByRole('button', { name: 'Copy' })).toBeFocused();
  await page.keyboard.press('Escape');
  await shown.getByRole('button', { name: 'Close without copying' }).click();
  await expect(shown).toBeHidden();

  // Copied: Done closes at once.
  await section.getByRole('button', { name: 'Create token' }).click();
  await create.getByRole('textbox', { name: 'Label' }).fill('Okta');
  await create.getByRole('textbox', { name: 'Label' }).press('Enter');
  await shown.getByRole('button', { name: 'Copy' }).click();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  // Revoke by keyboard: the outcome is under the table and has the focus.
  await section.getByRole('row', { name: /Okta/ }).getByRole('button', { name: 'Revoke' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Revoke token?' });
  await confirm.getByRole('button', { name: 'Revoke' }).focus();
  await page.keyboard.press('Enter');
  const notice = section.getByRole('status').filter({ hasText: 'Token "Okta" revoked' });
  await expect(notice).toBeFocused();
  const [table, noticeBox] = await Promise.all([section.getByRole('table').boundingBox(), notice.boundingBox()]);
  expect(noticeBox!.y).toBeGreaterThan(table!.y + table!.height - 1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, '48-token-revoked-1280');
  await expectNoViolations(page);
});

test('read-only: the Tenant URL can still be copied; Save bar stays in view while scrolling', async ({ page, idsvc }) => {
  await page.goto(idsvc.url);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.getByRole('textbox', { name: 'Tenant URL' }).fill('https://idsvc.example.com/scim/v2');
  await page.getByRole('checkbox', { name: 'City' }).check();
  await page.getByRole('checkbox', { name: 'City' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Save' })).toBeInViewport();
  await screenshot(page, '49-sticky-save-900');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeInViewport();

  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [join(process.cwd(), 'bin', 'idsvc.mjs'), ...args, '--data-dir', idsvc.dataDir], {
      encoding: 'utf8',
    });
  cli('operator', 'add', 'other-admin', '--privilege', 'manage-operators');
  cli('operator', 'revoke', userInfo().username, '--privilege', 'configure-provisioning');
  await page.reload();
  await expect(page.getByText('These settings are read-only for you.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tenant URL' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Test connection' })).toHaveCount(0);
  const copy = page.getByRole('button', { name: 'Copy' });
  await expect(copy).toBeEnabled();
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Tenant URL copied to the clipboard.' })).toBeVisible();
  await expectNoViolations(page);
});

test('the signing key rotates from the console after confirming', async ({ page, idsvc }) => {
  await page.goto(idsvc.url);
  const rotate = page.getByRole('button', { name: 'Rotate signing key…' });
  await rotate.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rotate the signing key?' });
  await expect(dialog).toContainText('Tokens already issued keep working');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rotate).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Rotate key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signing key rotated' })).toBeVisible();
  const audit = execFileSync(
    process.execPath,
    [join(process.cwd(), 'bin', 'idsvc.mjs'), 'audit', 'export', '--data-dir', idsvc.dataDir],
    {
      encoding: 'utf8',
    },
  );
  expect(audit).toContain('signing_key.rotate');
});
