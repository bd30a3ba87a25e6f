import { describe, expect, it } from 'vitest';
import { conditionsOf } from '../../../main/store/sql-conditions';

describe('conditionsOf', () => {
  it('keeps the conditions whose value is set, in order, with their values in the same order', () => {
    expect(
      conditionsOf([
        ['a = ?', 'x'],
        ['b = ?', null],
        ['c >= ?', 3],
      ]),
    ).toEqual({
      conditions: ['a = ?', 'c >= ?'],
      params: ['x', 3],
    });
  });

  it('keeps 0 and the empty string: only null leaves a filter open', () => {
    expect(
      conditionsOf([
        ['active = ?', 0],
        ['name = ?', ''],
      ]),
    ).toEqual({
      conditions: ['active = ?', 'name = ?'],
      params: [0, ''],
    });
  });

  it('gives no conditions for an open filter, and fresh arrays a caller may extend', () => {
    const first = conditionsOf([['a = ?', null]]);
    expect(first).toEqual({ conditions: [], params: [] });
    first.conditions.push('b = ?');
    expect(conditionsOf([['a = ?', null]]).conditions).toEqual([]);
  });
});
