#!/usr/bin/env bash
# Runs a command inside a private, unlocked GNOME Keyring on its own session D-Bus, so keychain tests
# exercise the real Secret Service without touching (or needing) the user's own keyring.
# Usage: bash scripts/with-keyring.sh <command> [args...]
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: '$tool' not found; install the dbus and gnome-keyring packages" >&2
    exit 127
  fi
done

# npm and npx keep their cache under HOME, which the sandbox replaces; keep using the real one.
export IDSVC_NPM_CACHE="${npm_config_cache:-$HOME/.npm}"

# The inner script is single-quoted so nothing expands until it runs inside the new session bus.
exec dbus-run-session -- bash -c '
  set -euo pipefail
  sandbox=$(mktemp -d -t idsvc-keyring.XXXXXX)
  daemon_pid=""
  cleanup() {
    # The daemon outlives our command otherwise; it is ours alone, started below.
    if [ -n "$daemon_pid" ]; then kill "$daemon_pid" 2>/dev/null || true; fi
    rm -rf "$sandbox"
  }
  trap cleanup EXIT

  # A fresh HOME and XDG tree: the login keyring is created here, never in the real home.
  export HOME="$sandbox/home"
  export XDG_DATA_HOME="$HOME/.local/share"
  export XDG_CONFIG_HOME="$HOME/.config"
  export XDG_CACHE_HOME="$HOME/.cache"
  export XDG_RUNTIME_DIR="$sandbox/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  export npm_config_cache="$IDSVC_NPM_CACHE" npm_config_update_notifier=false

  # A throwaway password: the keyring lives only as long as this session.
  password=$(head -c 24 /dev/urandom | base64)
  export_assignments() {
    while IFS= read -r line; do
      case "$line" in *=*) export "$line" ;; esac
    done
  }
  export_assignments < <(printf "%s" "$password" | gnome-keyring-daemon --unlock --components=secrets)
  # --unlock creates and unlocks the login keyring; --start makes the running daemon claim the
  # Secret Service name on the bus now, rather than on the first D-Bus activation.
  export_assignments < <(gnome-keyring-daemon --start --components=secrets 2>/dev/null)
  # Recent daemons print nothing when they use the default control socket under XDG_RUNTIME_DIR.
  if [ -z "${GNOME_KEYRING_CONTROL:-}" ] && [ -S "$XDG_RUNTIME_DIR/keyring/control" ]; then
    export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"
  fi
  if [ -z "${GNOME_KEYRING_CONTROL:-}" ]; then
    echo "with-keyring: gnome-keyring-daemon did not start (no control socket)" >&2
    exit 1
  fi
  # The daemon forked away from us; ask the bus which process owns the Secret Service name.
  daemon_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
    | awk "{ print \$2 }" || true)

  status=0
  "$@" || status=$?
  exit "$status"
' with-keyring "$@"
