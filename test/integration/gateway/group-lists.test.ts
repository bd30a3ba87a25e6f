// Group lists: sorted (ServiceProviderConfig advertises sort) with the keys and order of user lists,
// then paged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayInTempDir, type GatewayFixture } from '../../fixtures/gateway';

describe('gateway: group lists', () => {
  let fx: GatewayFixture;
  const created = [
    { displayName: 'Zeta', externalId: 'ext-b' },
    { displayName: 'ärzte' },
    { displayName: 'alpha', externalId: 'ext-c' },
    { displayName: 'Équipe', externalId: 'ext-a' },
    { displayName: 'Bravo' },
  ];
  beforeAll(async () => {
    fx = await gatewayInTempDir();
    for (const group of created)
      expect((await fx.request('POST', '/Groups', { body: { ...group, members: [] } })).status).toBe(201);
  });
  afterAll(() => fx.dispose());

  const names = async (query: string) =>
    ((await fx.request('GET', `/Groups?${query}`)).body.Resources as Array<{ displayName: string }>).map((g) => g.displayName);

  it('sorts by displayName case-insensitively, either way, then pages the sorted list', async () => {
    // UTF-8 byte order of the folded names: ASCII letters, then ä (C3 A4), then é (C3 A9).
    expect(await names('sortBy=displayName')).toEqual(['alpha', 'Bravo', 'Zeta', 'ärzte', 'Équipe']);
    expect(await names('sortBy=urn:ietf:params:scim:schemas:core:2.0:Group:DisplayName&sortOrder=descending')).toEqual([
      'Équipe',
      'ärzte',
      'Zeta',
      'Bravo',
      'alpha',
    ]);
    expect(await names('sortBy=displayName&startIndex=2&count=2')).toEqual(['Bravo', 'Zeta']);
  });

  it('sorts by externalId exactly, unassigned last (first when descending); unknown keys keep creation order', async () => {
    expect(await names('sortBy=externalId')).toEqual(['Équipe', 'Zeta', 'alpha', 'ärzte', 'Bravo']);
    expect(await names('sortBy=externalId&sortOrder=descending')).toEqual(['Bravo', 'ärzte', 'alpha', 'Zeta', 'Équipe']);
    expect(await names('sortBy=members')).toEqual(created.map((g) => g.displayName));
    expect(await names('sortOrder=descending')).toEqual(created.map((g) => g.displayName)); // orders nothing alone
    expect(await names('sortBy=bogus&sortOrder=descending')).toEqual(created.map((g) => g.displayName));
    // Filtered, then sorted: equal creation times fall back to creation order, reversed too.
    expect(await names(`sortBy=meta.created&sortOrder=descending&filter=${encodeURIComponent('displayName co "E"')}`)).toEqual([
      'Équipe',
      'ärzte',
      'Zeta',
    ]);
  });

  it('filters on members even when the answer leaves members out (excludedAttributes=members)', async () => {
    const user = await fx.request('POST', '/Users', { body: { userName: 'member.one@example.com' } });
    const group = await fx.request('POST', '/Groups', {
      body: { displayName: 'With member', members: [{ value: user.body.id }] },
    });
    const filter = encodeURIComponent(`members.value eq "${user.body.id}"`);
    const listed = await fx.request('GET', `/Groups?filter=${filter}&excludedAttributes=members`);
    expect(listed.body.Resources.map((g: { id: string }) => g.id)).toEqual([group.body.id]);
    expect(listed.body.Resources[0].members).toBeUndefined();
    await fx.request('DELETE', `/Groups/${group.body.id}`);
  });
});
