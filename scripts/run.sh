#!/usr/bin/env bash
# Installs what is needed, builds, and runs the bundled sample candidates on the local backend.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./build/bin/dreamfoundry run --backend local "Generate weekly AI events for Discord" "$@"
