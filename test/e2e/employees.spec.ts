// The Employees view over a seeded directory (employees-fixture.ts): the table, search and filters,
// the awaiting-placement count, an employee's dialog with the identity provider's fields locked, a
// saved edit and a stale one, moving a selection, placements from a CSV file, adding a local
// employee, the keyboard paths and axe-core.
import { expect, screenshot, test } from './console-fixture';
import { seed } from './directory-seed';
import { expectNoViolations, LONG_USER_NAME, openEmployees, seedCompany, tabTo, userNameCells } from './employees-fixture';

test.describe('Employees view', () => {
  test('lists employees with the nav count; search and every filter narrow the table', async ({ page, idsvc }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('button', { name: 'Employees, 3 awaiting placement' })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle('Employees – Identity Service Console');

    const table = page.getByRole('table', { name: 'Employees, by username' });
    const headers = table.getByRole('columnheader');
    await expect(headers).toHaveText(['', 'Username', 'Name', 'Email Address', 'Organization', 'Status', 'Source']);
    await expect(userNameCells(page)).toHaveText([
      'ann@example.com',
      'bob@example.com',
      'carol@example.com',
      'dave@example.com',
      'lee.local@example.com',
      LONG_USER_NAME,
      'mia@example.com',
    ]);
    await expect(page.getByRole('status').filter({ hasText: '1–7 of 7 employees' })).toBeVisible();
    const ann = table.getByRole('row').filter({ hasText: 'ann@example.com' });
    await expect(ann.getByRole('cell')).toHaveText(['', 'ann@example.com', 'Ann Example', 'ann@example.com', 'Enterprise/New Hires', 'Active', 'SCIM']);
    const lee = table.getByRole('row').filter({ hasText: 'lee.local@example.com' });
    await expect(lee.getByRole('cell').nth(6)).toHaveText('Local');
    await expectNoViolations(page);

    // Search: the start of a userName, first or last name, or email, ignoring case.
    const search = page.getByRole('searchbox', { name: 'Search employees' });
    await search.fill('CAS');
    await expect(userNameCells(page)).toHaveText(['carol@example.com']);
    await search.fill('mi');
    await expect(userNameCells(page)).toHaveText(['mia@example.com']);
    await search.fill('nobody');
    await expect(page.getByText('No employees match these filters.')).toBeVisible();
    await search.fill('');
    await expect(userNameCells(page)).toHaveCount(7);

    // Organization: the organization and everything below it.
    const organization = page.getByRole('combobox', { name: 'Organization' });
    await organization.selectOption({ label: '\u00a0\u00a0\u00a0\u00a0Sales' });
    await expect(userNameCells(page)).toHaveText(['bob@example.com', 'lee.local@example.com', 'mia@example.com']);
    await organization.selectOption({ label: 'All organizations' });

    const source = page.getByRole('combobox', { name: 'Source' });
    await source.selectOption('Local');
    await expect(userNameCells(page)).toHaveText(['lee.local@example.com', LONG_USER_NAME, 'mia@example.com']);
    await source.selectOption('SCIM');
    await expect(userNameCells(page)).toHaveCount(4);
    await source.selectOption('All sources');

    const status = page.getByRole('combobox', { name: 'Status' });
    await status.selectOption('Inactive');
    await expect(userNameCells(page)).toHaveText(['dave@example.com']);
    await expect(table.getByRole('row').filter({ hasText: 'dave@example.com' })).toContainText('Inactive');
    await status.selectOption('All statuses');

    // Awaiting placement: SCIM employees still in the Organization for New Users (not Bob, placed).
    await page.getByRole('checkbox', { name: 'Awaiting placement' }).check();
    await expect(userNameCells(page)).toHaveText(['ann@example.com', 'carol@example.com', 'dave@example.com']);
    await expect(page.getByRole('status').filter({ hasText: '1–3 of 3 employees' })).toBeVisible();
    await screenshot(page, '30-employees-awaiting-placement');
  });
});
