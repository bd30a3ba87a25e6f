// The Organizations view over the seeded company (employees-fixture.ts): the tree with each
// organization's employees, and renaming, moving and deleting from the keyboard, with main's refusals
// (a sibling's name, an organization something is in) shown where they apply and nothing changed.
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { seed } from './directory-seed';
import { expectNoViolations, expectRefusalUnder, LONG_USER_NAME, seedCompany, tabTo, userNameCells } from './employees-fixture';

async function openOrganizations(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Organizations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeFocused();
}

/** Each row as "name | employees", in table order, the depth as leading dots. */
async function treeRows(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Organizations, as a tree' }).locator('tbody tr');
  const out: string[] = [];
  for (const row of await rows.all()) {
    const name = row.locator('.organization-name');
    const depth = Number(await name.getAttribute('data-depth'));
    const shown = await name.locator('.organization-shown-name').innerText();
    out.push(`${'.'.repeat(depth)}${shown} | ${await row.locator('.count-cell').innerText()}`);
  }
  return out;
}

test.describe('Organizations view', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the tree with its employees; rename, move and delete from the keyboard; refusals change nothing', async ({
    page,
    idsvc,
  }) => {
    await seedCompany(idsvc.dataDir);
    await openOrganizations(page, idsvc.url);
    await expect
      .poll(() => treeRows(page))
      // Each organization's employees with those below it, as the Employees view's filter selects them.
      .toEqual(['Enterprise | 7', '.New Hires | 3', '.Sales | 3', '..EMEA | 1', '.Support | 1']);
    const table = page.getByRole('table', { name: 'Organizations, as a tree' });
    await expect(table.getByRole('rowheader', { name: /^New Hires/ })).toContainText('Organization for New Users');
    // A screen reader hears where a nested organization sits.
    await expect(table.getByRole('rowheader', { name: /^EMEA/ })).toHaveText(/EMEA, in Enterprise › Sales/);
    // The root is renamed, never moved or deleted.
    await expect(table.getByRole('button', { name: 'Rename Enterprise', exact: true })).toBeVisible();
    await expect(table.getByRole('button', { name: 'Move Enterprise', exact: true })).toHaveCount(0);
    await expect(table.getByRole('button', { name: 'Delete Enterprise', exact: true })).toHaveCount(0);
    await screenshot(page, '54-organizations');
    await expectNoViolations(page);

    // Rename from the keyboard; a sibling's name in another case is refused under the field.
    const renameSupport = table.getByRole('button', { name: 'Rename Enterprise › Support' });
    await tabTo(page, renameSupport);
    await page.keyboard.press('Enter');
    const rename = page.getByRole('dialog', { name: 'Rename organization' });
    const name = rename.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('Support');
    await name.fill('sales');
    await page.keyboard.press('Enter');
    await expectRefusalUnder(name, 'An organization named "sales" already exists there.');
    await screenshot(page, '55-organization-rename-refused');
    await name.fill('Customer Support');
    await page.keyboard.press('Enter');
    await expect(rename).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Renamed to Enterprise › Customer Support.' })).toBeVisible();
    await expect(table.getByRole('button', { name: 'Rename Enterprise › Customer Support' })).toBeFocused();

    // Move EMEA, with its employee, under Customer Support; its own subtree is not offered.
    await table.getByRole('button', { name: 'Move Enterprise › Sales › EMEA' }).click();
    const move = page.getByRole('dialog', { name: 'Move organization' });
    const parent = move.getByRole('combobox', { name: 'New parent organization' });
    await expect(parent).toBeFocused();
    await expect(parent).toHaveValue(await seed(idsvc.dataDir, (s) => s.organizationId('Enterprise/Sales')));
    await expect(parent.locator('option')).toHaveText([
      'Enterprise',
      'Enterprise › Customer Support',
      'Enterprise › New Hires',
      'Enterprise › Sales',
    ]);
    await parent.selectOption({ label: 'Enterprise › Customer Support' });
    await move.getByRole('button', { name: 'Move' }).click();
    await expect(move).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Moved to Enterprise › Customer Support › EMEA.' })).toBeVisible();
    await expect
      .poll(() => treeRows(page))
      .toEqual(['Enterprise | 7', '.Customer Support | 2', '..EMEA | 1', '.New Hires | 3', '.Sales | 2']);

    // Delete: refused while employees are in it, with the reason, focus on Close; nothing deleted.
    await table.getByRole('button', { name: 'Delete Enterprise › Sales' }).click();
    const remove = page.getByRole('dialog', { name: 'Delete organization?' });
    await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await remove.getByRole('button', { name: 'Delete' }).click();
    await expect(remove.getByRole('alert')).toHaveText('Not deleted: 2 employees are in it: move them first.');
    await expect(remove).toContainText('Enterprise › Sales stays as it is.');
    await expect(remove.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(remove.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await screenshot(page, '56-organization-delete-refused');
    await page.keyboard.press('Enter');
    await expect(remove).toBeHidden();
    await table.getByRole('button', { name: 'Delete Enterprise › New Hires' }).click();
    await remove.getByRole('button', { name: 'Delete' }).click();
    await expect(remove.getByRole('alert')).toContainText('It is the Organization for New Users');
    await page.keyboard.press('Escape');

    // A new, empty organization is deleted; focus goes to the title, its row being gone.
    await page.getByRole('button', { name: 'New organization' }).click();
    const create = page.getByRole('dialog', { name: 'New organization' });
    await create.getByRole('textbox', { name: 'Name' }).fill('Temporary');
    await create.getByRole('combobox', { name: 'Parent organization' }).selectOption({ label: 'Enterprise › Sales' });
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Organization Enterprise › Sales › Temporary created.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'New organization' })).toBeFocused();
    await table.getByRole('button', { name: 'Delete Enterprise › Sales › Temporary' }).click();
    await remove.getByRole('button', { name: 'Delete' }).click();
    await expect(remove).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Organization Enterprise › Sales › Temporary deleted.' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeFocused();
    await expect(table.getByRole('rowheader', { name: /^Temporary/ })).toHaveCount(0);

    // A headcount opens those employees: the Employees view filtered to the organization, as the tree is now.
    await table.getByRole('button', { name: '2 employees in Enterprise › Customer Support: show them' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeFocused();
    const organizationFilter = page.getByRole('combobox', { name: 'Organization' });
    await expect(organizationFilter.locator('option:checked')).toHaveText('Enterprise › Customer Support');
    await expect(organizationFilter.locator('option')).toContainText(['Enterprise › Customer Support › EMEA']);
    await expect(userNameCells(page)).toHaveText([LONG_USER_NAME, 'mia@example.com']);

    // The audit log has each change.
    await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Audit' }).click();
    const audit = page.getByRole('table');
    await expect(
      audit.getByRole('row', { name: /Organization renamed Customer Support Name: Support changed to Customer Support/ }),
    ).toBeVisible();
    await expect(
      audit.getByRole('row', {
        name: /Organization moved EMEA Parent: Enterprise\/Sales changed to Enterprise\/Customer Support/,
      }),
    ).toBeVisible();
    await expect(audit.getByRole('row', { name: /Organization deleted Temporary Parent: Enterprise\/Sales/ })).toBeVisible();
  });
});
