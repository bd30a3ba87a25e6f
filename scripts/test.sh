#!/usr/bin/env bash
# `npm test`: type-check, build, then every test inside a real, throw-away GNOME Keyring session:
# Vitest (unit and integration, Node) and Playwright (end-to-end, Debian's Chromium).
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
bash scripts/with-keyring.sh bash -c 'npx vitest run && npx playwright test'
