// A dialog's submit must stay in the dialog: React bubbles a portal's events to the tree that rendered
// it, and every dialog here is rendered from inside the settings form. Each test leaves unsaved
// changes on the page, submits a dialog (refused and accepted), and checks from a second page that
// nothing of the page was saved.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './console-fixture';

async function makePageDirty(page: Page): Promise<void> {
  await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).check();
  await page.getByRole('checkbox', { name: 'City' }).check();
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
}

/** The page still holds its draft: Save enabled, nothing announced as saved or refused. */
async function expectStillUnsaved(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeAttached();
  await expect(page.getByText('Provisioning settings saved.')).toHaveCount(0);
  await expect(page.getByText(/Not saved/)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'City' })).toBeChecked();
}

/** What the server holds, seen from a fresh page: the defaults of a new installation. */
async function expectNothingSaved(context: BrowserContext, url: string): Promise<void> {
  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('switch', { name: 'Enable SCIM User Provisioning' })).not.toBeChecked();
  await expect(fresh.getByRole('checkbox', { name: 'City' })).not.toBeChecked();
  await fresh.close();
}

test.describe('Dialogs never submit the page behind them', () => {
  test('New organization: refused (empty, duplicate) and created, the page stays unsaved', async ({ page, context, idsvc }) => {
    await page.goto(idsvc.url);
    await makePageDirty(page);
    const organization = page.getByRole('combobox', { name: 'Organization for New Users' });
    const dialog = page.getByRole('dialog', { name: 'New organization' });

    await page.getByRole('button', { name: 'New organization...' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Name is required.');
    await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText('Name is required.');
    await expectStillUnsaved(page);

    await dialog.getByRole('textbox', { name: 'Name' }).fill('Sales');
    await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(organization.locator('option:checked')).toHaveText(/Sales/);
    await expectStillUnsaved(page);

    await page.getByRole('button', { name: 'New organization...' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('sales');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('already');
    await expectStillUnsaved(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expectNothingSaved(context, idsvc.url);
  });

  test('Create token and Revoke token: the page stays unsaved', async ({ page, context, idsvc }) => {
    await page.goto(idsvc.url);
    await makePageDirty(page);
    const section = page.getByRole('region', { name: 'JWT Token' });

    await section.getByRole('button', { name: 'Create token' }).click();
    const create = page.getByRole('dialog', { name: 'Create token' });
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create.getByRole('alert')).toContainText('Enter a label');
    await expectStillUnsaved(page);
    await create.getByRole('textbox', { name: 'Label' }).fill('Okta');
    await create.getByRole('textbox', { name: 'Label' }).press('Enter');
    const shown = page.getByRole('dialog', { name: 'Token created' });
    await expect(shown.getByRole('textbox', { name: 'New token' })).toBeVisible();
    await page.keyboard.press('Control+s');
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.getByRole('button', { name: 'Close without copying' }).click();
    await expectStillUnsaved(page);

    await section.getByRole('row', { name: /Okta/ }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog', { name: 'Revoke token?' }).getByRole('button', { name: 'Revoke' }).click();
    await expect(section.getByRole('row', { name: /Okta/ }).getByText('Revoked', { exact: true })).toBeVisible();
    await expectStillUnsaved(page);

    await expectNothingSaved(context, idsvc.url);
  });
});
