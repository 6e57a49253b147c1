#!/usr/bin/env bash
# Installs what is needed, builds, and opens Dream Foundry with the bundled sample candidates
# on the local backend. Without a display it runs them headless instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/dreamfoundry --samples --backend local "$@"
fi
echo "No display found: running the sample candidates headless." >&2
exec ./build/bin/dreamfoundry run --backend local "Generate weekly AI events for Discord" "$@"
