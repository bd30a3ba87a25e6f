// The Activity view's filtered first page at 1,000,000 provisioning log rows, in process (no HTTP):
// rows appended through the store (as the gateway writes them, in batches), then each filter's first
// page (50 rows) timed, the median of 7. Target: under 200 ms each, text searches included (rare,
// absent and common texts, alone and with filters they rarely or never meet). Also what a log row's
// append costs, one row per transaction, with the text index (migration 013, indexed in batches) and
// migration 012's two indexes, and without them (informational: the indexes are the filters' price).
import { MemorySecretStore } from '../main/secrets/memory-secret-store';
import { createServices } from '../main/services/services';
import { Store } from '../main/store/store';
import type { ActivityOperation } from '../preload/activity-operations';
import { activityFilter, type ActivityFilterInput } from '../preload/activity-contract';
import { printTable } from './measure';

const ROWS = Number(process.env.BENCH_ACTIVITY_ROWS ?? 1_000_000);
const TARGET_MS = 200;
const RUNS = 7;
const APPENDS = 20_000;

/** One row per second, newest now: mostly reads, some writes, a few groups, refusals and API calls. */
function kindOf(i: number): { operation: ActivityOperation; method: string; resourceType: string; status: number } {
  const k = i % 1000;
  if (k < 20) return { operation: 'refused', method: 'GET', resourceType: 'User', status: 401 };
  if (k < 40) return { operation: 'create', method: 'POST', resourceType: 'Group', status: 201 };
  if (k < 45) return { operation: 'delete', method: 'DELETE', resourceType: 'Group', status: 204 };
  if (k < 95) return { operation: 'create', method: 'POST', resourceType: 'User', status: k < 60 ? 409 : 201 };
  if (k < 135) return { operation: 'update', method: 'PATCH', resourceType: 'User', status: 200 };
  if (k < 145) return { operation: 'deactivate', method: 'PATCH', resourceType: 'User', status: 200 };
  if (k < 165) return { operation: 'read', method: 'GET', resourceType: 'Employee', status: 200 };
  return { operation: 'read', method: 'GET', resourceType: 'User', status: 200 };
}

export function benchActivity(dataDir: string): boolean {
  // Rows go straight to the repository (as the gateway's turn writer appends them), reads through the service.
  const store = Store.open(dataDir);
  const services = createServices(store, { secrets: new MemorySecretStore() });
  const now = Date.now();
  const entry = (i: number) => {
    const kind = kindOf(i);
    return {
      at: new Date(now - (ROWS - i) * 1000).toISOString(),
      actor: 'Microsoft Entra ID',
      tokenId: 'bench-token',
      method: kind.method,
      path:
        kind.resourceType === 'Group' ? '/scim/v2/Groups' : `/scim/v2/Users?filter=userName%20eq%20%22user${i}%40example.com%22`,
      resourceType: kind.resourceType,
      resourceId: null,
      userName: kind.resourceType === 'Group' ? `Group ${i % 300}` : `user${i}@example.com`,
      externalId: `ext-${i}`,
      status: kind.status,
      scimType: kind.status === 409 ? 'uniqueness' : null,
      detail: kind.status >= 400 ? 'The bearer token has expired.' : null,
      changes: kind.operation === 'deactivate' ? { status: { old: true, new: false } } : null,
      remoteAddress: '10.0.0.7',
      durationMs: 1.2,
      operation: kind.operation,
    };
  };
  const rows: Array<Record<string, string>> = [];
  let ok = true;
  try {
    const seeded = performance.now();
    for (let i = 0; i < ROWS; i += 10_000) {
      store.transaction(() => {
        for (let j = i; j < Math.min(ROWS, i + 10_000); j += 1) store.provisioningLog.append(entry(j));
      });
    }
    const seedSeconds = (performance.now() - seeded) / 1000;
    const day = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    const cases: Array<[string, ActivityFilterInput]> = [
      ['no filter', {}],
      ['operation delete (0.5%)', { operation: 'delete' }],
      ['operation deactivate + resource User (1%)', { operation: 'deactivate', resourceType: 'User' }],
      ['resource Group (2.5%)', { resourceType: 'Group' }],
      ['outcome failure (3.5%)', { outcome: 'failure' }],
      ['last 24 hours', { since: day(1) }],
      ['one day, 5 days ago, refused', { since: day(6), until: day(5), operation: 'refused' }],
      ['text "user4242@" in the last 24 hours', { since: day(1), text: `user${ROWS - 4242}@` }],
      ['text "user4242@" (1 match, whole log)', { text: `user${ROWS - 4242}@` }],
      ['text "no-such-user" (absent, whole log)', { text: 'no-such-user' }],
      ['text "example.com" (97% of rows)', { text: 'example.com' }],
      ['text "example.com" + operation delete (0 matches)', { text: 'example.com', operation: 'delete' }],
      ['text "group 12" + outcome failure (0 matches)', { text: 'group 12', outcome: 'failure' }],
      ['text "group 12" + resource Group (~0.1%)', { text: 'group 12', resourceType: 'Group' }],
    ];
    for (const [name, filter] of cases) {
      const query = { ...activityFilter.parse(filter), beforeId: null, limit: 50 };
      services.activity.list(query);
      const times = Array.from({ length: RUNS }, () => {
        const started = performance.now();
        services.activity.list(query);
        return performance.now() - started;
      }).sort((a, b) => a - b);
      const median = times[Math.floor(RUNS / 2)]!;
      const met = median < TARGET_MS;
      ok &&= met;
      rows.push({
        case: name,
        'median ms': median.toFixed(1),
        'max ms': times.at(-1)!.toFixed(1),
        target: `< ${TARGET_MS} ms`,
        met: met ? 'yes' : 'NO',
      });
    }
    printTable(
      `Activity, first page of 50 at ${ROWS.toLocaleString('en-US')} log rows (seeded in ${seedSeconds.toFixed(1)} s), in process, median of ${RUNS}`,
      rows,
    );

    // Append cost, one row per transaction (a quiet gateway's turn): the mean, and the slowest row (the
    // one whose append indexes a batch of text). Then without the text index (its mark set past every
    // id, so no batch is due: the append as before migration 013), then without 012's indexes too.
    let next = ROWS;
    const appendCost = (indexes: string) => {
      let slowest = 0;
      const started = performance.now();
      for (let i = 0; i < APPENDS; i += 1) {
        const one = performance.now();
        store.transaction(() => store.provisioningLog.append(entry(next++)));
        slowest = Math.max(slowest, performance.now() - one);
      }
      const mean = ((performance.now() - started) * 1000) / APPENDS;
      return { indexes, 'µs per row (mean)': mean.toFixed(1), 'slowest row ms': slowest.toFixed(1) };
    };
    const costs = [appendCost('text index (013, batches) + failures + operation + resource type (012)')];
    store.db.exec('UPDATE provisioning_log_text_mark SET indexed_through = 1e15');
    costs.push(appendCost('failures + operation + resource type (012), no text index'));
    store.db.exec('DROP INDEX provisioning_log_operation; DROP INDEX provisioning_log_resource_type;');
    costs.push(appendCost('failures only (before 012)'));
    printTable(`Provisioning log append, ${APPENDS.toLocaleString('en-US')} rows each, one per transaction`, costs);
  } finally {
    services.close();
  }
  return ok;
}
