// Screenshots of the Employees view for people to judge, at 1280x800 and 900x700: the list, an
// employee with locked fields, the move dialog, the CSV preview and Add employee. At both sizes the
// page must not scroll sideways: long names and paths wrap inside their columns.
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { openEmployees, seedCompany } from './employees-fixture';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
] as const;

async function expectNoSidewaysScroll(page: Page) {
  const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  const clientWidth = (await page.evaluate('document.documentElement.clientWidth')) as number;
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

for (const size of SIZES) {
  test(`Employees view at ${size.width}x${size.height}`, async ({ page, idsvc }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await seedCompany(idsvc.dataDir);
    await openEmployees(page, idsvc.url);
    const tag = `${size.width}`;
    await expectNoSidewaysScroll(page);
    await page.getByRole('checkbox', { name: 'Select carol@example.com' }).check();
    await page.getByRole('checkbox', { name: 'Select dave@example.com' }).check();
    await screenshot(page, `37-employees-list-${tag}`);

    await page.getByRole('button', { name: 'Move to organization' }).click();
    await expect(page.getByRole('dialog', { name: 'Move to organization' })).toBeVisible();
    await screenshot(page, `38-employees-move-${tag}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'ann@example.com' }).click();
    await expect(page.getByRole('dialog', { name: 'Ann Example' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, `39-employee-locked-${tag}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Import placements (CSV)' }).click();
    const csv = [
      'userName,organization',
      'ann@example.com,Enterprise/Sales/EMEA',
      'carol@example.com,Support',
      'nobody@example.com,Enterprise/Sales',
      'dave@example.com,Enterprise/Marketing',
      'ann@example.com,Enterprise/Support',
    ].join('\n');
    await page
      .getByLabel('Placements file (CSV)')
      .setInputFiles({ name: 'placements.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByRole('button', { name: 'Apply 2 moves' })).toBeEnabled();
    await screenshot(page, `40-employees-csv-preview-${tag}`);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Add employee' }).click();
    await page.getByRole('dialog', { name: 'Add employee' }).getByRole('textbox', { name: 'First Name' }).fill('Robert!');
    await screenshot(page, `41-employees-add-${tag}`);
  });
}
