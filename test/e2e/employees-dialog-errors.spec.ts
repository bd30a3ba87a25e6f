// Issue 11, item 4 (the Employees dialogs): a refusal that names a field sits under it (see the
// field checks in employees.spec.ts); one that names none is the dialog's own alert above its
// buttons, with no control marked invalid. The refusal naming no field here is a real one: the
// console's account loses Manage Employees (idsvc operator revoke) while the dialog is open.
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { CSV_FILE_MAX_BYTES } from '../../preload/csv-file-text';
import { expect, screenshot, test } from './console-fixture';
import { expectDialogRefusal, expectNoViolations, expectRefusalUnder, openEmployees, seedCompany } from './employees-fixture';

test.describe.configure({ timeout: 120_000 });

const revokeManageEmployees = (dataDir: string) =>
  execFileSync(
    process.execPath,
    ['bin/idsvc.mjs', 'operator', 'revoke', userInfo().username, '--privilege', 'manage-employees', '--data-dir', dataDir],
    { encoding: 'utf8' },
  );

const NOT_HELD = /This needs the privilege "Manage Employees"/;

test('Save employee refused for no field: the dialog says so above its buttons; no field is marked', async ({ page, idsvc }) => {
  await seedCompany(idsvc.dataDir);
  await openEmployees(page, idsvc.url);
  await page.getByRole('button', { name: 'lee.local@example.com' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lee Local' });
  await dialog.getByLabel('City', { exact: true }).fill('Porto');
  revokeManageEmployees(idsvc.dataDir);
  const save = dialog.getByRole('button', { name: 'Save employee' });
  await save.click();
  await expectDialogRefusal(dialog, NOT_HELD, save);
  await expect(dialog.getByRole('alert')).toHaveText(/^Not saved: This needs the privilege/);
  await expectNoViolations(page);
  await screenshot(page, '36-employees-edit-refused');
});

test('Move refused for no field: the dialog says nothing moved; the organization picker is not marked', async ({
  page,
  idsvc,
}) => {
  await seedCompany(idsvc.dataDir);
  await openEmployees(page, idsvc.url);
  await page.getByRole('checkbox', { name: 'Select ann@example.com' }).check();
  await page.getByRole('button', { name: 'Move to organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move to organization' });
  const picker = dialog.getByRole('combobox', { name: 'Organization' });
  const submit = dialog.getByRole('button', { name: 'Move 1 employee' });
  await submit.click();
  await expectRefusalUnder(picker, 'Choose the organization to move them to.');
  await picker.selectOption({ label: 'Enterprise › Support' });
  await expect(picker).not.toHaveAttribute('aria-invalid');
  revokeManageEmployees(idsvc.dataDir);
  await submit.click();
  await expectDialogRefusal(dialog, NOT_HELD, submit);
  await expect(dialog.getByRole('alert')).toHaveText(/^Nothing was moved: This needs the privilege/);
  await expectNoViolations(page);
  await screenshot(page, '37-employees-move-refused');
});

test('Import placements: a file that is not CSV is refused under the picker; a refused Apply is the dialog’s', async ({
  page,
  idsvc,
}) => {
  await seedCompany(idsvc.dataDir);
  await openEmployees(page, idsvc.url);
  await page.getByRole('button', { name: 'Import placements (CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import placements' });
  const picker = dialog.getByLabel('Placements file (CSV)');
  const broken = 'userName,organization\n"ann@example.com,Enterprise/Sales\n';
  await picker.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expectRefusalUnder(picker, /^broken\.csv could not be previewed: The file is not valid CSV/);

  const good = 'userName,organization\nann@example.com,Enterprise/Sales\n';
  await picker.setInputFiles({ name: 'placements.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(dialog.getByRole('status')).toHaveText(/^placements\.csv: 1 move/);
  await expect(picker).not.toHaveAttribute('aria-invalid');
  revokeManageEmployees(idsvc.dataDir);
  const apply = dialog.getByRole('button', { name: 'Apply 1 move' });
  await apply.click();
  await expectDialogRefusal(dialog, NOT_HELD, apply);
  await expect(dialog.getByRole('alert')).toHaveText(/^Nothing was changed: This needs the privilege/);
  await expectNoViolations(page);
});

test('Import placements: a sheet of thousands of rows is previewed and applied; a file over 100 MB is refused by its size', async ({
  page,
  idsvc,
}, testInfo) => {
  await seedCompany(idsvc.dataDir);
  await openEmployees(page, idsvc.url);
  await page.getByRole('button', { name: 'Import placements (CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import placements' });
  const picker = dialog.getByLabel('Placements file (CSV)');

  // Sparse: 100 MB and a byte, never written; the console refuses it before reading a byte of it.
  const huge = testInfo.outputPath('huge.csv');
  writeFileSync(huge, 'userName,organization\n');
  truncateSync(huge, CSV_FILE_MAX_BYTES + 1);
  await picker.setInputFiles(huge);
  await expectRefusalUnder(picker, /^huge\.csv could not be previewed: The file is larger than 100 MB\.$/);

  // About 400 KB, above what one console call takes (256 KB): one move and 8,000 names nobody has.
  const unknown = Array.from({ length: 8000 }, (_, n) => `former.employee.${n}@example.com,Enterprise/Sales`);
  const sheet = join(testInfo.outputDir, 'sheet.csv');
  writeFileSync(sheet, `userName,organization\nann@example.com,Enterprise/Sales\n${unknown.join('\n')}\n`);
  await picker.setInputFiles(sheet);
  await expect(dialog.getByRole('status')).toHaveText('sheet.csv: 1 move, 0 unchanged, 8,000 problems (skipped).');
  await expect(picker).not.toHaveAttribute('aria-invalid');
  await dialog.getByRole('button', { name: 'Apply 1 move' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search employees' }).fill('ann@');
  await expect(page.getByRole('row', { name: /ann@example\.com/ })).toContainText('Enterprise/Sales');
});
