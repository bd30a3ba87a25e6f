// The net member changes a member-only PATCH logs: steps that undo each other leave nothing, and a
// change of many members looks up only the names it shows.
import { describe, expect, it } from 'vitest';
import { MEMBER_NAMES_LOGGED } from '../../../main/services/groups/group-changes';
import { MembershipDelta } from '../../../main/services/groups/membership-delta';

const upper = (ids: readonly string[]) => ids.map((id) => id.toUpperCase());

describe('MembershipDelta', () => {
  it('records what was added and removed, by name', () => {
    const delta = new MembershipDelta();
    delta.added('ann');
    delta.removed('bob');
    expect(delta.isEmpty()).toBe(false);
    expect(delta.changes(upper)).toEqual({
      membersAdded: { old: null, new: ['ANN'] },
      membersRemoved: { old: ['BOB'], new: null },
    });
  });

  it('nets out an add undone by a remove, and a remove (or clear) undone by an add', () => {
    const delta = new MembershipDelta();
    delta.added('ann');
    delta.removed('ann');
    delta.removed('bob');
    delta.added('bob');
    expect(delta.isEmpty()).toBe(true);
    expect(delta.changes(upper)).toEqual({});
  });

  it('looks up only the names it logs, then counts the rest', () => {
    const delta = new MembershipDelta();
    for (let i = 0; i < MEMBER_NAMES_LOGGED + 7; i++) delta.removed(`u${i}`);
    const asked: string[][] = [];
    const changes = delta.changes((ids) => {
      asked.push([...ids]);
      return [...ids];
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(MEMBER_NAMES_LOGGED);
    expect(changes.membersRemoved?.old).toEqual([...asked[0]!, 'and 7 more']);
  });
});
