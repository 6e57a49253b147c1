#!/usr/bin/env bash
# Daytona backend benchmarks of issue 3 ('Performance'), against the standalone stand-in at
# 50 ms per request and a 2 s sandbox start, 20 trivial candidates, medians of a few repeats:
#  a. wall time of `dreamfoundry run --backend daytona --api-url ...` against the theoretical
#     minimum: start delay + the round trips one candidate needs x latency + script time
#     (target <= 1.2). One candidate needs at least 5 round trips, one per step of the original
#     (create, upload, run, download, delete): each waits for the answer of the one before, and
#     a create that answers only once the sandbox started (as the real API's does) costs the
#     start delay plus one round trip. The figure is checked against the request log.
#  b. the same against the official TypeScript SDK doing the original's five steps for the same
#     20 candidates with Promise.all (tests/conformance/sdk-five-steps.mjs), on the same stand-in
#     in the same run (target <= 0.7).
#  c. HTTP requests per candidate, from the stand-in's --verbose request log, by endpoint.
#  d. with a warm pool (issue 14): `dreamfoundry run --warm N` fills the pool first and says
#     "Warm pool ready"; from that line are timed the first candidate's result (one candidate,
#     target < 1 s), all 20 candidates with 20 warm sandboxes (target < 1.5 s) and the whole
#     process to its exit, which is set against the SDK's time (target <= 0.4; cold, b.,
#     target <= 0.75). Requests per candidate are counted from the ready line on (target <= 6).
# Each is measured twice: with the stand-in's create answering at once (clients poll until the
# sandbox started) and with it answering once started (--create-waits), as the real API does.
# Usage: tests/bench/bench_daytona.sh [build dir]   (default: build)
# Environment: REPEATS (3), CANDIDATES (20), LATENCY_MS (50), START_DELAY_MS (2000),
#   STANDIN_ARGS (stand-in options for a single measurement instead of the two), KEEP=1 keeps
#   the work folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
app=$(realpath "$build/bin/dreamfoundry")
standin=$(realpath "$build/bin/daytona-standin")
repeats=${REPEATS:-3}
candidates=${CANDIDATES:-20}
latency=${LATENCY_MS:-50}
start_delay=${START_DELAY_MS:-2000}
min_round_trips=5
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v node >/dev/null || { echo "bench_daytona: node is required" >&2; exit 1; }
sdk=$(sh "$here/../conformance/run-conformance.sh" --install-only "$build/tests/conformance/sdk")

# The same trivial candidate as bench_local.sh; the SDK runs the same script.
mkdir -p "$work/trivial"
for i in $(seq -w 1 "$candidates"); do
  cat > "$work/trivial/c$i.py" <<'PY'
import sys
print("candidate done")
open(sys.argv[2], "w").write("x" * 1024)
PY
done
script="$work/trivial/c$(seq -w 1 "$candidates" | head -n1).py"

# Prefixes each line of the app's output with the time it came (epoch seconds); at the warm
# pool's ready line it also notes how many requests the stand-in had logged by then.
cat > "$work/stamp.py" <<'PY'
import sys, time
log, mark = sys.argv[1], sys.argv[2]
for line in sys.stdin:
    now = time.time()
    if line.startswith("Warm pool ready"):
        with open(log) as f, open(mark, "w") as m:
            m.write(str(sum(1 for _ in f)))
    sys.stdout.write(f"{now:.6f} {line}")
    sys.stdout.flush()
PY

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
calc() { echo "$*" | bc -l; }

# Script time: the candidate alone, as bare python3 (the stand-in adds its bwrap on top).
script_times=()
for _ in 1 2 3 4 5; do
  t0=$(now)
  /usr/bin/python3 "$script" objective "$work/bare.md" >/dev/null
  t1=$(now)
  script_times+=("$(calc "$t1 - $t0")")
done
script_s=$(printf '%s\n' "${script_times[@]}" | median)

key="dtn_bench$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

# Request log lines of one section, ids replaced so that lines group by endpoint.
section() { sed -n "$(($1 + 1)),$2p" "$work/requests.log"; }
endpoints() {
  sed -E -e 's/^ *[0-9.]+ //' -e 's/\?.*//' \
    -e 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/{id}/g' \
    -e 's/(dreamfoundry|forge)-[^/]*/{name}/g' -e 's#/sandbox/[^/]+$#/sandbox/{id}#' |
    sort | uniq -c | sort -rn |
    awk -v n="$candidates" '{c=$1; $1=""; printf "    %5.2f %s\n", c / n, $0}'
}
lines() { wc -l < "$work/requests.log"; }

# One stand-in, the app and the SDK in turn on it, `repeats` times; then the figures.
bench() {
  local title=$1
  shift
  rm -f "$work/url" # the shell truncates it only once the stand-in's process runs
  "$standin" --api-key "$key" --latency-ms "$latency" --start-delay-ms "$start_delay" \
    --verbose "$@" >"$work/url" 2>"$work/requests.log" &
  pid=$!
  local tries=0
  until [ -s "$work/url" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "bench_daytona: the stand-in exited" >&2; exit 1; }
    tries=$((tries + 1))
    [ "$tries" -le 100 ] || { echo "bench_daytona: the stand-in printed no URL" >&2; exit 1; }
    sleep 0.1
  done
  local url
  url=$(head -n1 "$work/url")
  [ -n "$url" ] || { echo "bench_daytona: the stand-in printed no URL" >&2; exit 1; }

  local app_times=() sdk_times=() sdk_inner=() app_requests=() sdk_requests=()
  local warm_first=() warm_all=() warm_exit=() warm_requests=()
  local r mark end t0 t1 ok
  for r in $(seq "$repeats"); do
    rm -rf "$work/out"
    mark=$(lines)
    t0=$(now)
    DAYTONA_API_KEY=$key "$app" run --backend daytona --api-url "$url" -o objective \
      --out "$work/out" "$work"/trivial/*.py >"$work/app.log" 2>&1 ||
      { echo "bench_daytona: dreamfoundry run failed:" >&2; cat "$work/app.log" >&2; exit 1; }
    t1=$(now)
    end=$(lines)
    ok=$(grep -o '"success": *true' "$work/out/run.json" | wc -l)
    [ "$ok" -eq "$candidates" ] ||
      { echo "bench_daytona: only $ok candidates succeeded" >&2; exit 1; }
    app_times+=("$(calc "$t1 - $t0")")
    app_requests+=("$(calc "($end - $mark) / $candidates")")
    section "$mark" "$end" > "$work/app-requests.log"

    mark=$(lines)
    t0=$(now)
    (cd "$sdk" && node sdk-five-steps.mjs --api-url "$url" --api-key "$key" \
      --candidates "$candidates" --script "$script" --objective objective) >"$work/sdk.json" ||
      { echo "bench_daytona: the SDK's five steps failed:" >&2; cat "$work/sdk.json" >&2; exit 1; }
    t1=$(now)
    end=$(lines)
    sdk_times+=("$(calc "$t1 - $t0")")
    sdk_inner+=("$(node -p "JSON.parse(require('fs').readFileSync('$work/sdk.json')).wall_seconds")")
    sdk_requests+=("$(calc "($end - $mark) / $candidates")")
    section "$mark" "$end" > "$work/sdk-requests.log"

    # d. Warm: one candidate for the first result, then all of them with as many warm.
    warm_run "$url" 1 "$work/trivial/$(basename "$script")"
    warm_first+=("$(calc "$w_first - $w_ready")")
    warm_run "$url" "$candidates" "$work"/trivial/*.py
    warm_all+=("$(calc "$w_last - $w_ready")")
    warm_exit+=("$(calc "$w_exit - $w_ready")")
    warm_requests+=("$(calc "($w_end - $w_mark) / $candidates")")
    section "$w_mark" "$w_end" > "$work/warm-requests.log"
  done
  kill "$pid" && wait "$pid" 2>/dev/null || true
  pid=

  local appt sdkt sdki appr sdkr wfirst wall wexit wreq
  appt=$(printf '%s\n' "${app_times[@]}" | median)
  sdkt=$(printf '%s\n' "${sdk_times[@]}" | median)
  sdki=$(printf '%s\n' "${sdk_inner[@]}" | median)
  appr=$(printf '%s\n' "${app_requests[@]}" | median)
  sdkr=$(printf '%s\n' "${sdk_requests[@]}" | median)
  wfirst=$(printf '%s\n' "${warm_first[@]}" | median)
  wall=$(printf '%s\n' "${warm_all[@]}" | median)
  wexit=$(printf '%s\n' "${warm_exit[@]}" | median)
  wreq=$(printf '%s\n' "${warm_requests[@]}" | median)
  echo
  echo "== $title: $candidates trivial candidates, $latency ms per request, $start_delay ms" \
    "start, median of $repeats runs"
  printf 'theoretical minimum:          %.3f s  (%.1f s start + %d round trips x %d ms + %.3f s script)\n' \
    "$minimum" "$(calc "$start_delay / 1000")" "$min_round_trips" "$latency" "$script_s"
  printf 'dreamfoundry run (daytona):   %.3f s  (runs: %s)\n' "$appt" "${app_times[*]}"
  printf 'official SDK, five steps:     %.3f s  (inside node: %.3f s; runs: %s)\n' \
    "$sdkt" "$sdki" "${sdk_times[*]}"
  printf 'a. app / theoretical minimum: %.2f (target <= 1.2)\n' "$(calc "$appt / $minimum")"
  printf 'b. app / SDK:                 %.2f (target <= 0.7; against the time inside node: %.2f;' \
    "$(calc "$appt / $sdkt")" "$(calc "$appt / $sdki")"
  printf ' the minimum itself is %.2f of the SDK)\n' "$(calc "$minimum / $sdkt")"
  printf 'c. HTTP requests per candidate: app %.2f, SDK %.2f\n' "$appr" "$sdkr"
  echo "   app, by endpoint (last run):"
  endpoints < "$work/app-requests.log"
  echo "   SDK, by endpoint (last run):"
  endpoints < "$work/sdk-requests.log"
  printf 'd. warm pool, from "Warm pool ready":\n'
  printf '   first result, 1 candidate:        %.3f s (target < 1; runs: %s)\n' \
    "$wfirst" "${warm_first[*]}"
  printf '   %d candidates, %d warm, last result: %.3f s (target < 1.5; runs: %s)\n' \
    "$candidates" "$candidates" "$wall" "${warm_all[*]}"
  printf '   to the exit of the process:        %.3f s (runs: %s)\n' "$wexit" "${warm_exit[*]}"
  printf '   warm / SDK:  %.2f (target <= 0.4)   cold / SDK: %.2f (target <= 0.75)\n' \
    "$(calc "$wexit / $sdkt")" "$(calc "$appt / $sdkt")"
  printf '   HTTP requests per candidate, warm: %.2f (target <= 6)\n' "$wreq"
  echo "   warm app, by endpoint (last run):"
  endpoints < "$work/warm-requests.log"
}

# One `dreamfoundry run --warm N` of the given scripts; sets w_ready, w_first, w_last and
# w_exit (epoch seconds: the pool ready, the first and the last candidate's final state, the
# exit) and w_mark, w_end (request log lines at the ready line and at the exit).
warm_run() {
  local url=$1 count=$2
  shift 2
  rm -rf "$work/out"
  DAYTONA_API_KEY=$key "$app" run --backend daytona --api-url "$url" -o objective --warm "$count" \
    --out "$work/out" "$@" 2>&1 | python3 "$work/stamp.py" "$work/requests.log" "$work/mark" \
    > "$work/warm.log" ||
    { echo "bench_daytona: the warm run failed:" >&2; cat "$work/warm.log" >&2; exit 1; }
  w_exit=$(now)
  w_end=$(lines)
  w_mark=$(cat "$work/mark")
  w_ready=$(awk '/Warm pool ready/ {print $1; exit}' "$work/warm.log")
  [ -n "$w_ready" ] || { echo "bench_daytona: no warm pool:" >&2; cat "$work/warm.log" >&2; exit 1; }
  w_first=$(awk '/\] (succeeded|failed|error)/ {print $1; exit}' "$work/warm.log")
  w_last=$(awk '/\] (succeeded|failed|error)/ {t=$1} END {print t}' "$work/warm.log")
  ok=$(grep -o '"success": *true' "$work/out/run.json" | wc -l)
  [ "$ok" -eq "$count" ] || { echo "bench_daytona: warm: only $ok succeeded" >&2; cat "$work/warm.log" >&2; exit 1; }
}

minimum=$(calc "$start_delay / 1000 + $min_round_trips * $latency / 1000 + $script_s")
# shellcheck disable=SC2086 # STANDIN_ARGS is a list of options
if [ -n "${STANDIN_ARGS:-}" ]; then
  bench "stand-in $STANDIN_ARGS" $STANDIN_ARGS
else
  # The stand-in's default create answers at once (clients poll until started); the real API's
  # waits until the sandbox started (docs/daytona.md, "Sandbox states"). Both are measured.
  bench "create answers at once, clients poll"
  bench "create answers once started (--create-waits), as the real API" --create-waits
fi
