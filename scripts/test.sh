#!/usr/bin/env bash
# `npm test`: type-check, build, then every test inside a real, throw-away GNOME Keyring session:
# Vitest (unit and integration, Node) and Playwright (end-to-end, Debian's Chromium). Both suites
# run even when the first fails; the last line sums them up.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dbus-run-session gnome-keyring-daemon /usr/bin/chromium; do
  command -v "$tool" >/dev/null || {
    echo "npm test: $tool is missing. Install the system packages once: sudo bash scripts/system-packages.sh" >&2
    exit 1
  }
done

npm run --silent typecheck
npm run --silent build
mkdir -p artifacts
rm -f artifacts/vitest.json artifacts/playwright.json
status=0
bash scripts/with-keyring.sh bash -c '
  status=0
  npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json || status=1
  PLAYWRIGHT_JSON_OUTPUT_NAME=artifacts/playwright.json npx playwright test --reporter=list,json || status=1
  exit $status
' || status=1
node scripts/test-summary.mjs
exit $status
