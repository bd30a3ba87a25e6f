// Dependencies point one way (DESIGN.md): app, console-api, gateway, cli -> services -> store, secrets;
// only main/app and the preload bridge touch Electron; the renderer reaches main only through the
// contract. This test reads every import so a stray one fails the build instead of a review.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
  /** Project-relative target for relative imports. */
  target: string | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)].map((match) => {
    const specifier = match[3]!;
    const target = specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : null;
    return { file, specifier, typeOnly: match[2] !== undefined, target };
  });
}

const all = ['main', 'preload', 'renderer'].flatMap(sourceFiles).flatMap(importsOf);
const from = (prefix: string) => all.filter((i) => i.file.startsWith(prefix));
const describeImport = (i: Import) => `${i.file} imports ${i.specifier}`;

/** The pure modules of preload/: the only ones the renderer may import as values. */
const PURE_MODULES = [
  'preload/contract',
  'preload/field-catalog',
  'preload/tenant-url-rule',
  'preload/token-expiry',
  'preload/provisioning-prerequisites',
  'preload/token-label-rule',
  'preload/failure-status',
  'preload/employees-contract',
  'preload/case-fold',
  'preload/token-kinds',
  'preload/privileges',
  'preload/operators-contract',
  'preload/audit-contract',
  'preload/audit-actions',
  'preload/local-day-range',
  'preload/connection-contract',
  'preload/breaking-change',
  'preload/activity-contract',
  'preload/activity-operations',
  'preload/activity-search-text',
  'preload/api-error',
  'preload/organization-name',
  'preload/employee-fields',
  'preload/log-retention',
  'preload/export-formats',
  'preload/export-format-schema',
  'preload/csv-file-text',
  'preload/placement-format',
  'preload/organization-subtree',
  'preload/count-words',
];

describe('import boundaries', () => {
  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(from('renderer/').length).toBeGreaterThan(10);
  });

  it("only main/app and the preload bridge import 'electron'", () => {
    const offenders = all.filter(
      (i) => i.specifier === 'electron' && !i.file.startsWith('main/app/') && i.file !== 'preload/index.ts',
    );
    expect(offenders.map(describeImport)).toEqual([]);
  });

  it('the renderer imports neither Electron, Node nor main/, and only the pure contract modules of preload/', () => {
    const pure = new Set(PURE_MODULES);
    const offenders = from('renderer/').filter(
      (i) =>
        i.specifier === 'electron' ||
        i.specifier.startsWith('node:') ||
        ['fs', 'path', 'os', 'crypto', 'better-sqlite3', 'keytar', 'fastify'].includes(i.specifier) ||
        i.target?.startsWith('main/') ||
        (i.target?.startsWith('preload/') && !pure.has(i.target) && !(i.typeOnly && i.target === 'preload/index')),
    );
    expect(offenders.map(describeImport)).toEqual([]);
  });

  // The schemas are main's (it validates every input); the renderer needs their types and the rules
  // beside them. A value import of a module that loads zod put all of zod in the first view's JS
  // (issue #11: 108 KB gzip with it); the renderer imports such a module with `import type` only.
  it('the renderer imports modules that load zod as types only, so zod stays out of its bundle', () => {
    const loadsZod = new Set<string>();
    for (let grew = true; grew; ) {
      grew = false;
      for (const i of from('preload/')) {
        const module = i.file.replace(/\.ts$/, '');
        if (i.typeOnly || loadsZod.has(module)) continue;
        if (i.specifier === 'zod' || loadsZod.has(i.target ?? '')) {
          loadsZod.add(module);
          grew = true;
        }
      }
    }
    expect([...loadsZod]).toEqual(expect.arrayContaining(['preload/contract', 'preload/employees-contract']));
    const offenders = from('renderer/').filter((i) => !i.typeOnly && (i.specifier === 'zod' || loadsZod.has(i.target ?? '')));
    expect(offenders.map(describeImport)).toEqual([]);
  });

  it('the contract modules stay pure (no Node, no Electron, nothing from main/)', () => {
    const offenders = PURE_MODULES.map((module) => `${module}.ts`)
      .flatMap(importsOf)
      .filter((i) => i.specifier !== 'zod' && !(i.target ?? '').startsWith('preload/'));
    expect(offenders.map(describeImport)).toEqual([]);
  });

  // The bridge (preload/index.ts) runs in the renderer's sandbox; main shares only the pure rules.
  it('main imports only the pure modules of preload/', () => {
    const pure = new Set(PURE_MODULES);
    const offenders = from('main/').filter((i) => i.target?.startsWith('preload/') && !pure.has(i.target));
    expect(offenders.map(describeImport)).toEqual([]);
    expect(from('main/').filter((i) => i.target?.startsWith('preload/')).length).toBeGreaterThan(10);
  });

  it('the user management API reaches data through services only, never the store', () => {
    const offenders = from('main/user-api/').filter(
      (i) => /^main\/store\//.test(i.target ?? '') || i.specifier === 'better-sqlite3',
    );
    expect(from('main/user-api/').length).toBeGreaterThan(10);
    expect(offenders.map(describeImport)).toEqual([]);
  });

  it('services depend only on store, secrets and the contract, never on a transport or entry point', () => {
    const offenders = from('main/services/').filter(
      (i) =>
        ['fastify', '@fastify/static', 'electron'].includes(i.specifier) ||
        /^main\/(app|console-api|gateway|cli)\//.test(i.target ?? ''),
    );
    expect(offenders.map(describeImport)).toEqual([]);
  });

  it('store and secrets depend on nothing above them', () => {
    const offenders = [...from('main/store/'), ...from('main/secrets/')].filter((i) =>
      /^main\/(app|console-api|gateway|cli|services)\//.test(i.target ?? ''),
    );
    expect(offenders.map(describeImport)).toEqual([]);
  });

  // Not even types: the row and query types it needs are the services' (services/employees/employee-query.ts),
  // so a second storage engine beside main/store changes nothing here.
  it('the gateway reaches the store only through services, importing nothing from main/store', () => {
    const offenders = from('main/gateway/').filter((i) => /^main\/(store|secrets)\//.test(i.target ?? ''));
    expect(offenders.map(describeImport)).toEqual([]);
  });

  // SQL lives in main/store: the services and the gateway hand it descriptions (employee-query.ts), never text.
  it('no SQL text outside main/store', () => {
    const sql =
      /\b(?:SELECT\s.*\sFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|ORDER\s+BY\b|rowid\b|instr\(|fold_case\()/;
    const offenders = ['main', 'preload', 'renderer']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith('main/store/'))
      .filter((file) => sql.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('outside the services, nothing reaches a store through services.store or a .store. property', () => {
    const offenders = ['main', 'preload', 'renderer']
      .flatMap(sourceFiles)
      .filter((file) => !file.startsWith('main/services/') && !file.startsWith('main/store/'))
      .filter((file) => /\.store\./.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  // Except the desktop app choosing which compiled SQLite driver the process loads: process wiring
  // done once before the services open, not data access.
  it('entry points and transports reach the store only through services', () => {
    const offenders = [...from('main/app/'), ...from('main/console-api/'), ...from('main/cli/')].filter(
      (i) =>
        /^main\/(store|secrets)\//.test(i.target ?? '') &&
        !(i.file === 'main/app/main.ts' && i.target === 'main/store/sqlite-binding'),
    );
    expect(offenders.map(describeImport)).toEqual([]);
  });
});
