// The statement cache prepares a SQL text once, keeps the texts in use, and stays bounded whatever
// texts arrive (a new filter shape per request must not keep a statement each forever).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachedPrepare } from '../../../main/store/statement-cache';

describe('cachedPrepare', () => {
  it('prepares a text once and hands back the same statement', () => {
    const db = new Database(':memory:');
    let prepared = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared += 1;
      return prepare(sql);
    }) as typeof db.prepare;
    const cached = cachedPrepare(db);
    expect(cached('SELECT 1')).toBe(cached('SELECT 1'));
    expect(prepared).toBe(1);
    expect(cached('SELECT 2').pluck().get()).toBe(2);
  });

  it('keeps at most maxStatements, dropping the least recently used and keeping the hot one', () => {
    const db = new Database(':memory:');
    const cached = cachedPrepare(db, { maxStatements: 10 });
    const hot = cached('SELECT 0');
    for (let i = 1; i <= 1000; i += 1) {
      cached(`SELECT ${i}`);
      expect(cached('SELECT 0')).toBe(hot);
    }
    // An evicted text is prepared again: a new statement object.
    const cold = cached('SELECT 500');
    for (let i = 1001; i <= 1020; i += 1) cached(`SELECT ${i}`);
    expect(cached('SELECT 500')).not.toBe(cold);
    expect(cached('SELECT 0')).not.toBe(hot);
  });
});
