#!/usr/bin/env bash
# `npm test`: lint (Biome, a few seconds), type-check, build, then every test inside a real, throw-away
# GNOME Keyring session: Vitest (unit and integration, Node) and Playwright (end-to-end, Debian's
# Chromium). Lint findings do not stop the suites; both suites run even when the first fails; the
# last line sums them up (the lint counts as one check).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dbus-run-session gnome-keyring-daemon /usr/bin/chromium; do
  command -v "$tool" >/dev/null || {
    echo "npm test: $tool is missing. Install the system packages once: sudo bash scripts/system-packages.sh" >&2
    exit 1
  }
done

mkdir -p artifacts
rm -f artifacts/lint.status artifacts/vitest.json artifacts/playwright.json
status=0
lint=0
npm run --silent lint || lint=$?
echo "$lint" > artifacts/lint.status
[ "$lint" -eq 0 ] || status=1
npm run --silent typecheck
npm run --silent build
bash scripts/with-keyring.sh bash -c '
  status=0
  npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json || status=1
  PLAYWRIGHT_JSON_OUTPUT_NAME=artifacts/playwright.json npx playwright test --reporter=list,json || status=1
  exit $status
' || status=1
node scripts/test-summary.mjs
exit $status
