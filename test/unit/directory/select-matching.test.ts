// "Select all matching" over a real SQLite file: every employee the filter selects, on every page,
// with its userName; none the filter leaves out; more than an action takes is refused, saying so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { employeeFilter, type EmployeeFilterInput } from '../../../preload/employees-contract';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };

describe('select all matching', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let salesId: string;
  const matching = (input: EmployeeFilterInput, max = 100) => fx.services.directory.matching(employeeFilter.parse(input), max);

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
    for (let n = 0; n < 60; n += 1) {
      const created = fx.services.directory.createLocal(
        {
          userName: `u${String(n).padStart(2, '0')}`,
          firstName: n % 3 === 0 ? 'Ann' : 'Bob',
          organizationId: n < 40 ? rootId : salesId,
        },
        ann,
      );
      if (n % 10 === 0) fx.services.directory.update(created.id, { status: 'inactive' }, ann, () => true);
    }
  });
  afterEach(() => fx.dispose());

  it('gives every employee the filter selects, past the first page, with their userNames, and no other', () => {
    const all = matching({});
    expect(all).toHaveLength(60);
    expect(all[0]).toEqual({ id: expect.any(String), userName: 'u00' });
    expect(new Set(all.map((e) => e.id)).size).toBe(60);
    const annInSales = matching({ search: 'ann', organizationId: salesId });
    expect(annInSales.map((e) => e.userName)).toEqual(['u42', 'u45', 'u48', 'u51', 'u54', 'u57']);
    expect(matching({ status: 'inactive' }).map((e) => e.userName)).toEqual(['u00', 'u10', 'u20', 'u30', 'u40', 'u50']);
    expect(matching({ search: 'nobody' })).toEqual([]);
  });

  it('refuses more than an action takes, whole, saying how to narrow; exactly that many is given', () => {
    expect(matching({ status: 'inactive' }, 6)).toHaveLength(6);
    let refusal: unknown;
    try {
      matching({ status: 'inactive' }, 5);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ServiceError);
    expect((refusal as ServiceError).code).toBe('validation');
    expect((refusal as ServiceError).message).toBe(
      'More than 5 employees match: narrow the filters to select them all (at most 5 at once), or import placements from a CSV file.',
    );
  });

  it('refuses an unknown organization, naming it', () => {
    let refusal: unknown;
    try {
      matching({ organizationId: 'no-such-org' });
    } catch (error) {
      refusal = error;
    }
    expect((refusal as ServiceError).field).toBe('organizationId');
  });
});
