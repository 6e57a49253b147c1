#!/usr/bin/env bash
# Re-scoring benchmark of the scoring issue: `dreamfoundry score` on a saved run of 20
# candidates whose artifacts are 1 MiB event lists (target: at most 300 ms plus the scorer
# script's own time), against two baselines measured in the same run: `dreamfoundry --version`
# (the process starting and stopping) and `cat` of the 20 artifacts (reading them).
# Usage: tests/bench/bench_rescore.sh [build dir]   (default: build)
#   REPEATS=9 changes the number of timed runs (the median is printed).
set -euo pipefail

build=${1:-build}
app=$(realpath "$build/bin/dreamfoundry")
repeats=${REPEATS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 20 candidates, each writing a 1 MiB list of well-formed upcoming events, run once for real.
mkdir -p "$work/candidates"
for i in $(seq -w 1 20); do
  cat > "$work/candidates/c$i.py" <<'PY'
import datetime, sys
day = datetime.date.today() + datetime.timedelta(days=2)
line = f"- {day} | [AI agents meetup number {{}}](https://events.example-ai.org/e/{{}})\n"
with open(sys.argv[2], "w") as out:
    out.write("# AI events\n\n")
    n = 0
    while out.tell() < 1024 * 1024:
        out.write(line.format(n, n))
        n += 1
PY
done
"$app" run --backend local -o "Generate weekly AI events for Discord" --out "$work/run" \
  "$work"/candidates/*.py >/dev/null

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
time_ms() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1; t1=$(now); echo "($t1 - $t0) * 1000" | bc -l; }

start_ms=() read_ms=() events_ms=() plain_ms=()
for r in $(seq "$repeats"); do
  start_ms+=("$(time_ms "$app" --version)")
  read_ms+=("$(time_ms sh -c "cat '$work'/run/*/c*_output.md")")
  events_ms+=("$(time_ms "$app" score "$work/run" --scorer events)")
  plain_ms+=("$(time_ms "$app" score "$work/run" --scorer plain)")
done
start=$(printf '%s\n' "${start_ms[@]}" | median)
read=$(printf '%s\n' "${read_ms[@]}" | median)
events=$(printf '%s\n' "${events_ms[@]}" | median)
plain=$(printf '%s\n' "${plain_ms[@]}" | median)

echo "== dreamfoundry score on a saved run of 20 candidates with 1 MiB artifacts, median of $repeats"
printf 'baseline: dreamfoundry --version        %7.1f ms\n' "$start"
printf 'baseline: cat the 20 artifacts           %7.1f ms\n' "$read"
printf 'dreamfoundry score --scorer events       %7.1f ms (target <= 300 ms), %.1fx the start-up\n' \
  "$events" "$(echo "$events / $start" | bc -l)"
printf 'dreamfoundry score --scorer plain        %7.1f ms, %.1fx the start-up\n' \
  "$plain" "$(echo "$plain / $start" | bc -l)"
