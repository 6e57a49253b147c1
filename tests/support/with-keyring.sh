#!/usr/bin/env bash
# Runs a command on a private D-Bus session with a fresh gnome-keyring, unlocked, so keychain
# tests use a real Secret Service without touching the user's own keyring or session bus:
#   tests/support/with-keyring.sh COMMAND [ARGS...]
# HOME and the XDG folders point into a temporary folder that is removed afterwards; the
# command's exit status is this script's.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -z "${DREAMFOUNDRY_KEYRING_HOME:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$0: $tool is missing; run scripts/install-deps.sh" >&2
      exit 1
    fi
  done
  home=$(mktemp -d "${TMPDIR:-/tmp}/dreamfoundry-keyring.XXXXXX")
  trap 'rm -rf "$home"' EXIT
  mkdir -p "$home/data" "$home/config" "$home/cache" "$home/runtime"
  chmod 700 "$home/runtime"
  # No display: the daemon must never try to show an unlock prompt, and D-Bus must never
  # autolaunch a bus on a display.
  status=0
  env -u DISPLAY -u WAYLAND_DISPLAY -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
    DREAMFOUNDRY_KEYRING_HOME="$home" \
    dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

# Inside the private session: start the daemon with a login keyring unlocked by a throwaway
# password (it creates the keyring on first use), then run the command.
eval "$(printf '%s' dreamfoundry-test | gnome-keyring-daemon --unlock --components=secrets --replace)"
export GNOME_KEYRING_CONTROL
# Tests refuse to run against a keyring that is not this throwaway one.
export DREAMFOUNDRY_PRIVATE_KEYRING="$DREAMFOUNDRY_KEYRING_HOME"
unset DREAMFOUNDRY_KEYRING_HOME
"$@"
