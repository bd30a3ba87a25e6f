// Every channel of the contract, walked: the privilege each needs (pinned here, so a change to the
// contract is a deliberate change to this table), refused without it before any handler runs or any
// input is parsed, and let through with it.
import { describe, expect, it } from 'vitest';
import { createDispatcher, type AccessPolicy } from '../../../main/console-api/dispatcher';
import type { Handlers } from '../../../main/console-api/handler-types';
import { CHANNELS, channelAccess, type Channel } from '../../../preload/contract';
import { ANY_OPERATOR, ANYONE, PRIVILEGES, type ChannelAccess, type Privilege } from '../../../preload/privileges';

const EXPECTED = new Map<Channel, ChannelAccess>([
  ['settings:get', ANY_OPERATOR],
  ['settings:save', 'configure-provisioning'],
  ['organizations:list', ANY_OPERATOR],
  ['organizations:create', 'configure-provisioning'],
  ['organizations:rename', 'configure-provisioning'],
  ['organizations:move', 'configure-provisioning'],
  ['organizations:delete', 'configure-provisioning'],
  ['organizations:employee-counts', ANY_OPERATOR],
  ['tokens:list', ANY_OPERATOR],
  ['tokens:create', 'configure-provisioning'],
  ['tokens:revoke', 'configure-provisioning'],
  ['tokens:rotate-key', 'configure-provisioning'],
  ['activity:list', 'view-activity'],
  ['activity:chart', 'view-activity'],
  ['gateway:status', 'view-activity'],
  ['employees:list', 'manage-employees'],
  ['employees:get', 'manage-employees'],
  ['employees:update', 'manage-employees'],
  ['employees:create', 'manage-employees'],
  ['employees:move', 'manage-employees'],
  ['employees:set-status', 'manage-employees'],
  ['employees:set-field', 'manage-employees'],
  ['employees:awaiting-count', 'manage-employees'],
  ['employees:preview-placements', 'manage-employees'],
  ['employees:apply-placements', 'manage-employees'],
  ['session:whoami', ANYONE],
  ['operators:list', 'manage-operators'],
  ['operators:add', 'manage-operators'],
  ['operators:grant', 'manage-operators'],
  ['operators:revoke', 'manage-operators'],
  ['operators:remove', 'manage-operators'],
  ['audit:list', 'view-activity'],
  ['audit:facets', 'view-activity'],
  ['audit:export-file', 'view-activity'],
  ['connection:test', 'configure-provisioning'],
  ['activity:export-file', 'view-activity'],
  ['activity:get-retention', ANY_OPERATOR],
  ['activity:set-retention', 'configure-provisioning'],
  ['employees:export-file', 'manage-employees'],
  ['employees:history', 'manage-employees'],
  ['employees:select-matching', 'manage-employees'],
]);

function recordingHandlers(calls: Channel[]): Handlers {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      () => {
        calls.push(channel);
        return 'handled';
      },
    ]),
  ) as unknown as Handlers;
}

const holding = (...privileges: Privilege[]): AccessPolicy => ({
  privilegesOf: () => new Set(privileges),
  operatorManagers: () => ['root', 'boss'],
});

const ctx = { actor: { name: 'eve' } };
// Deliberately invalid for every channel: a refusal must come before validation would say so.
const BAD_INPUT = { definitelyNotAField: true };

describe('channel privileges', () => {
  it('the table names every channel, and the contract agrees with it', () => {
    expect([...EXPECTED.keys()].sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect([channel, channelAccess(channel)]).toEqual([channel, EXPECTED.get(channel)]);
  });

  describe.each(CHANNELS.map((channel) => [channel, EXPECTED.get(channel)!] as const))('%s (needs %s)', (channel, needed) => {
    it('is refused to a caller without the privilege, naming it, before the handler or validation', async () => {
      const calls: Channel[] = [];
      const withoutIt: Privilege[] = needed === ANY_OPERATOR ? [] : PRIVILEGES.filter((p) => p !== needed);
      const dispatch = createDispatcher(recordingHandlers(calls), holding(...withoutIt));
      const result = await dispatch(channel, BAD_INPUT, ctx);
      if (needed === ANYONE) {
        // Nothing to refuse: validation speaks instead.
        expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('forbidden');
      expect(result.error.message).toMatch(/eve/);
      expect(result.error.message).toMatch(/Manage Operators" \(root, boss\)/);
      if (needed !== ANY_OPERATOR) expect(result.error.message).toContain(`"${labelOf(needed)}"`);
      expect(calls).toEqual([]);
    });

    it('reaches the handler for a caller holding exactly that privilege', async () => {
      const calls: Channel[] = [];
      const held: Privilege[] = needed === ANYONE ? [] : needed === ANY_OPERATOR ? ['view-activity'] : [needed];
      const dispatch = createDispatcher(recordingHandlers(calls), holding(...held));
      // Invalid input now gets past the privilege check and is refused by validation instead.
      expect(await dispatch(channel, BAD_INPUT, ctx)).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(calls).toEqual([]);
    });
  });

  it('runs the handler once a caller with the privilege sends valid input', async () => {
    const calls: Channel[] = [];
    const dispatch = createDispatcher(recordingHandlers(calls), holding('manage-operators'));
    expect(await dispatch('operators:list', {}, ctx)).toEqual({ ok: true, value: 'handled' });
    expect(await dispatch('settings:get', {}, ctx)).toEqual({ ok: true, value: 'handled' });
    expect(await dispatch('settings:save', {}, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual(['operators:list', 'settings:get']);
  });
});

function labelOf(privilege: Privilege): string {
  return new Map<Privilege, string>([
    ['configure-provisioning', 'Configure Provisioning Settings'],
    ['manage-employees', 'Manage Employees'],
    ['view-activity', 'View Provisioning Activity'],
    ['manage-operators', 'Manage Operators'],
  ]).get(privilege)!;
}
