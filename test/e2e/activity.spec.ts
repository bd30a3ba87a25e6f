import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { freePort, startGatewayProcess, type GatewayProcess } from './gateway-process';

const USER_NAME = 'ann.e2e@example.com';
const scimUser = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: USER_NAME,
  externalId: 'okta-00u1e2e',
  name: { givenName: 'Ann', familyName: 'Example' },
  emails: [{ type: 'work', value: USER_NAME, primary: true }],
  active: true,
};

async function expectNoSevereViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('Activity and Gateway views', () => {
  test('a real gateway: requests show in Activity and Gateway; turning provisioning off refuses the next call', async ({
    page,
    idsvc,
  }) => {
    const port = await freePort();
    const tenantUrl = `http://127.0.0.1:${port}/scim/v2`;
    const nav = page.getByRole('navigation', { name: 'Console' });
    await page.goto(idsvc.url);

    // Provisioning on, pointing at the gateway this test starts.
    await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).check();
    await page.getByRole('textbox', { name: 'Tenant URL' }).fill(tenantUrl);
    await page.getByRole('combobox', { name: 'Organization for New Users' }).selectOption({ label: 'Enterprise' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();

    await page.getByRole('button', { name: 'Create token' }).click();
    const createDialog = page.getByRole('dialog', { name: 'Create token' });
    await createDialog.getByRole('textbox', { name: 'Label' }).fill('Okta (e2e)');
    await createDialog.getByRole('button', { name: 'Create' }).click();
    const shown = page.getByRole('dialog', { name: 'Token created' });
    const token = await shown.getByRole('textbox', { name: 'New token' }).inputValue();
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.getByRole('button', { name: 'Close without copying' }).click();

    // Before any gateway ran: the Gateway view says how to start one; Activity is empty.
    await nav.getByRole('button', { name: 'Gateway' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gateway' })).toBeFocused();
    await expect(page.getByText('Not running', { exact: true })).toBeVisible();
    await expect(
      page.getByText('Start it with idsvc serve on the server, or enable provisioning in the desktop app.'),
    ).toBeVisible();
    await expect(page.getByText('The identity provider has not called the gateway yet.')).toBeVisible();
    await screenshot(page, '22-gateway-never-ran');
    await nav.getByRole('button', { name: 'Activity' }).click();
    await expect(page.getByText('No SCIM requests yet.')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Last 24 hours: no requests.' })).toBeVisible();
    // Nothing hidden for screen readers may stretch the page: the empty view fits the window.
    expect(await page.evaluate('document.documentElement.scrollHeight')).toBeLessThanOrEqual(page.viewportSize()!.height);
    await screenshot(page, '23-activity-empty');

    let gateway: GatewayProcess | null = await startGatewayProcess(idsvc.dataDir, port);
    try {
      const scim = (method: string, path: string, body?: unknown) =>
        fetch(`${tenantUrl}${path}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const created = await scim('POST', '/Users', scimUser);
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await scim('POST', '/Users', scimUser)).status).toBe(409);
      const deactivated = await scim('PATCH', `/Users/${id}`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      });
      expect(deactivated.status).toBe(200);

      // Activity: newest first, the create with its changes, the conflict marked as a failure.
      await page.getByRole('button', { name: 'Refresh' }).click();
      const table = page.getByRole('table', { name: 'SCIM requests, newest first' });
      const rows = table.getByRole('row');
      await expect(rows).toHaveCount(4);
      await expect(rows.nth(1)).toContainText('PATCH');
      const createRow = rows.filter({ hasText: '201 Created' });
      await expect(createRow).toContainText(USER_NAME);
      await expect(createRow).toContainText('Okta (e2e)');
      await expect(createRow).toContainText(`Create user ${USER_NAME}`);
      await expect(createRow).toContainText('POST /scim/v2/Users');
      await createRow.getByText('Username, First Name, Last Name and 1 more').click();
      await expect(createRow.getByRole('listitem').filter({ hasText: 'Username' })).toContainText(
        `(empty) → changed to ${USER_NAME}`,
      );
      await expect(rows.nth(1).getByRole('listitem')).toHaveText('Status: Active → changed to Inactive');
      const conflictRow = rows.filter({ hasText: '409 Conflict' });
      await expect(conflictRow).toContainText('uniqueness');
      await expect(conflictRow).toContainText('already in use');
      await expect(page.getByRole('img', { name: /^Last 24 hours: 3 requests, 1 failure\./ })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Showing 3 requests, newest first.' })).toBeVisible();
      await screenshot(page, '20-activity');
      await expectNoSevereViolations(page);

      await page.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Failed' });
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText('409 Conflict');
      await page.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Any outcome' });
      await expect(rows).toHaveCount(4);
      const userFilter = page.getByRole('searchbox', { name: 'Search' });
      await userFilter.fill('nobody');
      await expect(page.getByRole('status').filter({ hasText: 'No requests match these filters.' })).toBeVisible();
      await userFilter.fill('okta-00u1');
      await expect(rows).toHaveCount(4);
      await userFilter.fill('');
      // "/" from elsewhere on the page goes to the search box.
      await page.getByRole('button', { name: 'Refresh' }).focus();
      await page.keyboard.press('/');
      await expect(userFilter).toBeFocused();

      // A request about one employee opens that employee, as WFO holds it now; a refused create is about nobody.
      await expect(conflictRow.getByRole('button', { name: /^Open employee/ })).toHaveCount(0);
      const openAnn = createRow.getByRole('button', { name: `Open employee ${USER_NAME}` });
      await openAnn.focus();
      await page.keyboard.press('Enter');
      const employee = page.getByRole('dialog', { name: 'Ann Example' });
      await expect(employee).toBeVisible();
      await expect(nav.getByRole('button', { name: /^Employees/ })).toHaveAttribute('aria-current', 'page');
      await expect(employee.getByLabel('Status', { exact: true })).toHaveValue('Inactive');
      await expect(employee.getByLabel('Username', { exact: true })).toHaveAttribute('readonly', '');
      await screenshot(page, '52-employee-from-activity');
      await page.keyboard.press('Escape');
      await expect(employee).toBeHidden();
      // Back on the row that shows the same employee in the directory.
      await expect(page.getByRole('button', { name: USER_NAME, exact: true })).toBeFocused();

      // And back: the employee's history links to the identity provider's requests about it.
      await page.keyboard.press('Enter');
      await employee.getByText('Change history').click();
      await employee.hover();
      await page.mouse.wheel(0, 2000);
      await screenshot(page, '53-employee-history-activity-link');
      await expect(employee.getByText("The identity provider's requests are in the Activity view.")).toHaveCount(0);
      await employee.getByRole('textbox', { name: 'City' }).fill('Leeds');
      await expect(employee.getByRole('button', { name: "Show the identity provider's requests in Activity" })).toHaveCount(0);
      await expect(employee.getByText('Save or cancel your changes to see')).toBeVisible();
      await employee.getByRole('textbox', { name: 'City' }).fill('');
      await employee.getByRole('button', { name: "Show the identity provider's requests in Activity" }).click();
      await expect(employee).toBeHidden();
      await expect(page.getByRole('heading', { level: 1, name: 'Provisioning Activity' })).toBeFocused();
      await expect(userFilter).toHaveValue(USER_NAME);
      await expect(rows).toHaveCount(4);
      await userFilter.fill('');

      // Gateway: running, with the identity provider's last call and last error.
      await nav.getByRole('button', { name: 'Gateway' }).click();
      await expect(nav.getByRole('button', { name: 'Gateway' })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('Running', { exact: true }).first()).toBeVisible();
      await expect(page.getByText(`Answering the identity provider at http://127.0.0.1:${port}.`)).toBeVisible();
      const lastCall = page.getByRole('region', { name: 'Last call from the identity provider' });
      await expect(lastCall).toContainText('Okta (e2e)');
      await expect(lastCall).toContainText('PATCH');
      await expect(lastCall).toContainText('200 OK');
      const lastError = page.getByRole('region', { name: 'Last error' });
      await expect(lastError).toContainText('409 Conflict');
      await expect(lastError).toContainText('already in use');
      const listeners = page.getByRole('table', { name: 'Gateway listeners, most recent first' });
      await expect(listeners).toContainText(`http://127.0.0.1:${port}`);
      await expect(listeners).toContainText('Plain HTTP, this computer only');
      await screenshot(page, '21-gateway');
      await expectNoSevereViolations(page);

      // Provisioning off: the very next call is refused, and the console says why.
      await nav.getByRole('button', { name: 'Provisioning Settings' }).click();
      await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).uncheck();
      await page.getByRole('button', { name: 'Save' }).click();
      // The identity provider just called: switching off is confirmed first (connection-safety.spec.ts).
      await page
        .getByRole('dialog', { name: 'Save and interrupt provisioning?' })
        .getByRole('button', { name: 'Save anyway' })
        .click();
      await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
      const refused = await scim('GET', '/Users');
      expect(refused.status).toBe(403);

      await nav.getByRole('button', { name: 'Gateway' }).click();
      await expect(page.getByText('Provisioning is disabled in Provisioning Settings')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Last error' })).toContainText('403 Forbidden');

      expect(await gateway.stop()).toBe(0);
      gateway = null;
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Gateway status refreshed: not running.' })).toBeVisible();
      await expect(page.getByText('Not running', { exact: true })).toBeVisible();
      await expect(page.getByText(/The gateway stopped just now/)).toBeVisible();
      await expect(listeners.getByText('Stopped', { exact: true })).toBeVisible();
      await screenshot(page, '24-gateway-stopped');
    } finally {
      await gateway?.stop();
    }
  });
});
