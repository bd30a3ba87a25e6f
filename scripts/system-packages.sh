#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need and a fresh machine lacks (run as root):
# libsecret-1-dev to build keytar, gnome-keyring and dbus for the real keychain in tests, chromium for
# the end-to-end tests. Installs nothing that is already there.
set -euo pipefail
packages=(libsecret-1-dev gnome-keyring dbus dbus-daemon chromium python3 make g++)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
