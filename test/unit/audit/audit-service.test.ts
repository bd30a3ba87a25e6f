// The audit trail as read back: keyset pages newest first that neither skip nor repeat a row, filters
// that combine, instants in any offset, and a CSV a spreadsheet cannot be tricked into running.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_CSV_HEADER, auditCsvLine } from '../../../main/services/audit/audit-csv';
import type { AuditQuery } from '../../../main/services/audit/audit-service';
import { servicesInTempDir, type ServicesFixture } from '../../fixtures/services';

const open = { since: null, until: null, actor: null, action: null };

describe('audit service', () => {
  let fx: ServicesFixture;
  beforeEach(() => {
    fx = servicesInTempDir();
    const actors = ['ann', 'bob', 'cy'];
    const actions = ['settings.save', 'token.create', 'employee.update'];
    for (let i = 0; i < 30; i++) {
      fx.store.audit.append({
        at: new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString(),
        actor: actors[i % 3]!,
        action: actions[Math.floor(i / 10)]!,
        target: `t${i}`,
        details: { i },
      });
    }
  });
  afterEach(() => fx.dispose());

  const list = (query: Partial<AuditQuery>) => fx.services.audit.list({ ...open, beforeId: null, limit: 100, ...query });
  const indexes = (query: Partial<AuditQuery>) => list(query).entries.map((e) => e.details.i);

  it('pages newest first by id, each row once, and says when no page follows', () => {
    const seen: unknown[] = [];
    let beforeId: number | null = null;
    let pages = 0;
    do {
      const page = list({ beforeId, limit: 7 });
      seen.push(...page.entries.map((e) => e.details.i));
      beforeId = page.nextBeforeId;
      pages++;
    } while (beforeId !== null);
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => 29 - i));
    expect(list({ limit: 30 }).nextBeforeId).toBeNull();
  });

  it('combines the filters: operator, kind, and a time range whose end is exclusive', () => {
    expect(indexes({ actor: 'bob' })).toEqual([28, 25, 22, 19, 16, 13, 10, 7, 4, 1]);
    expect(indexes({ actor: 'bob', action: 'token.create' })).toEqual([19, 16, 13, 10]);
    expect(indexes({ since: '2026-01-03T12:00:00.000Z', until: '2026-01-06T12:00:00.000Z' })).toEqual([4, 3, 2]);
    // The same instants in another offset select the same rows.
    expect(indexes({ since: '2026-01-03T13:00:00+01:00', until: '2026-01-06T07:00:00-05:00' })).toEqual([4, 3, 2]);
    expect(indexes({ actor: 'nobody' })).toEqual([]);
  });

  it('streams every matching row across its internal pages', () => {
    const rows = [...fx.store.audit.each({ ...open, actor: 'ann' }, 4)];
    expect(rows.map((r) => r.details.i)).toEqual([27, 24, 21, 18, 15, 12, 9, 6, 3, 0]);
  });

  it('offers the operators and kinds the log holds', () => {
    expect(fx.services.audit.facets()).toEqual({
      actors: ['ann', 'bob', 'cy'],
      actions: ['employee.update', 'settings.save', 'token.create'],
    });
  });

  it('writes CSV with quoting, human labels, and formulas defused', () => {
    expect(AUDIT_CSV_HEADER).toBe('id,time,operator,what,action,target,details\r\n');
    const line = auditCsvLine({
      id: 7,
      at: '2026-01-01T00:00:00.000Z',
      actor: '=HYPERLINK("http://evil")',
      action: 'employee.update',
      target: 'a,b',
      details: { note: 'say "hi"' },
    });
    expect(line).toBe(
      '7,2026-01-01T00:00:00.000Z,"\'=HYPERLINK(""http://evil"")",Employee edited,employee.update,"a,b","{""note"":""say \\""hi\\""""}"\r\n',
    );
    expect(auditCsvLine({ id: 1, at: 'x', actor: '-1+2', action: 'future.thing', target: null, details: {} })).toBe(
      "1,x,'-1+2,future.thing,future.thing,,{}\r\n",
    );
  });
});
