// The Employees specs' shared company: an organization tree, provisioning on with new users in
// Enterprise/New Hires, SCIM-provisioned employees (three still awaiting placement, one inactive) and
// local ones, one with a very long name; plus the helpers the specs share (axe, keyboard travel).
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './console-fixture';
import { seed } from './directory-seed';

export const LONG_USER_NAME = 'maximiliana.vandenberghe-oosterhuis@corp.example';
export const LONG_EMAIL = 'maximiliana.alexandrina.vandenberghe-oosterhuis@subsidiary.really-long-domain.example.com';

export interface Company {
  ids: Record<'ann' | 'bob' | 'carol' | 'dave' | 'lee' | 'mia' | 'max', string>;
}

export function seedCompany(dataDir: string): Promise<Company> {
  return seed(dataDir, (s) => {
    s.organization('Sales', 'Enterprise');
    s.organization('EMEA', 'Enterprise/Sales');
    s.organization('New Hires', 'Enterprise');
    s.organization('Support', 'Enterprise');
    s.enableProvisioning('Enterprise/New Hires', ['status', 'email']);
    const ids = {
      ann: s.scimEmployee({ userName: 'ann@example.com', givenName: 'Ann', familyName: 'Example' }),
      bob: s.scimEmployee({ userName: 'bob@example.com', givenName: 'Bob', familyName: 'Builder' }),
      carol: s.scimEmployee({ userName: 'carol@example.com', givenName: 'Carol', familyName: 'Castellanos-Worthington' }),
      dave: s.scimEmployee({ userName: 'dave@example.com', givenName: 'Dave', familyName: 'Dormant', active: false }),
      lee: s.localEmployee('lee.local@example.com', 'Enterprise/Sales', {
        firstName: 'Lee',
        lastName: 'Local',
        email: 'lee@example.com',
      }),
      mia: s.localEmployee('mia@example.com', 'Enterprise/Sales/EMEA', {
        firstName: 'Mia',
        lastName: 'Europa',
        email: 'mia@example.com',
      }),
      max: s.localEmployee(LONG_USER_NAME, 'Enterprise/Support', {
        firstName: 'Maximiliana Alexandrina',
        lastName: 'Vandenberghe-Oosterhuis',
        email: LONG_EMAIL,
      }),
    };
    // Bob was placed already: he is no longer awaiting placement.
    s.move([ids.bob], 'Enterprise/Sales');
    return { ids };
  });
}

/** Opens the console on the Employees view and waits for the table. */
export async function openEmployees(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('navigation', { name: 'Console' })
    .getByRole('button', { name: /^Employees/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Employees, by username' })).toBeVisible();
}

/** axe-core over the page as it is: no violation of any impact. */
export async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: the keyboard's own way there. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let presses = 0; presses < (options.max ?? 40); presses += 1) {
    if (
      await target.evaluate(
        (element) =>
          element === (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
      )
    )
      return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The table's body rows' usernames, in order. */
export function userNameCells(page: Page): Locator {
  return page.getByRole('table', { name: /^Employees, by / }).locator('tbody tr td:nth-child(2)');
}

/**
 * A dialog's refusal of one field, as the settings tab's dialogs show it: the control is invalid and
 * described by the message, which sits under it in the same field (announced, with the warning icon).
 */
export async function expectRefusalUnder(control: Locator, message: string | RegExp): Promise<void> {
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  await expect(control).toHaveAccessibleDescription(message);
  const error = control.locator('xpath=..').getByRole('alert');
  await expect(error).toHaveText(message);
  await expect(error.locator('svg')).toHaveCount(1);
  const [controlBox, errorBox] = await Promise.all([control.boundingBox(), error.boundingBox()]);
  expect(errorBox!.y).toBeGreaterThanOrEqual(controlBox!.y + controlBox!.height);
  expect(errorBox!.y - (controlBox!.y + controlBox!.height)).toBeLessThan(24);
}

/**
 * A dialog's refusal that names none of its fields: an alert of the dialog's own, with the icon,
 * above its buttons; no control is marked invalid.
 */
export async function expectDialogRefusal(dialog: Locator, message: string | RegExp, submit: Locator): Promise<void> {
  const alert = dialog.getByRole('alert').filter({ hasText: message });
  await expect(alert).toBeVisible();
  await expect(alert.locator('svg')).toHaveCount(1);
  await expect(dialog.locator('[aria-invalid="true"]')).toHaveCount(0);
  const [alertBox, submitBox] = await Promise.all([alert.boundingBox(), submit.boundingBox()]);
  expect(alertBox!.y + alertBox!.height).toBeLessThanOrEqual(submitBox!.y);
}
