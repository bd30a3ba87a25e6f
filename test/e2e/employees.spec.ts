// The Employees view over a seeded directory (employees-fixture.ts): the table, search and filters,
// the awaiting-placement count, an employee's dialog with the identity provider's fields locked, a
// saved edit and a stale one, moving a selection, placements from a CSV file, adding a local
// employee, the keyboard paths and axe-core.
import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './console-fixture';
import { seed } from './directory-seed';
import {
  expectNoViolations,
  expectRefusalUnder,
  LONG_USER_NAME,
  openEmployees,
  seedCompany,
  tabTo,
  userNameCells,
} from './employees-fixture';

test.describe('Employees view', () => {
  // Long keyboard walks on a shared 2-core machine: room beyond the default minute.
  test.describe.configure({ timeout: 120_000 });
  test.afterEach(async ({ idsvc }, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('idsvc console output', { body: idsvc.output() });
  });

  test('lists employees with the nav count; search and every filter narrow the table', async ({ page, idsvc }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('button', { name: 'Employees, 3 awaiting placement' })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle('Employees – Identity Service Console');

    const table = page.getByRole('table', { name: 'Employees, by username, A to Z' });
    const headers = table.getByRole('columnheader');
    // By accessible name: Name's header also holds the email sort, shown (and named) only in a narrow window.
    await expect(headers).toHaveCount(7);
    for (const [index, name] of ['Username', 'Name', 'Email Address', 'Organization', 'Status', 'Source'].entries()) {
      await expect(headers.nth(index + 1)).toHaveAccessibleName(name);
    }
    await expect(userNameCells(page)).toHaveText([
      'ann@example.com',
      'bob@example.com',
      'carol@example.com',
      'dave@example.com',
      'lee.local@example.com',
      LONG_USER_NAME,
      'mia@example.com',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Showing 1–7 of 7' })).toBeVisible();
    const ann = table.getByRole('row').filter({ hasText: 'ann@example.com' });
    await expect(ann.getByRole('cell')).toHaveText(
      ['', 'ann@example.com', 'Ann Example', 'ann@example.com', 'Enterprise/New Hires', 'Active', 'SCIM'],
      { useInnerText: true },
    );
    const lee = table.getByRole('row').filter({ hasText: 'lee.local@example.com' });
    await expect(lee.getByRole('cell').nth(6)).toHaveText('Local');
    await expect(page.getByRole('button', { name: 'Clear filters' }), 'nothing to clear yet').toHaveCount(0);
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
    await organization.selectOption({ label: 'Enterprise › Sales' });
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
    await expect(page.getByRole('status').filter({ hasText: 'Showing 1–3 of 3' })).toBeVisible();
    await screenshot(page, '30-employees-awaiting-placement');

    // Clear filters: every filter and the search at once, then focus is back in the search box.
    await status.selectOption('Active');
    await search.fill('c');
    await expect(userNameCells(page)).toHaveText(['carol@example.com']);
    await screenshot(page, '46-employees-filtered');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(userNameCells(page)).toHaveCount(7);
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(status).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: 'Awaiting placement' })).not.toBeChecked();
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);

    // "/" from anywhere on the page takes the keyboard to the search box, selecting what it holds;
    // typed in a field it is only a character.
    await expect(search).toHaveAttribute('aria-keyshortcuts', '/');
    await search.fill('bob');
    await page.getByRole('checkbox', { name: 'Select bob@example.com' }).focus();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.type('ann');
    await expect(search).toHaveValue('ann');
    await page.keyboard.type('/x');
    await expect(search).toHaveValue('ann/x');
  });

  test('sorts by name and by email from the column headers, both ways, from the keyboard; filters keep the order', async ({
    page,
    idsvc,
  }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const table = page.getByRole('table', { name: /^Employees, by / });
    const header = (name: string) => table.getByRole('columnheader', { name, exact: true });
    const sortButton = (name: string) => table.getByRole('button', { name, exact: true });
    const count = page.getByRole('status').filter({ hasText: /^Showing/ });
    // The directory's own order says nothing more; Username is sortable like the others.
    await expect(count).toHaveText('Showing 1–7 of 7');
    await expect(header('Username')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('Name')).not.toHaveAttribute('aria-sort');
    await expect(sortButton('Name')).toHaveAttribute('title', 'Sort by last name, then first name');

    // From the keyboard: Tab to the Name header, Enter sorts by last name A to Z, Enter again Z to A.
    await page.getByRole('searchbox', { name: 'Search employees' }).focus();
    await tabTo(page, sortButton('Name'));
    await page.keyboard.press('Enter');
    const byLastName = [
      'bob@example.com', // Builder
      'carol@example.com', // Castellanos-Worthington
      'dave@example.com', // Dormant
      'mia@example.com', // Europa
      'ann@example.com', // Example
      'lee.local@example.com', // Local
      LONG_USER_NAME, // Vandenberghe-Oosterhuis
    ];
    await expect(userNameCells(page)).toHaveText(byLastName);
    await expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('Username')).not.toHaveAttribute('aria-sort');
    await expect(count).toHaveText('Showing 1–7 of 7, by last name, then first name, A to Z');
    await expect(page.getByRole('table', { name: 'Employees, by last name, then first name, A to Z' })).toBeVisible();
    await expect(sortButton('Name')).toBeFocused();
    await screenshot(page, '63-employees-sorted-by-name');
    await expectNoViolations(page);
    await page.keyboard.press('Enter');
    await expect(userNameCells(page)).toHaveText([...byLastName].reverse());
    await expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    await expect(count).toHaveText('Showing 1–7 of 7, by last name, then first name, Z to A');

    // Another column starts A to Z; a filter keeps the order.
    await sortButton('Email Address').click();
    await expect(userNameCells(page)).toHaveText([
      'ann@example.com',
      'bob@example.com',
      'carol@example.com',
      'dave@example.com',
      'lee.local@example.com', // lee@example.com
      LONG_USER_NAME, // maximiliana.alexandrina...
      'mia@example.com',
    ]);
    await expect(header('Email Address')).toHaveAttribute('aria-sort', 'ascending');
    await sortButton('Name').click();
    await page.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Enterprise › Sales' });
    await expect(userNameCells(page)).toHaveText(['bob@example.com', 'mia@example.com', 'lee.local@example.com']);
    await expect(count).toHaveText('Showing 1–3 of 3, by last name, then first name, A to Z');
    // Back to the directory's order: Username, A to Z.
    await sortButton('Username').click();
    await expect(userNameCells(page)).toHaveText(['bob@example.com', 'lee.local@example.com', 'mia@example.com']);
    await expect(count).toHaveText('Showing 1–3 of 3');

    // In a narrow window the Email Address column folds into Name, and Name's header sorts by email too.
    await expect(sortButton('Email')).toBeHidden();
    await page.setViewportSize({ width: 900, height: 700 });
    await expect(header('Email Address')).toBeHidden();
    await sortButton('Email').click();
    await expect(userNameCells(page)).toHaveText(['bob@example.com', 'lee.local@example.com', 'mia@example.com']);
    await expect(count).toHaveText('Showing 1–3 of 3, by email address, A to Z');
    await sortButton('Email').click();
    await expect(userNameCells(page)).toHaveText(['mia@example.com', 'lee.local@example.com', 'bob@example.com']);
    await screenshot(page, '66-employees-sorted-by-email-900');
    await expectNoViolations(page);
  });

  test('an employee: SCIM-owned fields are read-only and locked; a WFO field is saved from the keyboard and kept', async ({
    page,
    idsvc,
  }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);

    // Keyboard only: from the search box to the row's username, Enter opens the employee.
    await page.getByRole('searchbox', { name: 'Search employees' }).focus();
    await page.keyboard.type('ann');
    await expect(userNameCells(page)).toHaveText(['ann@example.com']);
    const open = page.getByRole('button', { name: 'ann@example.com' });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ann Example' });
    await expect(dialog).toBeVisible();

    // Owned now (provisioning on, Status and Email selected): Username, First Name, Last Name, Status, Email.
    for (const label of ['Username', 'First Name', 'Last Name', 'Status', 'Email Address']) {
      const field = dialog.getByLabel(label, { exact: true });
      await expect(field, label).toHaveAttribute('readonly', '');
      await expect(field, label).toHaveAccessibleDescription('Managed by your identity provider');
    }
    await expect(dialog.getByLabel('Status', { exact: true })).toHaveValue('Active');
    await expect(dialog.getByLabel('Username', { exact: true })).toHaveValue('ann@example.com');
    await expect(dialog.locator('.owned-note svg')).toHaveCount(5);
    // Typing into a locked field changes nothing.
    await dialog.getByLabel('First Name', { exact: true }).focus();
    await page.keyboard.type('X');
    await expect(dialog.getByLabel('First Name', { exact: true })).toHaveValue('Ann');
    // WFO's own fields are editable and say nothing about the identity provider.
    for (const label of [
      'Employee Number',
      'Work Phone',
      'Cell Phone',
      'Address Line 1',
      'City',
      'State',
      'Zip Code',
      'Country',
    ]) {
      const field = dialog.getByLabel(label, { exact: true });
      await expect(field, label).not.toHaveAttribute('readonly');
      await expect(field, label).toHaveAccessibleDescription('');
    }
    await expect(dialog.getByRole('button', { name: 'Save employee' })).toBeDisabled();
    await expectNoViolations(page);
    await screenshot(page, '31-employee-locked-fields');

    await tabTo(page, dialog.getByLabel('City', { exact: true }));
    await page.keyboard.type('Lisbon');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Employee ann@example.com saved.' })).toBeVisible();
    await expect(open).toBeFocused();

    await page.reload();
    await page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('button', { name: /^Employees/ })
      .click();
    await page.getByRole('button', { name: 'ann@example.com' }).click();
    await expect(page.getByRole('dialog', { name: 'Ann Example' }).getByLabel('City', { exact: true })).toHaveValue('Lisbon');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'ann@example.com' })).toBeFocused();

    // A local employee owns nothing to SCIM: every field is editable; a bad email is refused under it.
    await page.getByRole('row').filter({ hasText: 'Lee Local' }).getByRole('cell').nth(2).click();
    const leeDialog = page.getByRole('dialog', { name: 'Lee Local' });
    await expect(leeDialog.getByLabel('Username', { exact: true })).not.toHaveAttribute('readonly');
    await expect(leeDialog.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
    await leeDialog.getByLabel('Email Address', { exact: true }).fill('not-an-email');
    await leeDialog.getByRole('button', { name: 'Save employee' }).click();
    const email = leeDialog.getByLabel('Email Address', { exact: true });
    await expectRefusalUnder(email, 'email must look like name@example.com.');
    await expect(email).toBeFocused();
    await expect(leeDialog.getByRole('alert')).toHaveCount(1); // under the field, not again at the foot
    await email.fill('lee.new@example.com');
    await leeDialog.getByRole('combobox', { name: 'Status' }).selectOption('Inactive');
    await leeDialog.getByRole('button', { name: 'Save employee' }).click();
    await expect(leeDialog).toBeHidden();
    const leeRow = page.getByRole('row').filter({ hasText: 'lee.local@example.com' });
    await expect(leeRow).toContainText('lee.new@example.com');
    await expect(leeRow).toContainText('Inactive');
  });

  test("an employee's change history: WFO's changes newest first, older ones on request, a save shows at once", async ({
    page,
    idsvc,
  }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    await seed(idsvc.dataDir, (s) => {
      for (let n = 1; n <= 22; n += 1) s.editLocally(ids.mia, { city: `City ${n}` });
    });
    await openEmployees(page, idsvc.url);

    // A provisioned employee nobody changed in WFO: nothing yet, and where the identity provider's requests are.
    await page.getByRole('button', { name: 'ann@example.com' }).click();
    const annDialog = page.getByRole('dialog', { name: 'Ann Example' });
    await annDialog.getByText('Change history').click();
    await expect(annDialog.getByText('No changes made in WFO yet.')).toBeVisible();
    await expect(annDialog.getByRole('button', { name: "Show the identity provider's requests in Activity" })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'mia@example.com' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mia Europa' });
    const summary = dialog.getByText('Change history');
    // From the keyboard: the summary is reached with Tab and opened with Enter.
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const changes = dialog.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li');
    // Added in WFO: the identity provider has no requests about her to show.
    await expect(dialog.getByRole('button', { name: /Show the identity provider/ })).toHaveCount(0);
    await expect(changes).toHaveCount(20);
    await expect(changes.first()).toContainText('Employee edited');
    await expect(changes.first()).toContainText('City: City 21 → changed to City 22');
    await expect(dialog.getByText("The identity provider's requests are in the Activity view.")).toHaveCount(0);
    await expectNoViolations(page);
    await changes.nth(3).scrollIntoViewIfNeeded();
    await screenshot(page, '48-employee-history');
    await dialog.getByRole('button', { name: 'Show older changes' }).click();
    await expect(changes).toHaveCount(23);
    await expect(changes.last()).toContainText('Employee created');
    await expect(changes.last()).toContainText('Username: (empty) → changed to mia@example.com');
    await expect(dialog.getByRole('button', { name: 'Show older changes' })).toHaveCount(0);

    // A save made here is the newest change the next time the history is opened.
    await dialog.getByLabel('Work Phone', { exact: true }).fill('+44 20 7946 0000');
    await dialog.getByRole('button', { name: 'Save employee' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'mia@example.com' }).click();
    await dialog.getByText('Change history').click();
    await expect(changes.first()).toContainText('Work Phone: (empty) → changed to +44 20 7946 0000');
    await expect(changes).toHaveCount(20);
  });

  test("from an employee's history to the identity provider's requests about exactly that userName, not longer ones", async ({
    page,
    idsvc,
  }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    const path = (userName: string) => `/scim/v2/Users?filter=userName%20eq%20%22${encodeURIComponent(userName)}%22`;
    await seed(idsvc.dataDir, (s) => {
      s.logRequest({ path: path('ann@example.com'), userName: 'ann@example.com' });
      s.logRequest({
        method: 'POST',
        path: '/scim/v2/Users',
        userName: 'ann@example.com',
        resourceId: ids.ann,
        status: 201,
        operation: 'create',
      });
      // Someone else whose userName holds Ann's: a search for the text finds both.
      s.logRequest({ method: 'POST', path: '/scim/v2/Users', userName: 'joann@example.com', status: 201, operation: 'create' });
    });
    await openEmployees(page, idsvc.url);
    await page.getByRole('button', { name: 'ann@example.com' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ann Example' });
    await dialog.getByText('Change history').click();
    await dialog.getByRole('button', { name: "Show the identity provider's requests in Activity" }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Provisioning Activity' })).toBeFocused();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('ann@example.com');
    const whole = page.getByRole('checkbox', { name: 'Whole username or group name' });
    await expect(whole).toBeChecked();
    const rows = page.getByRole('table', { name: 'SCIM requests, newest first' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'joann@example.com' })).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing 2 requests (about "ann@example.com" exactly)' }),
    ).toBeVisible();
    await expectNoViolations(page);
    await screenshot(page, '60-activity-whole-username');

    // Part of a name again: Joann's request holds the text too.
    await whole.press('Space');
    await expect(whole).not.toBeChecked();
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: 'joann@example.com' })).toHaveCount(1);
    // Clear filters clears it with the text.
    await whole.check();
    await expect(rows).toHaveCount(3);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(whole).not.toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  test('an employee the identity provider deleted: kept and marked, no longer awaiting placement, every field open', async ({
    page,
    idsvc,
  }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    await seed(idsvc.dataDir, (s) => s.scimDelete(ids.carol));
    await openEmployees(page, idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('button', { name: 'Employees, 2 awaiting placement' })).toBeVisible();

    // Still in the directory, its Source cell saying when the identity provider deleted it.
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'carol@example.com' }) });
    await expect(row.getByRole('cell').last()).toHaveText(/^SCIM\s*Deleted \w{3} \d{1,2}, 20\d\d$/);
    await expect(row.getByRole('cell').nth(5)).toHaveText('Inactive');
    const ann = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'ann@example.com' }) });
    await expect(ann.getByRole('cell').last()).toHaveText('SCIM');
    await screenshot(page, '50-employee-deleted-in-idp-list');

    await page.getByRole('checkbox', { name: 'Awaiting placement' }).check();
    await expect(userNameCells(page)).toHaveText(['ann@example.com', 'dave@example.com']);
    await page.getByRole('checkbox', { name: 'Awaiting placement' }).uncheck();

    // The Source filter finds everyone the identity provider deleted (to deactivate, to follow up).
    const source = page.getByRole('combobox', { name: 'Source' });
    await source.selectOption({ label: 'SCIM, deleted by the identity provider' });
    await expect(userNameCells(page)).toHaveText(['carol@example.com']);
    await source.selectOption({ label: 'SCIM' });
    await expect(userNameCells(page)).toHaveText(['ann@example.com', 'bob@example.com', 'carol@example.com', 'dave@example.com']);
    await source.selectOption({ label: 'All sources' });

    // The identity provider owns nothing of it any more: no lock, the Username too is WFO's to change.
    await page.getByRole('button', { name: 'carol@example.com' }).click();
    const dialog = page.getByRole('dialog', { name: 'Carol Castellanos-Worthington' });
    await expect(dialog.locator('#employee-dialog-summary')).toHaveText(
      /Provisioned by the identity provider, which deleted the user on \w{3} \d{1,2}, 20\d\d\. WFO keeps the employee and its history; every field is editable here\./,
    );
    await expect(dialog.getByText('Locked fields are managed by your identity provider')).toHaveCount(0);
    await expect(dialog.locator('.owned-note')).toHaveCount(0);
    for (const label of ['Username', 'First Name', 'Last Name', 'Email Address']) {
      await expect(dialog.getByLabel(label, { exact: true }), label).not.toHaveAttribute('readonly', '');
    }
    await screenshot(page, '51-employee-deleted-in-idp');
    await expectNoViolations(page);
    await dialog.getByLabel('City', { exact: true }).fill('Lisbon');
    await dialog.getByRole('button', { name: 'Save employee' }).click();
    await expect(dialog).toBeHidden();
    expect(await seed(idsvc.dataDir, (s) => s.employee(ids.carol))).toMatchObject({ city: 'Lisbon', scimOwnedFields: [] });
  });

  test('a stale save gets the conflict banner; Reload shows the saved employee', async ({ page, idsvc }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    await page.getByRole('button', { name: 'carol@example.com' }).click();
    const dialog = page.getByRole('dialog', { name: 'Carol Castellanos-Worthington' });
    await expect(dialog.getByLabel('City', { exact: true })).toHaveValue('');

    // Someone else saves the employee after this dialog read it.
    await seed(idsvc.dataDir, (s) => s.editLocally(ids.carol, { city: 'Porto' }));
    await dialog.getByLabel('Work Phone', { exact: true }).fill('+1 555 0100');
    await dialog.getByRole('button', { name: 'Save employee' }).click();
    const banner = dialog.getByRole('alert').filter({ hasText: 'changed by someone else' });
    await expect(banner).toBeVisible();
    await screenshot(page, '32-employee-conflict');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(banner).toBeHidden();
    await expect(dialog.getByLabel('City', { exact: true })).toHaveValue('Porto');
    await expect(dialog.getByRole('status').filter({ hasText: 'Reloaded carol@example.com as it is saved now.' })).toBeVisible();
    await expect(dialog.getByLabel('Work Phone', { exact: true })).not.toHaveValue('+1 555 0100');
    await dialog.getByLabel('Work Phone', { exact: true }).fill('+1 555 0100');
    await dialog.getByRole('button', { name: 'Save employee' }).click();
    await expect(dialog).toBeHidden();
    expect((await seed(idsvc.dataDir, (s) => s.employee(ids.carol))).workPhone).toBe('+1 555 0100');
  });

  test('moves selected employees from the keyboard; select-all-on-page moves the rest; the nav count follows', async ({
    page,
    idsvc,
  }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    const move = page.getByRole('button', { name: 'Move to organization' });
    await expect(move).toBeDisabled();

    await page.getByRole('checkbox', { name: 'Awaiting placement' }).check();
    await expect(userNameCells(page)).toHaveCount(3);
    await tabTo(page, page.getByRole('checkbox', { name: 'Select ann@example.com' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('checkbox', { name: 'Select carol@example.com' }));
    await page.keyboard.press('Space');
    await expect(page.getByText('2 employees selected')).toBeVisible();
    await tabTo(page, move, { backwards: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Move to organization' });
    await expect(dialog).toContainText('Move 2 employees (ann@example.com, carol@example.com) to another organization.');
    const target = dialog.getByRole('combobox', { name: 'Organization' });
    await expect(target).toBeFocused();
    // The tree in order: Enterprise, New Hires, Sales, EMEA, Support (siblings by name).
    await expect(target.getByRole('option')).toHaveText([
      'Choose an organization',
      'Enterprise',
      /New Hires$/,
      /Sales$/,
      /EMEA$/,
      /Support$/,
    ]);
    await tabTo(page, dialog.getByRole('button', { name: 'Move 2 employees' }));
    await page.keyboard.press('Enter');
    await expectRefusalUnder(target, 'Choose the organization to move them to.');
    await screenshot(page, '33-employees-move-dialog');
    await expectNoViolations(page);
    await expect(target).toBeFocused();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    await expect(target).toHaveValue((await target.getByRole('option', { name: /Sales$/ }).getAttribute('value')) ?? '');
    await tabTo(page, dialog.getByRole('button', { name: 'Move 2 employees' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: '2 employees moved to Enterprise/Sales.' })).toBeVisible();
    await expect(userNameCells(page)).toHaveText(['dave@example.com']);
    await expect(nav.getByRole('button', { name: 'Employees, 1 awaiting placement' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select all employees on this page' })).toBeFocused();

    // Select all on the page, then move: nobody is left awaiting placement, and the badge goes.
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Select dave@example.com' })).toBeChecked();
    await move.click();
    await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Enterprise › Support' });
    await dialog.getByRole('button', { name: 'Move 1 employee' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 employee moved to Enterprise/Support.' })).toBeVisible();
    await expect(page.getByText('No employees match these filters.')).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Employees', exact: true })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Awaiting placement' }).uncheck();
    await expect(page.getByRole('row').filter({ hasText: 'ann@example.com' })).toContainText('Enterprise/Sales');
    await expect(page.getByRole('row').filter({ hasText: 'dave@example.com' })).toContainText('Enterprise/Support');
  });

  test('selects everyone matching, past the first page, and moves them all; the nav count goes', async ({ page, idsvc }) => {
    await seed(idsvc.dataDir, (s) => {
      s.organization('New Hires', 'Enterprise');
      s.organization('Sales', 'Enterprise');
      s.enableProvisioning('Enterprise/New Hires');
      s.scimEmployees(120);
    });
    await page.goto(idsvc.url);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await nav.getByRole('button', { name: 'Employees, 120 awaiting placement' }).click();
    await page.getByRole('checkbox', { name: 'Awaiting placement' }).check();
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText('Showing 1–50 of 120');
    const selectAll = page.getByRole('button', { name: 'Select all 120 matching' });
    // Offered once the whole page is selected, not before.
    await page.getByRole('checkbox', { name: 'Select e000000@scale.example' }).check();
    await expect(selectAll).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Select all employees on this page' }).check();
    await expect(page.getByText('50 employees selected')).toBeVisible();
    await tabTo(page, selectAll, { backwards: true });
    await page.keyboard.press('Enter');
    await expect(page.getByText('120 employees selected')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Selected all 120 employees matching.' })).toBeVisible();
    await expect(selectAll).toHaveCount(0);
    await screenshot(page, '64-employees-select-all-matching');
    await expectNoViolations(page);
    // The last page's rows are selected too.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('checkbox', { name: 'Select e000119@scale.example' })).toBeChecked();

    await page.getByRole('button', { name: 'Move to organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move to organization' });
    await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Enterprise › Sales' });
    await dialog.getByRole('button', { name: 'Move 120 employees' }).click();
    await expect(page.getByRole('status').filter({ hasText: '120 employees moved to Enterprise/Sales.' })).toBeVisible();
    await expect(page.getByText('No employees match these filters.')).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Employees', exact: true })).toBeVisible();
  });

  test("sets the selection's status from the keyboard; refused whole where the identity provider owns Status", async ({
    page,
    idsvc,
  }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const setStatus = page.getByRole('button', { name: 'Set status' });
    await expect(setStatus).toBeDisabled();
    const statusOf = (userName: string) =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: userName, exact: true }) })
        .getByRole('cell')
        .nth(5);

    await tabTo(page, page.getByRole('checkbox', { name: 'Select lee.local@example.com' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('checkbox', { name: 'Select mia@example.com' }));
    await page.keyboard.press('Space');
    await tabTo(page, setStatus, { backwards: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Set status' });
    await expect(dialog).toContainText('Set the status of 2 employees (lee.local@example.com, mia@example.com).');
    await expect(dialog.getByRole('radio', { name: 'Inactive' })).toBeFocused();
    await expect(dialog.getByRole('radio', { name: 'Inactive' })).toBeChecked();
    await screenshot(page, '57-employees-set-status');
    await expectNoViolations(page);
    await tabTo(page, dialog.getByRole('button', { name: 'Set 2 employees inactive' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: '2 employees made inactive.' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select all employees on this page' })).toBeFocused();
    await expect(statusOf('lee.local@example.com')).toHaveText('Inactive');
    await expect(statusOf('mia@example.com')).toHaveText('Inactive');

    // Ann is provisioned with Status owned by the identity provider: the whole change is refused, Lee stays inactive.
    await page.getByRole('checkbox', { name: 'Select ann@example.com' }).check();
    await page.getByRole('checkbox', { name: 'Select lee.local@example.com' }).check();
    await setStatus.click();
    await dialog.getByRole('radio', { name: 'Active', exact: true }).check();
    await dialog.getByRole('button', { name: 'Set 2 employees active' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Status is managed by your identity provider for 1 selected employee (ann@example.com): change it there. Nothing was changed.',
    );
    await screenshot(page, '58-employees-set-status-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(setStatus).toBeFocused();
    await expect(statusOf('lee.local@example.com')).toHaveText('Inactive');
    await expect(statusOf('ann@example.com')).toHaveText('Active');
  });

  test("sets a shared field (an office's city) for the selection; refused whole where the identity provider owns it", async ({
    page,
    idsvc,
  }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    await seed(idsvc.dataDir, (s) => s.setSyncedFields(['status', 'email', 'country']));
    await openEmployees(page, idsvc.url);
    const setField = page.getByRole('button', { name: 'Set field' });
    await expect(setField).toBeDisabled();

    // Ann is provisioned, but City is not synchronized: WFO owns it for her as for Lee and Mia.
    for (const userName of ['ann@example.com', 'lee.local@example.com', 'mia@example.com'])
      await page.getByRole('checkbox', { name: `Select ${userName}` }).check();
    await setField.click();
    const dialog = page.getByRole('dialog', { name: 'Set field' });
    await expect(dialog).toContainText(
      'Give 3 employees (ann@example.com, lee.local@example.com, mia@example.com) the same value',
    );
    const field = dialog.getByRole('combobox', { name: 'Field' });
    await expect(field).toBeFocused();
    await expect(field.locator('option')).toHaveText(['Address Line 1', 'City', 'State', 'Zip Code', 'Country']);
    await field.selectOption({ label: 'City' });
    await page.keyboard.press('Tab');
    const value = dialog.getByRole('textbox', { name: 'Value' });
    await expect(value).toBeFocused();
    await expect(value).toHaveAccessibleDescription('Leave it empty to clear City for them.');
    await expect(dialog.getByRole('button', { name: 'Clear City for 3 employees' })).toBeVisible();
    await page.keyboard.type('Lyon');
    await screenshot(page, '61-employees-set-field');
    await expectNoViolations(page);
    await tabTo(page, dialog.getByRole('button', { name: 'Set City for 3 employees' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'City set to “Lyon” for 3 employees.' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select all employees on this page' })).toBeFocused();
    expect(await seed(idsvc.dataDir, (s) => [ids.ann, ids.lee, ids.mia, ids.bob].map((id) => s.employee(id).city))).toEqual([
      'Lyon',
      'Lyon',
      'Lyon',
      null,
    ]);

    // Country is synchronized: Ann's is the identity provider's, so the whole change is refused.
    await page.getByRole('checkbox', { name: 'Select ann@example.com' }).check();
    await page.getByRole('checkbox', { name: 'Select lee.local@example.com' }).check();
    await setField.click();
    await dialog.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Country' });
    await dialog.getByRole('textbox', { name: 'Value' }).fill('France');
    await dialog.getByRole('button', { name: 'Set Country for 2 employees' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Country is managed by your identity provider for 1 selected employee (ann@example.com): change it there. Nothing was changed.',
    );
    await expect(dialog.getByRole('textbox', { name: 'Value' })).not.toHaveAttribute('aria-invalid');
    await screenshot(page, '62-employees-set-field-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(setField).toBeFocused();
    expect(await seed(idsvc.dataDir, (s) => [ids.ann, ids.lee].map((id) => s.employee(id).country))).toEqual([null, null]);
  });

  test('placements from a CSV file: the preview shows moves and problems; Cancel writes nothing; Apply moves', async ({
    page,
    idsvc,
  }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const csv = [
      'userName,organization',
      'ann@example.com,Enterprise/Sales/EMEA',
      'carol@example.com,Support',
      'nobody@example.com,Enterprise/Sales',
      'dave@example.com,Enterprise/Marketing',
      'ANN@example.com,Enterprise/Support',
      'bob@example.com,Enterprise/Sales',
      'just-one-column',
    ].join('\n');
    const file = { name: 'placements.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };

    const importButton = page.getByRole('button', { name: 'Import placements (CSV)' });
    await importButton.click();
    const dialog = page.getByRole('dialog', { name: 'Import placements' });
    const picker = dialog.getByLabel('Placements file (CSV)');
    await expect(picker).toHaveAttribute('accept', '.csv,text/csv');
    await picker.setInputFiles(file);
    await expect(dialog.getByRole('status')).toHaveText('placements.csv: 2 moves, 1 unchanged, 4 problems (skipped).');
    const moves = dialog.getByRole('table', { name: 'Employees that will move' });
    await expect(moves.getByRole('row')).toHaveCount(3);
    await expect(moves.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      '2',
      'ann@example.com',
      'Enterprise/New Hires',
      'Enterprise/Sales/EMEA',
    ]);
    await expect(moves.getByRole('row').nth(2).getByRole('cell')).toHaveText([
      '3',
      'carol@example.com',
      'Enterprise/New Hires',
      'Enterprise/Support',
    ]);
    const problems = dialog.getByRole('table', { name: 'Rows that will be skipped, with the reason' });
    await expect(problems.getByRole('row')).toHaveCount(5);
    await expect(problems.getByRole('row').nth(1)).toContainText('4Unknown username');
    await expect(problems.getByRole('row').nth(1)).toContainText('nobody@example.com');
    await expect(problems.getByRole('row').nth(2)).toContainText('5Unknown organization');
    await expect(problems.getByRole('row').nth(2)).toContainText('Enterprise/Marketing');
    await expect(problems.getByRole('row').nth(3)).toContainText('6Listed twice');
    await expect(problems.getByRole('row').nth(4)).toContainText('8Not a placement row');
    await expectNoViolations(page);
    await screenshot(page, '34-employees-csv-preview');

    // Cancel: nothing was written.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(importButton).toBeFocused();
    const before = await seed(idsvc.dataDir, (s) => [
      s.employee(ids.ann).organizationPath,
      s.employee(ids.carol).organizationPath,
    ]);
    expect(before).toEqual([
      ['Enterprise', 'New Hires'],
      ['Enterprise', 'New Hires'],
    ]);

    // Again, and apply: both moves at once.
    await importButton.click();
    await dialog.getByLabel('Placements file (CSV)').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Apply 2 moves' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Placements applied: 2 employees moved.' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'ann@example.com' })).toContainText('Enterprise/Sales/EMEA');
    await expect(page.getByRole('row').filter({ hasText: 'carol@example.com' })).toContainText('Enterprise/Support');
    await expect(
      page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Employees, 1 awaiting placement' }),
    ).toBeVisible();
  });

  test('exports what the filters select as CSV and JSON; the CSV, edited, imports as placements and field edits', async ({
    page,
    idsvc,
  }) => {
    const { ids } = await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    await page.getByRole('checkbox', { name: 'Awaiting placement' }).check();
    await expect(userNameCells(page)).toHaveText(['ann@example.com', 'carol@example.com', 'dave@example.com']);

    // From the keyboard: the download holds the filtered employees, every catalog field under its key.
    const exportCsv = page.getByRole('button', { name: 'Export CSV' });
    await tabTo(page, exportCsv, { backwards: true });
    const csvDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await csvDownload;
    expect(download.suggestedFilename()).toMatch(/^employees-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^\uFEFFuserName,firstName,lastName,status,employeeNumber,email,.*,organization,organizationId,source,/,
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'ann@example.com',
      'carol@example.com',
      'dave@example.com',
    ]);
    expect(lines[1]).toMatch(
      /^ann@example\.com,Ann,Example,active,.*,Enterprise\/New Hires,[^,]+,scim,,userName firstName lastName/,
    );
    await expect(page.getByRole('status').filter({ hasText: 'The employees CSV was downloaded.' })).toBeVisible();

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8')) as Array<Record<string, unknown>>;
    expect(json.map((employee) => employee.userName)).toEqual(['ann@example.com', 'carol@example.com', 'dave@example.com']);
    expect(json[0]).toMatchObject({ firstName: 'Ann', organizationPath: ['Enterprise', 'New Hires'], source: 'scim' });
    await expect(page.getByRole('status').filter({ hasText: 'The employees JSON was downloaded.' })).toBeVisible();
    await screenshot(page, '47-employees-exported');

    // The sheet as an administrator edits it: Ann's and Carol's organizations changed, Dave's left but
    // his city typed in (WFO's field), and Ann's first name retyped (the identity provider's: left).
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const edited = csv
      .split('\r\n')
      .map((line) => {
        const cells = line.split(',');
        const set = (key: string, value: string) => {
          cells[header.indexOf(key)] = value;
        };
        if (cells[0] === 'ann@example.com') {
          set('organization', 'Enterprise/Sales/EMEA');
          set('firstName', 'Annie');
        }
        if (cells[0] === 'carol@example.com') set('organization', 'Enterprise/Support');
        if (cells[0] === 'dave@example.com') set('city', 'Lyon');
        return cells.join(',');
      })
      .join('\r\n');
    await page.getByRole('button', { name: 'Import placements (CSV)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import placements' });
    await dialog
      .getByLabel('Placements file (CSV)')
      .setInputFiles({ name: 'employees-edited.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await expect(dialog.getByRole('status')).toHaveText(
      'employees-edited.csv: 2 moves, 1 edit, 0 unchanged, 1 value managed by your identity provider (left as it is).',
    );
    const fieldChanges = dialog.getByRole('table', { name: 'Fields that will change' });
    await expect(fieldChanges.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      '4',
      'dave@example.com',
      'City',
      '(none)',
      'Lyon',
    ]);
    const left = dialog.getByRole('table', { name: 'Values left as they are' });
    await expect(left.getByRole('row')).toHaveCount(2);
    await expect(left.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      '2',
      'ann@example.com',
      'First Name',
      'Ann',
      'Annie',
    ]);
    await expect(dialog.getByRole('region', { name: 'Values left as they are' })).toHaveAccessibleDescription(
      "Managed by your identity provider: the file's value is not applied; the rest of the line is.",
    );
    await expectNoViolations(page);
    await screenshot(page, '59-employees-csv-edits-preview');
    await dialog.getByRole('button', { name: 'Apply 2 moves and 1 edit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Placements applied: 2 employees moved, 1 employee edited.' }),
    ).toBeVisible();
    await expect(userNameCells(page)).toHaveText(['dave@example.com']);
    const after = await seed(idsvc.dataDir, (s) => [s.employee(ids.dave).city, s.employee(ids.ann).firstName]);
    expect(after).toEqual(['Lyon', 'Ann']);
  });

  test('reads a semicolon-separated file saved by Excel in the Windows code page', async ({ page, idsvc }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    // Windows-1252 bytes, not UTF-8: ü is 0xFC and the euro sign 0x80, which Chromium decodes as Excel meant.
    const ansi = (text: string) => Buffer.from(text, 'latin1');
    const bytes = Buffer.concat([
      ansi('userName;organization\r\nann@example.com;Enterprise/Sales/EMEA\r\ncarol@example.com;Enterprise/M\u00fcnchen '),
      Buffer.from([0x80]),
      ansi('\r\n'),
    ]);
    await page.getByRole('button', { name: 'Import placements (CSV)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import placements' });
    await dialog.getByLabel('Placements file (CSV)').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
    await expect(dialog.getByRole('status')).toHaveText('excel.csv: 1 move, 0 unchanged, 1 problem (skipped).');
    const moves = dialog.getByRole('table', { name: 'Employees that will move' });
    await expect(moves.getByRole('row').nth(1)).toContainText('ann@example.com');
    const problems = dialog.getByRole('table', { name: 'Rows that will be skipped, with the reason' });
    await expect(problems.getByRole('row').nth(1)).toContainText('there is no organization Enterprise/München €.');
  });

  test('adds a local employee: a taken username is refused under the field, then the employee is added', async ({
    page,
    idsvc,
  }) => {
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const add = page.getByRole('button', { name: 'Add employee' });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add employee' });
    const userName = dialog.getByRole('textbox', { name: 'Username' });
    await expect(userName).toBeFocused();

    await dialog.getByRole('button', { name: 'Add employee' }).click();
    await expect(userName).toHaveAccessibleDescription('Username is required.');
    await userName.fill('BOB@example.com');
    await dialog.getByRole('textbox', { name: 'First Name' }).fill('Robert');
    await dialog.getByRole('textbox', { name: 'Last Name' }).fill('Second');
    await dialog.getByRole('textbox', { name: 'Email Address' }).fill('robert@example.com');
    await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Enterprise › Support' });
    await dialog.getByRole('button', { name: 'Add employee' }).click();
    await expectRefusalUnder(userName, "The userName 'BOB@example.com' is already in use.");
    await expect(userName).toBeFocused();
    await expect(dialog.getByRole('alert')).toHaveCount(1);
    await expectNoViolations(page);
    await screenshot(page, '35-employees-add-refused');

    await userName.fill('robert@example.com');
    await expect(userName).not.toHaveAttribute('aria-invalid');
    await dialog.getByRole('button', { name: 'Add employee' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Employee robert@example.com added to Enterprise/Support.' }),
    ).toBeVisible();
    await expect(add).toBeFocused();
    const row = page.getByRole('row').filter({ hasText: 'robert@example.com' });
    await expect(row.getByRole('cell')).toHaveText(
      ['', 'robert@example.com', 'Robert Second', 'robert@example.com', 'Enterprise/Support', 'Active', 'Local'],
      { useInnerText: true },
    );
  });
});
