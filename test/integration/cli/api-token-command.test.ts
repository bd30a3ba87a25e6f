// idsvc token create --kind api --scope ...: in-process against the real OS keychain (as token-command's
// test) and a real SQLite file; the token it prints opens the user management API and nothing else.
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGateway } from '../../../main/gateway/gateway-server';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { openServices } from '../../../main/services/services';
import { runIdsvc } from '../../fixtures/cli-io';
import { makeTempDir } from '../../fixtures/temp-dir';

describe.skipIf(!process.env.DBUS_SESSION_BUS_ADDRESS)(
  'idsvc token create --kind api (real keychain; needs a D-Bus session)',
  () => {
    let dir: ReturnType<typeof makeTempDir>;
    let dataDir: string;
    const run = (...argv: string[]) => runIdsvc(dir.path, dataDir, argv);
    beforeEach(() => {
      dir = makeTempDir();
      dataDir = join(dir.path, 'data');
    });
    afterEach(() => dir.remove());

    it('creates a read-only API token that the user management API accepts and SCIM refuses; list shows kind and scopes', async () => {
      const created = await run(
        'token',
        'create',
        '--kind',
        'api',
        '--scope',
        'employees:read',
        '--label',
        'Reporting',
        '--expires',
        '2030-06-30',
      );
      expect(created).toMatchObject({ code: 0, err: [] });
      const token = created.out[0]!;
      expect(decodeJwt(token)).toMatchObject({ aud: expect.stringMatching(/:api$/), scope: 'employees:read' });
      const writer = await run(
        'token',
        'create',
        '--kind',
        'api',
        '--scope',
        'employees:write',
        '--label',
        'HR sync',
        '--expires',
        '2030-06-30',
      );
      expect(decodeJwt(writer.out[0]!).scope).toBe('employees:read employees:write');
      expect((await run('token', 'create', '--label', 'Entra', '--expires', '2030-06-30')).code).toBe(0);

      const listed = JSON.parse((await run('token', 'list', '--json')).out.join('\n')) as Array<{
        label: string;
        kind: string;
        scopes: string[];
      }>;
      expect(listed.map((t) => [t.label, t.kind, t.scopes])).toEqual([
        ['Entra', 'scim', []],
        ['HR sync', 'api', ['employees:read', 'employees:write']],
        ['Reporting', 'api', ['employees:read']],
      ]);
      const table = (await run('token', 'list')).out;
      expect(table[0]).toMatch(/^ID\s+LABEL\s+STATUS.*KIND\s+SCOPES$/);
      expect(table.find((line) => line.includes('Reporting'))).toMatch(/api\s+employees:read$/);

      // Verifying needs only the public key in SQLite: the gateway here uses an empty in-memory keychain.
      const services = openServices(dataDir, { secrets: new MemorySecretStore() });
      const gateway = await startGateway({ services, port: 0, rateLimit: null });
      try {
        const headers = { Authorization: `Bearer ${token}` };
        expect((await fetch(`${gateway.origin}/api/v1/employees`, { headers })).status).toBe(200);
        expect((await fetch(`${gateway.origin}/scim/v2/Users`, { headers })).status).toBe(401);
        const write = await fetch(`${gateway.origin}/api/v1/employees`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: '{}',
        });
        expect(write.status).toBe(403);
      } finally {
        await gateway.close();
        services.close();
      }
    });

    it.each([
      [['--kind', 'admin'], /--kind must be one of scim, api, not 'admin'/],
      [['--kind', 'api'], /--scope is required with --kind api/],
      [
        ['--kind', 'api', '--scope', 'employees:delete'],
        /--scope must be employees:read or employees:write, not 'employees:delete'/,
      ],
      [['--scope', 'employees:read'], /--scope is for API tokens/],
    ])('refuses %j naming the flag, with exit 2, and creates nothing', async (flags, message) => {
      const result = await run('token', 'create', '--label', 'x', '--expires', '2030-01-01', ...flags);
      expect(result.code).toBe(2);
      expect(result.err).toEqual([expect.stringMatching(message)]);
      expect(result.out).toEqual([]);
      expect(JSON.parse((await run('token', 'list', '--json')).out.join('\n'))).toEqual([]);
    });
  },
);
