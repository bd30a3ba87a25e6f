import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAILURE_STATUS_MIN, isFailureStatus } from '../../../preload/failure-status';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

describe('isFailureStatus', () => {
  it('counts every 4xx and 5xx, nothing below', () => {
    expect([200, 201, 204, 304, 399].map(isFailureStatus)).toEqual([false, false, false, false, false]);
    expect([400, 401, 409, 500, 503].map(isFailureStatus)).toEqual([true, true, true, true, true]);
  });
});

// The repository writes the threshold into its SQL text; the partial index was declared by a migration.
describe("the threshold and the provisioning log's index of failures", () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
  });
  afterEach(() => fx.dispose());

  it('agree, so "failures only" reads the partial index', () => {
    const plan = fx.store.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM provisioning_log WHERE status >= ${FAILURE_STATUS_MIN} ORDER BY id DESC LIMIT 10`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('provisioning_log_failures');
  });
});
