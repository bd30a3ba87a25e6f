// What the built renderer (npm run build) makes the browser load before the first view: its size,
// and what must not be in it. Reads dist/renderer's manifest and source maps; a size check, not a timing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewFiles, firstViewJs, lazyFiles, readManifest, RENDERER_DIST } from '../../../bench/first-view-size';

/**
 * Issue #11 asks for under 60 KB gzip. react-dom 19's client alone, built by this Vite, is 65.8 KB
 * (the bench's baseline row), so that target cannot be met while the console renders with React;
 * this budget keeps what was won (126.7 KB with zod and every view; 84.7 KB, then 89.9 KB once Test
 * connection, the breaking-change confirmation and log retention joined the settings tab) from creeping
 * back. The tab's dialogs (about 4 KB) are the next thing to load on demand.
 */
const FIRST_VIEW_BUDGET_BYTES = 92 * 1024;

const manifest = readManifest();
const sourcesOf = (file: string): string[] =>
  (JSON.parse(readFileSync(join(RENDERER_DIST, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
const firstViewSources = firstViewFiles(manifest).flatMap(sourcesOf);

describe("the first view's JS", () => {
  it(`stays within ${FIRST_VIEW_BUDGET_BYTES / 1024} KB gzip`, () => {
    const { gzipBytes } = firstViewJs(manifest);
    expect(gzipBytes).toBeGreaterThan(40 * 1024); // react-dom is in it: the reading is real
    expect(gzipBytes).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
  });

  it('carries no zod: main validates, the renderer imports the contract as types', () => {
    expect(firstViewSources.some((source) => source.includes('node_modules/react-dom/'))).toBe(true);
    const everySource = Object.values(manifest)
      .filter((chunk) => chunk.file.endsWith('.js'))
      .flatMap((chunk) => sourcesOf(chunk.file));
    expect(everySource.filter((source) => source.includes('node_modules/zod/'))).toEqual([]);
  });

  it('carries the settings view and none of the other views, which are chunks of their own', () => {
    expect(firstViewSources.some((source) => source.endsWith('features/provisioning-settings/ProvisioningSettingsTab.tsx'))).toBe(
      true,
    );
    const otherViews = ['employees', 'activity', 'gateway', 'audit', 'operators', 'api-tokens'];
    const inFirst = firstViewSources.filter((source) => otherViews.some((view) => source.includes(`features/${view}/`)));
    expect(inFirst).toEqual([]);
    const lazySources = lazyFiles(manifest).flatMap(sourcesOf);
    for (const view of otherViews) expect(lazySources.some((source) => source.includes(`features/${view}/`))).toBe(true);
  });
});
