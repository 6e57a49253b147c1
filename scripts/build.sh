#!/usr/bin/env bash
# Configures and builds Dream Foundry into ./build (Release, with tests).
set -euo pipefail
cd "$(dirname "$0")/.."
build_type=${BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DBUILD_TESTING=ON
cmake --build build -j "${JOBS:-2}"
