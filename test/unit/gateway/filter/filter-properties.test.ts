// Properties over random employees and random filters: the SQL that SQLite runs selects exactly the
// employees the in-memory evaluator (the reference semantics) selects, both refuse the same filters,
// and the parser turns any text into an AST or a FilterError, never anything else.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilterPredicate } from '../../../../main/gateway/filter/filter-evaluator';
import { FilterError } from '../../../../main/gateway/filter/filter-error';
import { parseFilter } from '../../../../main/gateway/filter/filter-parser';
import { filterToQuery } from '../../../../main/gateway/filter/filter-to-query';
import type { EmployeeCondition } from '../../../../main/services/employees/employee-query';
import { employees, filterText, valuesOf } from './filter-arbitraries';
import { EmployeesDb, toUserResource } from './employees-db';

const KEYWORDS = /\b(?:and|or|not|eq|ne|co|sw|ew|gt|ge|lt|le|pr|true|false|null)\b/g;

let db: EmployeesDb;
beforeAll(() => {
  db = new EmployeesDb();
});
afterAll(() => db.close());

const scenario = employees.chain((rows) =>
  fc.record({ rows: fc.constant(rows), filters: fc.array(filterText(valuesOf(rows)), { minLength: 4, maxLength: 12 }) }),
);

function attempt<T>(run: () => T): { value: T } | { error: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    return { error };
  }
}

describe('filter properties', () => {
  it('SQL over SQLite selects exactly what the evaluator selects, and both refuse alike', () => {
    let compared = 0;
    let refused = 0;
    fc.assert(
      fc.property(scenario, ({ rows, filters }) => {
        db.replaceAll(rows);
        const resources = rows.map((r) => ({ id: r.id, resource: toUserResource(r) }));
        for (const text of filters) {
          const ast = parseFilter(text);
          const sql = attempt(() => filterToQuery(ast));
          const predicate = attempt(() => createFilterPredicate(ast));
          if ('error' in sql || 'error' in predicate) {
            expect('error' in sql && sql.error, text).toBeInstanceOf(FilterError);
            expect('error' in predicate && predicate.error, text).toBeInstanceOf(FilterError);
            expect((sql as { error: Error }).error.message).toBe((predicate as { error: Error }).error.message);
            refused += 1;
            continue;
          }
          const expected = resources
            .filter((r) => predicate.value(r.resource))
            .map((r) => r.id)
            .sort();
          expect(db.ids(sql.value), `${text}\n${JSON.stringify(sql.value)}`).toEqual(expected);
          compared += 1;
        }
      }),
      { numRuns: 200 },
    );
    // Guard against a generator that only ever produces refusals or empty tables.
    expect(compared).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(0);
  });

  it('the SQL is two-valued: not (F) selects exactly the rows F does not, NULL columns included', () => {
    fc.assert(
      fc.property(scenario, ({ rows, filters }) => {
        db.replaceAll(rows);
        const all = rows.map((r) => r.id).sort();
        for (const text of filters) {
          const compiled = attempt(
            () => [filterToQuery(parseFilter(text)), filterToQuery(parseFilter(`not (${text})`))] as const,
          );
          if ('error' in compiled) continue;
          const [positive, negative]: readonly EmployeeCondition[] = compiled.value;
          const matched = db.ids(positive);
          expect(db.ids(negative), text).toEqual(all.filter((id) => !matched.includes(id)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('generated filters parse, and keywords are case-insensitive', () => {
    fc.assert(
      fc.property(filterText(['x']), (text) => {
        const ast = parseFilter(text);
        // Upper-case the keywords between the JSON strings, never inside them.
        const shouted = text
          .split(/("(?:[^"\\]|\\.)*")/)
          .map((part, i) => (i % 2 === 1 ? part : part.replace(KEYWORDS, (k) => k.toUpperCase())))
          .join('');
        expect(parseFilter(shouted)).toEqual(ast);
      }),
      { numRuns: 300 },
    );
  });

  it('any text either parses or fails with a FilterError that points inside it', () => {
    const noise = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom('a', 'eq', ' ', '"', '\\', '(', ')', '[', ']', '.', ':', 'not', 'and', '1', '-'),
        maxLength: 20,
      }),
      fc
        .tuple(filterText(['x']), fc.nat(), fc.nat(3))
        .map(([t, at, cut]) => t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + cut)),
    );
    fc.assert(
      fc.property(noise, (text) => {
        const result = attempt(() => parseFilter(text));
        if ('error' in result) {
          expect(result.error).toBeInstanceOf(FilterError);
          const { offset } = result.error as FilterError;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
