// Prints one closing line for the whole test run, from the lint's exit status and Vitest's and
// Playwright's JSON reports: "tests: N passed, N failed, N skipped". The lint counts as one check.
// Above it, one "skipped: <test>: <reason>" line per Playwright test skipped with a reason (the
// desktop smoke test where Electron cannot run), so a skip is read, not only counted.
// CI reads it; people read the tools' own output above it.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const lint = existsSync('artifacts/lint.status') ? readFileSync('artifacts/lint.status', 'utf8').trim() : null;
if (lint === '0') passed += 1;
else failed += 1;

const vitest = read('artifacts/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else failed += 1;

const playwright = read('artifacts/playwright.json');
function* skipReasons(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const skip = test.status === 'skipped' && test.annotations?.find((a) => a.type === 'skip' && a.description);
      if (skip) yield `skipped: [${test.projectName}] ${spec.title}: ${skip.description}`;
    }
  }
  for (const child of suite.suites ?? []) yield* skipReasons(child);
}
if (playwright) {
  for (const suite of playwright.suites) for (const line of skipReasons(suite)) console.log(line);
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
} else failed += 1;

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
