#!/bin/sh
# Runs the official Daytona TypeScript SDK (pinned in package.json / package-lock.json) against
# the Daytona stand-in: installs the SDK with `npm ci` into a cache folder of the build tree
# when it is missing or the lock file changed, starts the standalone stand-in, runs
# sdk-flow.mjs, and stops the stand-in whatever happens.
#
#   run-conformance.sh <daytona-standin binary> <cache dir> [stand-in options...]
#   run-conformance.sh --install-only <cache dir>     (prints the folder holding node_modules)
set -eu

here=$(cd "$(dirname "$0")" && pwd)

install_sdk() {
    mkdir -p "$1"
    cache=$(cd "$1" && pwd)
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        echo "conformance: node and npm are required (scripts/install-deps.sh installs them)" >&2
        exit 1
    fi
    mkdir -p "$cache"
    stamp="$cache/.package-lock.sha256"
    wanted=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
    if [ ! -f "$cache/node_modules/@daytonaio/sdk/package.json" ] \
        || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        echo "conformance: installing the pinned SDK into $cache" >&2
        cp "$here/package.json" "$here/package-lock.json" "$cache/"
        # No install scripts: the SDK needs none, and CI should not run code it did not ask for.
        if ! (cd "$cache" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2; then
            # A machine that cannot reach the npm registry cannot get the SDK: that is a skip
            # (ctest's SKIP_RETURN_CODE), not a failure. A reachable registry makes it a failure.
            if ! npm ping --fetch-timeout=15000 --fetch-retries=0 >/dev/null 2>&1; then
                echo "conformance: SKIPPED: the npm registry cannot be reached, so the pinned" \
                    "Daytona SDK cannot be installed on this machine" >&2
                exit 77
            fi
            echo "conformance: npm ci failed although the registry answers" >&2
            exit 1
        fi
        echo "$wanted" > "$stamp"
    fi
    # The scripts import the SDK by name, so they run from next to node_modules.
    cp "$here/sdk-flow.mjs" "$here/sdk-five-steps.mjs" "$cache/"
}

# Exit status: 0 passed, 1 failed, 77 skipped (no npm registry on this machine).
if [ "${1:-}" = "--install-only" ]; then
    install_sdk "$2"
    echo "$cache"
    exit 0
fi

if [ $# -lt 2 ]; then
    echo "usage: $0 <daytona-standin binary> <cache dir> [stand-in options...]" >&2
    exit 2
fi
standin=$1
shift
install_sdk "$1"
shift

work=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# A signal (Ctrl-C, a closed pipe, ctest's timeout) must still stop the stand-in.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

key="dtn_conformance$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
"$standin" --api-key "$key" --start-delay-ms 500 --verbose "$@" >"$work/url" 2>"$work/standin.log" &
pid=$!

# The stand-in prints its base URL on its first line once it listens.
tries=0
while [ ! -s "$work/url" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "conformance: the stand-in exited early:" >&2
        cat "$work/standin.log" >&2
        exit 1
    fi
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "conformance: the stand-in did not print its URL within 10 s" >&2
        exit 1
    fi
    sleep 0.1
done
url=$(head -n 1 "$work/url")
echo "conformance: SDK $(node -p "require('$cache/node_modules/@daytonaio/sdk/package.json').version") against $url"

status=0
(cd "$cache" && node sdk-flow.mjs --api-url "$url" --api-key "$key") || status=$?
if [ "$status" -ne 0 ]; then
    echo "conformance: the SDK flow failed; stand-in log:" >&2
    cat "$work/standin.log" >&2
fi
exit "$status"
