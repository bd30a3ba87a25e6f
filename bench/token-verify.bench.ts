// Token verification per second: jose's raw ES256 verify (the baseline), the verifier cold (every
// signature checked) and warm (signature skipped by the cache; exp, revocation and settings still
// checked against SQLite). Target: warm at least 20 times cold.
import { importJWK, jwtVerify } from 'jose';
import { MemorySecretStore } from '../main/secrets/memory-secret-store';
import { createServices } from '../main/services/services';
import { TokenVerifier } from '../main/services/tokens/token-verifier';
import { Store } from '../main/store/store';
import { settingsSaveInput } from '../preload/contract';
import { formatRate, measure, printTable } from './measure';

export async function benchTokenVerify(dataDir: string): Promise<boolean> {
  const store = Store.open(dataDir);
  // The keychain is not on the verify path (the public key is in SQLite), so the bench mints with
  // the in-memory secret store and needs no D-Bus session.
  const services = createServices(store, { secrets: new MemorySecretStore() });
  const actor = { name: 'bench' };
  const rootId = services.organizations.list()[0]!.id;
  services.settings.save(
    settingsSaveInput.parse({
      version: 1,
      enabled: true,
      tenantUrl: 'https://bench.example/scim/v2',
      newUserOrganizationId: rootId,
      syncedFields: ['status'],
    }),
    actor,
  );
  const expiresAt = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const { token, record } = await services.tokens.create({ label: 'bench', expiresAt }, actor);
  const publicJwk = JSON.parse(
    (store.db.prepare('SELECT public_jwk FROM signing_keys WHERE kid = ?').get(record.kid) as { public_jwk: string }).public_jwk,
  );
  const publicKey = await importJWK(publicJwk, 'ES256');

  const clock = { now: () => new Date() };
  const cold = new TokenVerifier(store, clock, { cacheSize: 0 });
  const warm = new TokenVerifier(store, clock);
  const mustPass = async (verifier: TokenVerifier) => {
    const result = await verifier.verify(token, { remoteAddress: '127.0.0.1' });
    if (!result.ok) throw new Error(`bench token refused: ${result.reason}`);
  };

  const raw = await measure('jose jwtVerify (ES256), baseline', () => jwtVerify(token, publicKey, { algorithms: ['ES256'] }));
  const coldRun = await measure('verifier, cold (signature checked)', () => mustPass(cold));
  const warmRun = await measure('verifier, warm (cached)', () => mustPass(warm));
  store.close();

  printTable(
    'Token verification (single process)',
    [raw, coldRun, warmRun].map((m) => ({
      case: m.name,
      'verifications/s': formatRate(m.opsPerSecond),
      'vs jose raw': `${(m.opsPerSecond / raw.opsPerSecond).toFixed(2)}x`,
    })),
  );
  const ratio = warmRun.opsPerSecond / coldRun.opsPerSecond;
  const ok = ratio >= 20;
  console.log(`warm / cold = ${ratio.toFixed(1)}x (target >= 20x): ${ok ? 'met' : 'NOT met'}`);
  return ok;
}
