// Issue 11, item 2: Test connection against real gateways (plain HTTP, and TLS with a self-signed
// certificate made for the test), the confirmation before a save that refuses the identity provider's
// next calls, and the Gateway view's listener-against-Tenant-URL card. Keyboard paths, axe, screenshots.
import type { Page } from '@playwright/test';
import { makeTestCertificates } from '../fixtures/test-certificates';
import { expect, screenshot, test } from './console-fixture';
import { expectNoViolations, tabTo } from './employees-fixture';
import { freePort, startGatewayProcess, type GatewayProcess } from './gateway-process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

async function saveSettings(page: Page, tenantUrl: string, enable = false) {
  if (enable) {
    await page.getByRole('switch', { name: 'Enable SCIM User Provisioning' }).check();
    await page.getByRole('combobox', { name: 'Organization for New Users' }).selectOption({ label: 'Enterprise' });
  }
  await page.getByRole('textbox', { name: 'Tenant URL' }).fill(tenantUrl);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
}

const steps = (page: Page) => page.getByRole('list', { name: 'Connection test steps' });
const stepItem = (page: Page, title: string) => steps(page).getByRole('listitem').filter({ hasText: title });

/** `idsvc serve` with TLS: the fixture's process helper has no TLS flags, so this starts it itself. */
function startTlsGateway(dataDir: string, port: number, certPath: string, keyPath: string): Promise<GatewayProcess> {
  const child = spawn(
    process.execPath,
    [
      join(process.cwd(), 'bin', 'idsvc.mjs'),
      'serve',
      '--data-dir',
      dataDir,
      '--port',
      String(port),
      '--tls-cert',
      certPath,
      '--tls-key',
      keyPath,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('gateway listening on')) {
        resolve({
          output: () => output,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`idsvc serve exited (${code}): ${output}`)));
  });
}

// Two real processes per test and axe runs: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.describe('Test connection', () => {
  test('nothing listening, then the gateway: each step with what to do, by keyboard', async ({ page, idsvc }) => {
    const port = await freePort();
    await page.goto(idsvc.url);
    await saveSettings(page, `http://127.0.0.1:${port}/scim/v2`);

    const button = page.getByRole('button', { name: 'Test connection' });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Not reachable: something listens at the port failed.' }),
    ).toBeVisible();
    await expect(stepItem(page, 'Something listens at the port')).toContainText('Failed');
    await expect(stepItem(page, 'Something listens at the port')).toContainText(`Nothing listens at 127.0.0.1 port ${port}`);
    await expect(stepItem(page, 'Something listens at the port')).toContainText('Start the gateway');
    await expect(stepItem(page, 'This gateway answers at this path')).toContainText('Not run');
    await expect(button).toBeFocused();
    await expectNoViolations(page);

    const gateway = await startGatewayProcess(idsvc.dataDir, port);
    try {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Reachable from this computer, with warnings.' })).toBeVisible();
      await expect(stepItem(page, 'Host name resolves')).toContainText('Warning');
      await expect(stepItem(page, 'Host name resolves')).toContainText('another computer cannot reach it');
      await expect(stepItem(page, 'Certificate is valid for the host name')).toContainText('Plain http://');
      await expect(stepItem(page, 'This gateway answers at this path')).toContainText('Passed');
      await expect(stepItem(page, 'This gateway answers at this path')).toContainText(
        "This installation's gateway answers at /scim/v2.",
      );
      await expectNoViolations(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await button.scrollIntoViewIfNeeded();
      await screenshot(page, '40-test-connection-1280');
      await page.setViewportSize({ width: 900, height: 700 });
      await button.scrollIntoViewIfNeeded();
      await screenshot(page, '41-test-connection-900');

      // The draft is not what is tested: the help says so.
      await page.getByRole('textbox', { name: 'Tenant URL' }).fill(`http://127.0.0.1:${port}/scim/v3`);
      await expect(
        page.getByText(`Tests the saved Tenant URL (http://127.0.0.1:${port}/scim/v2); save your change to test it.`),
      ).toBeVisible();

      // The Gateway view: loopback listener, and why another computer cannot reach it.
      await page.getByRole('textbox', { name: 'Tenant URL' }).fill(`http://127.0.0.1:${port}/scim/v2`);
      await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Gateway' }).click();
      const card = page.getByRole('region', { name: 'Where it listens and the Tenant URL' });
      await expect(card).toContainText(`Listening at http://127.0.0.1:${port}`);
      await expect(card).toContainText('Scheme: Matches.');
      await expect(card).toContainText('Port: Matches.');
      await expect(card).toContainText('Host: Matches. Both name this computer.');
      await expect(card).toContainText(
        "From other computers: Not reachable. It listens on 127.0.0.1, this computer's loopback address: nothing on another computer can reach it.",
      );
      await expectNoViolations(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, '42-gateway-listens-1280');
      await page.setViewportSize({ width: 900, height: 700 });
      await screenshot(page, '43-gateway-listens-900');
    } finally {
      await gateway.stop();
    }
  });

  test('a self-signed certificate is named, and the gateway behind it is still found', async ({ page, idsvc }) => {
    const certs = makeTestCertificates();
    const port = await freePort();
    const gateway = await startTlsGateway(idsvc.dataDir, port, certs.selfSigned.certPath, certs.selfSigned.keyPath);
    try {
      await page.goto(idsvc.url);
      await saveSettings(page, `https://localhost:${port}/scim/v2`);
      await page.getByRole('button', { name: 'Test connection' }).click();
      const tls = stepItem(page, 'Certificate is valid for the host name');
      await expect(tls).toContainText('Failed');
      await expect(tls).toContainText('The certificate is self-signed: identity providers refuse it.');
      await expect(tls).toContainText('--tls-cert and --tls-key');
      await expect(stepItem(page, 'This gateway answers at this path')).toContainText('Passed');
      await expect(
        page.getByRole('status').filter({ hasText: 'Not reachable: certificate is valid for the host name failed.' }),
      ).toBeVisible();

      await page.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Gateway' }).click();
      await expect(page.getByRole('region', { name: 'Where it listens and the Tenant URL' })).toContainText(
        'Scheme: Matches. Both use https (TLS).',
      );
    } finally {
      await gateway.stop();
      certs.remove();
    }
  });
});

test.describe('Saving a change that refuses the identity provider', () => {
  test('switching off or moving the path while it called recently asks first, saying what happens and when it last called', async ({
    page,
    idsvc,
  }) => {
    const port = await freePort();
    const tenantUrl = `http://127.0.0.1:${port}/scim/v2`;
    await page.goto(idsvc.url);
    await saveSettings(page, tenantUrl, true);
    await page.getByRole('button', { name: 'Create token' }).click();
    const createDialog = page.getByRole('dialog', { name: 'Create token' });
    await createDialog.getByRole('textbox', { name: 'Label' }).fill('Okta (e2e)');
    await createDialog.getByRole('button', { name: 'Create' }).click();
    const shown = page.getByRole('dialog', { name: 'Token created' });
    const token = await shown.getByRole('textbox', { name: 'New token' }).inputValue();
    await shown.getByRole('button', { name: 'Copy' }).click();
    await shown.getByRole('button', { name: 'Done' }).click();

    const gateway = await startGatewayProcess(idsvc.dataDir, port);
    try {
      const list = () => fetch(`${tenantUrl}/Users`, { headers: { Authorization: `Bearer ${token}` } });
      expect((await list()).status).toBe(200);

      // Off, by keyboard: Ctrl+S asks; Cancel has the focus; Escape keeps everything as it was.
      const enable = page.getByRole('switch', { name: 'Enable SCIM User Provisioning' });
      await enable.focus();
      await page.keyboard.press('Space');
      await expect(enable).not.toBeChecked();
      await page.keyboard.press('Control+s');
      const dialog = page.getByRole('dialog', { name: 'Save and interrupt provisioning?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('The identity provider last called just now');
      await expect(dialog).toContainText('token "Okta (e2e)"');
      await expect(dialog).toContainText('403 Forbidden');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expectNoViolations(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, '44-confirm-breaking-1280');
      await page.setViewportSize({ width: 900, height: 700 });
      await screenshot(page, '45-confirm-breaking-900');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
      expect((await list()).status).toBe(200);

      // Confirmed: saved, and the next call is refused as the dialog said.
      await page.keyboard.press('Control+s');
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
      expect((await list()).status).toBe(403);

      // On again (nothing to break while off), then a new path: 404 at the old one.
      await enable.check();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Tenant URL' }).fill(`http://127.0.0.1:${port}/scim/v3`);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toContainText('404 Not Found at the old path /scim/v2');
      await expect(dialog).not.toContainText('403');
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
      expect((await list()).status).toBe(404);

      // A change of host only breaks nothing at the gateway: no question.
      await page.getByRole('textbox', { name: 'Tenant URL' }).fill(`http://localhost:${port}/scim/v3`);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Provisioning settings saved.' })).toBeVisible();
      await expect(dialog).toBeHidden();
    } finally {
      await gateway.stop();
    }
  });
});
