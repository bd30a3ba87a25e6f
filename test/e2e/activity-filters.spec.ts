// The Activity view over a seeded log: each filter, keyboard only; the export downloaded and read
// back (CSV with formula cells defused, JSON); a revoked token named with its reason; group rows
// with their names and member changes; searches with their filter; the table at 900 px without
// sideways scrolling; axe clean; screenshots at 1280x800 and 900x700.
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { expectNoViolations, tabTo } from './employees-fixture';

const DAY_MS = 86_400_000;

/** Log rows as the gateway writes them, a few minutes apart, the newest a minute ago. */
function seedLog(dataDir: string): void {
  const db = new BetterSqlite3(join(dataDir, 'identity-service.sqlite'));
  const insert = db.prepare(
    `INSERT INTO provisioning_log (at, actor, token_id, method, path, resource_type, resource_id, user_name, external_id,
       status, scim_type, detail, changes, remote_address, duration_ms, operation)
     VALUES (@at, @actor, @tokenId, @method, @path, @resourceType, @resourceId, @userName, @externalId, @status, @scimType,
       @detail, @changes, '203.0.113.7', 3.2, @operation)`,
  );
  const rows = [
    {
      daysAgo: 3,
      method: 'POST',
      path: '/scim/v2/Users',
      resourceType: 'User',
      userName: 'ann@example.com',
      status: 201,
      operation: 'create',
      changes: { userName: { old: null, new: 'ann@example.com' } },
    },
    {
      daysAgo: 2,
      method: 'POST',
      path: '/scim/v2/Users',
      resourceType: 'User',
      userName: '=HYPERLINK("http://evil.example")',
      status: 201,
      operation: 'create',
    },
    {
      daysAgo: 0,
      method: 'GET',
      path: '/scim/v2/Users?filter=userName%20eq%20%22ann%40example.com%22',
      resourceType: 'User',
      status: 200,
      operation: 'read',
    },
    {
      daysAgo: 0,
      method: 'POST',
      path: '/scim/v2/Groups',
      resourceType: 'Group',
      resourceId: 'g1',
      userName: 'Night shift',
      status: 201,
      operation: 'create',
      changes: {
        displayName: { old: null, new: 'Night shift' },
        membersAdded: { old: null, new: ['ann@example.com', 'bob@example.com'] },
      },
    },
    {
      daysAgo: 0,
      method: 'PATCH',
      path: '/scim/v2/Groups/g1',
      resourceType: 'Group',
      resourceId: 'g1',
      userName: 'Night shift',
      status: 200,
      operation: 'update',
      changes: { membersRemoved: { old: ['bob@example.com'], new: null } },
    },
    {
      daysAgo: 0,
      method: 'PATCH',
      path: '/scim/v2/Users/u1',
      resourceType: 'User',
      resourceId: 'u1',
      userName: 'ann@example.com',
      externalId: 'okta-00u1',
      status: 200,
      operation: 'deactivate',
      changes: { status: { old: true, new: false } },
    },
    {
      daysAgo: 0,
      method: 'DELETE',
      path: '/scim/v2/Groups/g1',
      resourceType: 'Group',
      resourceId: 'g1',
      userName: 'Night shift',
      status: 204,
      operation: 'delete',
    },
    {
      daysAgo: 0,
      method: 'GET',
      path: '/scim/v2/Users',
      resourceType: 'User',
      status: 401,
      operation: 'refused',
      actor: 'Okta (revoked in March)',
      detail: 'The bearer token was revoked in the Identity Service Console.',
      actorless: false,
    },
    {
      daysAgo: 0,
      method: 'GET',
      path: '/scim/v2/Users',
      resourceType: 'User',
      status: 401,
      operation: 'refused',
      actor: null,
      detail: 'The bearer token signature is not valid.',
    },
    {
      daysAgo: 0,
      method: 'GET',
      path: '/api/v1/employees?search=ann',
      resourceType: 'Employee',
      status: 200,
      operation: 'read',
      actor: 'HR sync (API)',
    },
  ];
  const now = Date.now();
  rows.forEach((row, index) => {
    insert.run({
      at: new Date(now - row.daysAgo * DAY_MS - (rows.length - index) * 60_000).toISOString(),
      actor: 'actor' in row ? row.actor : 'Okta',
      tokenId: 'actor' in row && row.actor === null ? null : 't1',
      method: row.method,
      path: row.path,
      resourceType: row.resourceType,
      resourceId: row.resourceId ?? null,
      userName: row.userName ?? null,
      externalId: row.externalId ?? null,
      status: row.status,
      scimType: null,
      detail: row.detail ?? null,
      changes: row.changes ? JSON.stringify(row.changes) : null,
      operation: row.operation,
    });
  });
  db.close();
}

const localDay = (daysAgo: number) => {
  const day = new Date(Date.now() - daysAgo * DAY_MS);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

async function openActivity(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Provisioning Activity' })).toBeFocused();
}

const rowsOf = (page: Page) => page.getByRole('table', { name: 'SCIM requests, newest first' }).locator('tbody tr');

test.describe('Activity: find and export', () => {
  test('filters by keyboard, names tokens, groups and searches, exports what is shown', async ({ page, idsvc }) => {
    seedLog(idsvc.dataDir);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openActivity(page, idsvc.url);
    const rows = rowsOf(page);
    await expect(rows).toHaveCount(10);

    // What the rows say: the revoked token by its label and reason, a forged one unidentified, the
    // group by name with its member changes, a search with its filter.
    const revoked = rows.filter({ hasText: 'Okta (revoked in March)' });
    await expect(revoked).toContainText('401 Unauthorized');
    await expect(revoked).toContainText('The bearer token was revoked in the Identity Service Console.');
    await expect(revoked).toContainText('Refused: GET user');
    await expect(rows.filter({ hasText: 'signature is not valid' })).toContainText('Not identified');
    const created = rows.filter({ hasText: 'Create group Night shift' });
    await created.getByText('Group name, Members added').click();
    await expect(created.getByRole('listitem').filter({ hasText: 'Members added' })).toHaveText(
      'Members added: ann@example.com, bob@example.com',
    );
    await expect(rows.filter({ hasText: 'Update group Night shift' })).toContainText('Members removed: bob@example.com');
    await expect(rows.filter({ hasText: 'Search users: userName eq "ann@example.com"' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'HR sync (API)' })).toContainText('Search employees (user management API): ann');
    await screenshot(page, '25-activity-filters-1280');
    await expectNoViolations(page);

    // Keyboard only: Tab to each filter, change it, and the table follows.
    const operation = page.getByRole('combobox', { name: 'Operation' });
    await tabTo(page, operation);
    await page.keyboard.press('ArrowDown'); // Any operation -> Create
    await expect(operation).toHaveValue('create');
    await expect(rows).toHaveCount(3);
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing 3 requests (operation create), newest first.' }),
    ).toBeVisible();
    const resource = page.getByRole('combobox', { name: 'Resource' });
    await tabTo(page, resource);
    await page.keyboard.press('ArrowDown'); // Any resource -> SCIM users
    await expect(rows).toHaveCount(2);
    const outcome = page.getByRole('combobox', { name: 'Outcome' });
    await tabTo(page, outcome);
    await page.keyboard.press('ArrowDown'); // Any outcome -> Succeeded
    await expect(rows).toHaveCount(2);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await tabTo(page, search);
    // Two characters are too short for the index: said under the box, and the list stays as it was.
    await page.keyboard.type('HY');
    await expect(search).toHaveAccessibleDescription('Search needs at least 3 characters.');
    await expect(search).toHaveAttribute('aria-invalid', 'true');
    await page.waitForTimeout(400); // past the text's debounce: a short text must not be applied
    await expect(rows).toHaveCount(2);
    await page.keyboard.type('PERLINK');
    await expect(search).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Search needs at least 3 characters.')).toHaveCount(0);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('=HYPERLINK');

    // Export what the filters select: the download's content, formula defused.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFid,time,token,operation,request,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect((await csvDownload).suggestedFilename()).toMatch(/^activity-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(page.getByRole('status').filter({ hasText: 'The activity CSV was downloaded.' })).toBeVisible();

    // Clear filters with the keyboard; then a date range (the last two days) and JSON.
    await tabTo(page, page.getByRole('button', { name: 'Clear filters' }));
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(10);
    await expect(search).toHaveValue('');
    const from = page.getByRole('textbox', { name: 'From' });
    await from.fill(localDay(1));
    await expect(rows).toHaveCount(8);
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8')) as Array<{
      request: string;
      actor: string | null;
    }>;
    expect(json).toHaveLength(8);
    expect(json.map((row) => row.request)).toContain('Delete group Night shift');
    expect(json.find((row) => row.request === 'Refused: GET user' && row.actor !== null)?.actor).toBe('Okta (revoked in March)');
    await page.getByRole('textbox', { name: 'To' }).fill(localDay(2));
    await expect(page.getByRole('status').filter({ hasText: 'No requests match these filters.' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('fits 900 px without sideways scrolling; the chart keeps readable labels', async ({ page, idsvc }) => {
    seedLog(idsvc.dataDir);
    await page.setViewportSize({ width: 900, height: 700 });
    await openActivity(page, idsvc.url);
    await expect(rowsOf(page)).toHaveCount(10);
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    const clientWidth = (await page.evaluate('document.documentElement.clientWidth')) as number;
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Axis labels are drawn at their CSS size (11 px), not scaled down with the chart.
    const label = page.locator('svg.chart text.chart-axis').last();
    const height = await label.evaluate(
      (element) => (element as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height,
    );
    expect(height).toBeGreaterThanOrEqual(11);
    await screenshot(page, '26-activity-900');
    await expectNoViolations(page);
  });

  test('the retention setting: 90 days by default, saved on its own, refused out of range', async ({ page, idsvc }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(idsvc.url);
    const days = page.getByRole('spinbutton', { name: 'Keep requests for (days)' });
    await expect(days).toHaveValue('90');
    await days.fill('0');
    await page.getByRole('button', { name: 'Set retention' }).click();
    await expect(page.getByText('Enter a whole number of days from 1 to 3650.')).toBeVisible();
    await expect(days).toBeFocused();
    await days.fill('30');
    await days.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Log rows are kept for 30 days.' })).toBeVisible();
    // Saving the retention saved nothing else: the settings form has no unsaved change and was not submitted.
    await expect(page.getByText('All changes saved')).toBeAttached();
    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Keep requests for (days)' })).toHaveValue('30');
    await page.getByRole('form', { name: 'Activity log' }).scrollIntoViewIfNeeded();
    await screenshot(page, '27-log-retention-900');
    await expectNoViolations(page);
  });
});
