// The directory search's prefix table (migration 018) behind a real gateway (group commits on, its idle
// indexer on timers): users the identity provider creates or renames over SCIM are found by the user
// management API's search at once (walked while the table is behind), and the same once the gateway has
// indexed them, which it does by itself after the writes pause.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../../fixtures/eventually';
import { userApiInTempDir, type UserApiFixture } from '../../fixtures/user-api';

describe('user management API: search through the prefix table', () => {
  let fx: UserApiFixture;
  beforeEach(async () => {
    fx = await userApiInTempDir({ syncedFields: ['status', 'email'] });
  });
  afterEach(async () => {
    expect(fx.internalErrors).toEqual([]);
    await fx.dispose();
  });

  const search = async (term: string) => {
    const answer = await fx.api('GET', `/employees?search=${encodeURIComponent(term)}&limit=2`, { token: fx.readToken });
    expect(answer.status).toBe(200);
    const names: string[] = answer.body.items.map((e: { userName: string }) => e.userName);
    let cursor: string | null = answer.body.nextCursor;
    while (cursor !== null) {
      const next = await fx.api('GET', `/employees?search=${encodeURIComponent(term)}&limit=2&cursor=${cursor}`, {
        token: fx.readToken,
      });
      names.push(...next.body.items.map((e: { userName: string }) => e.userName));
      cursor = next.body.nextCursor;
    }
    return names;
  };
  const indexed = () => fx.store.directorySearch.isCurrent();

  it('finds what the identity provider just created and renamed, before and after the gateway indexes it', async () => {
    const people = [
      ['marta.kowalska@example.com', 'Marta', 'Kowalska'],
      ['mark.owens@example.com', 'Mark', 'Owens'],
      ['ines.marquez@example.com', 'Inés', 'Márquez'],
      ['tom.mars@example.com', 'Tom', 'Marsh'],
      ['zoe.ng@example.com', 'Zoë', 'Ng'],
    ];
    const ids: string[] = [];
    for (const [userName, givenName, familyName] of people) {
      ids.push((await fx.scimUser(userName!, { name: { givenName, familyName } })).id);
    }
    const expected = ['mark.owens@example.com', 'marta.kowalska@example.com', 'tom.mars@example.com'];
    // Right after the creates, nothing is indexed yet: the search walks.
    expect(indexed()).toBe(false);
    expect(await search('mar')).toEqual(expected);
    expect(await search('MARS')).toEqual(['tom.mars@example.com']);
    // The gateway indexes them once the writes pause; the answers are the same from the table.
    expect(await eventually(indexed)).toBe(true);
    expect(await search('mar')).toEqual(expected);
    expect(await search('MARS')).toEqual(['tom.mars@example.com']);
    expect(await search('már')).toEqual(['ines.marquez@example.com']);

    // The identity provider renames Zoë: found by the new name at once, not by the old one.
    const renamed = await fx.request('PATCH', `/Users/${ids[4]}`, {
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'name.familyName', value: 'Marlowe' }],
      },
    });
    expect(renamed.status).toBe(200);
    expect(indexed()).toBe(false);
    expect(await search('marl')).toEqual(['zoe.ng@example.com']);
    expect(await search('ng')).toEqual([]); // two characters: walked, and Ng is no longer her name
    expect(await eventually(indexed)).toBe(true);
    expect(await search('marl')).toEqual(['zoe.ng@example.com']);
    expect(await search('mar')).toEqual([...expected, 'zoe.ng@example.com']);
  });
});
