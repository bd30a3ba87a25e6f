// The directory's orders over a real SQLite file: by username, by name (last name, then first name)
// and by email address, A to Z and Z to A; ties and missing values in a fixed place; every page of a
// sorted walk continued by cursor, each employee once, read by the indexes or by sorting the matches
// alike; a cursor refused in another order than its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { employeeListInput, type EmployeeListInput } from '../../../preload/employees-contract';
import { userNamesPageByPage } from '../../fixtures/directory-pages';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const ann = { name: 'ann' };

describe('directory orders', () => {
  let fx: ServicesFixture;
  let rootId: string;
  let salesId: string;
  const list = (input: EmployeeListInput) => fx.services.directory.list(employeeListInput.parse(input));
  const add = (
    userName: string,
    fields: { firstName?: string; lastName?: string; email?: string } = {},
    organizationId = rootId,
  ) => fx.services.directory.createLocal({ userName, organizationId, ...fields }, ann);
  const walk = (input: EmployeeListInput, limit: number) => userNamesPageByPage(fx.services, input, limit);

  beforeEach(() => {
    fx = servicesInTempDir();
    rootId = fx.services.organizations.list()[0]!.id;
    salesId = fx.services.organizations.create({ name: 'Sales', parentId: rootId }, ann).id;
    add('u-zed', { firstName: 'Ann', lastName: 'Zed', email: 'b@x.example' });
    add('u-oest', { firstName: 'Anna', lastName: 'Östberg', email: 'A@x.example' });
    add('u-brown-bo', { firstName: 'Bo', lastName: 'brown', email: 'c@x.example' }, salesId);
    add('u-brown-al', { firstName: 'Al', lastName: 'Brown' }, salesId);
    add('u-brown-al2', { firstName: 'al', lastName: 'BROWN', email: 'd@x.example' });
    add('u-nolast', { firstName: 'Ann' });
    add('u-adams', { lastName: 'Adams', email: 'e@x.example' });
  });
  afterEach(() => fx.dispose());

  it('by name: last name, then first name, then username, case folded as the search folds it; no last name last', () => {
    const expected = ['u-adams', 'u-brown-al', 'u-brown-al2', 'u-brown-bo', 'u-zed', 'u-oest', 'u-nolast'];
    expect(list({ sort: 'name' }).items.map((e) => e.userName)).toEqual(expected);
    // Z to A is the same order reversed: the employee without a last name comes first.
    expect(list({ sort: 'name', descending: true }).items.map((e) => e.userName)).toEqual([...expected].reverse());
    // Continued by cursor, a page of 2 at a time (ties on "brown" split across pages), each employee once.
    expect(walk({ sort: 'name' }, 2)).toEqual(expected);
    expect(walk({ sort: 'name', descending: true }, 3)).toEqual([...expected].reverse());
  });

  it('by email address, case folded; no email last', () => {
    const expected = ['u-oest', 'u-zed', 'u-brown-bo', 'u-brown-al2', 'u-adams', 'u-brown-al', 'u-nolast'];
    expect(walk({ sort: 'email' }, 2)).toEqual(expected);
    expect(walk({ sort: 'email', descending: true }, 4)).toEqual([...expected].reverse());
  });

  it('by username Z to A, also with a search and a filter; the total is the same in every order', () => {
    const ascending = walk({}, 50);
    expect(walk({ descending: true }, 2)).toEqual([...ascending].reverse());
    expect(walk({ search: 'ann', descending: true }, 1)).toEqual(['u-zed', 'u-oest', 'u-nolast']);
    expect(walk({ search: 'brown', organizationId: salesId, sort: 'name' }, 1)).toEqual(['u-brown-al', 'u-brown-bo']);
    expect(list({ search: 'ann', sort: 'email', descending: true }).total).toBe(list({ search: 'ann' }).total);
  });

  it('reads the same order by its indexes (the whole directory, a status) as by sorting the matches (an organization)', () => {
    // Everyone is under the root organization: the filter narrows nothing, but takes the sorting path.
    add('u-inactive-gap', { firstName: 'Ina' });
    fx.services.directory.update(list({ search: 'u-inactive-gap' }).items[0]!.id, { status: 'inactive' }, ann, () => true);
    for (const sort of ['name', 'email'] as const) {
      for (const descending of [false, true]) {
        for (const limit of [1, 2, 3, 50]) {
          const byIndex = walk({ sort, descending }, limit);
          expect(byIndex).toHaveLength(8);
          expect(walk({ sort, descending, organizationId: rootId }, limit)).toEqual(byIndex);
          expect(walk({ sort, descending, status: 'active' }, limit)).toEqual(byIndex.filter((u) => u !== 'u-inactive-gap'));
        }
      }
    }
  });

  it('continues after the last row shown even when that row changed since (its current values place it)', () => {
    const first = list({ sort: 'name', limit: 2 });
    expect(first.items.map((e) => e.userName)).toEqual(['u-adams', 'u-brown-al']);
    const moved = first.items[1]!;
    // Renamed to sort after Zed (and before Östberg: folded names compare by their UTF-8 bytes): the
    // next page starts after its new place, so nothing is shown twice.
    fx.services.directory.update(moved.id, { lastName: 'Zz' }, ann, () => true);
    expect(list({ sort: 'name', limit: 10, cursor: first.nextCursor }).items.map((e) => e.userName)).toEqual([
      'u-oest',
      'u-nolast',
    ]);
  });

  it('refuses a cursor in another order than its own, naming the cursor; nothing else is read as a position', () => {
    const byName = list({ sort: 'name', limit: 2 });
    const byUserName = list({ limit: 2 });
    for (const [cursor, input] of [
      [byName.nextCursor, {}],
      [byName.nextCursor, { sort: 'name', descending: true }],
      [byUserName.nextCursor, { sort: 'name' }],
    ] as const) {
      let refusal: unknown;
      try {
        list({ ...input, cursor });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(ServiceError);
      expect((refusal as ServiceError).code).toBe('validation');
      expect((refusal as ServiceError).field).toBe('cursor');
    }
  });

  it('refuses an order that is not offered, naming the field', () => {
    const parsed = employeeListInput.safeParse({ sort: 'city' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sort']);
    expect(employeeListInput.safeParse({ descending: 'yes' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'descending',
    ]);
  });
});
