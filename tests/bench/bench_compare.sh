#!/usr/bin/env bash
# Comparison benchmark of issue 9. First the engine's own figures (build/bin/bench_compare:
# 2 and 4 artifacts of 100,000 lines with 10% of lines changed, and a 50 MiB artifact against
# a 1 KB one with its peak memory), then `dreamfoundry compare` on a saved run against
# `diff -u` on the same files, measured in the same run (target: at most 3x), and the 4-way
# command (target: at most 1 s).
# Usage: tests/bench/bench_compare.sh [build dir]   (default: build)
#   REPEATS=9 changes the number of timed runs (the median is printed).
set -euo pipefail

build=${1:-build}
app=$(realpath "$build/bin/dreamfoundry")
bench=$(realpath "$build/bin/bench_compare")
repeats=${REPEATS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== the engine (bench_compare)"
"$bench"

"$bench" --results "$work/run"
base="$work/run/base/base.md"
v1="$work/run/v1/v1.md"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# Exit status 1 means "different" for both commands: not a failure here.
time_ms() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now); echo "($t1 - $t0) * 1000" | bc -l; }

diff_ms=() two_ms=() four_ms=() start_ms=() fdiff_ms=() filler_ms=()
for r in $(seq "$repeats"); do
  start_ms+=("$(time_ms "$app" --version)")
  diff_ms+=("$(time_ms diff -u "$base" "$v1")")
  two_ms+=("$(time_ms "$app" compare "$work/run" base v1)")
  four_ms+=("$(time_ms "$app" compare "$work/run" base v1 v2 v3)")
  fdiff_ms+=("$(time_ms diff -u "$work/run/filler1/filler1.md" "$work/run/filler2/filler2.md")")
  filler_ms+=("$(time_ms "$app" compare "$work/run" filler1 filler2)")
done
start=$(printf '%s\n' "${start_ms[@]}" | median)
diffu=$(printf '%s\n' "${diff_ms[@]}" | median)
two=$(printf '%s\n' "${two_ms[@]}" | median)
four=$(printf '%s\n' "${four_ms[@]}" | median)
fdiff=$(printf '%s\n' "${fdiff_ms[@]}" | median)
filler=$(printf '%s\n' "${filler_ms[@]}" | median)

echo
echo "== the command line, piped, median of $repeats"
printf 'dreamfoundry --version (start and stop)  %6.0f ms\n' "$start"
printf 'diff -u base v1                          %6.0f ms\n' "$diffu"
printf 'dreamfoundry compare base v1             %6.0f ms  (%.1fx diff -u; target <= 3x)\n' \
  "$two" "$(echo "$two / $diffu" | bc -l)"
printf 'dreamfoundry compare base v1 v2 v3       %6.0f ms  (target <= 1000 ms)\n' "$four"
printf 'diff -u filler1 filler2 (no unique line)  %6.0f ms\n' "$fdiff"
printf 'dreamfoundry compare filler1 filler2     %6.0f ms\n' "$filler"
changed() { grep -c '^[-+]\([^-+]\|$\)' || true; }
echo "changed lines printed, base v1: dreamfoundry $("$app" compare "$work/run" base v1 | changed)," \
  "diff -u $(diff -u "$base" "$v1" | changed)"
echo "changed lines printed, filler1 filler2: dreamfoundry" \
  "$("$app" compare "$work/run" filler1 filler2 | changed)," \
  "diff -u $(diff -u "$work/run/filler1/filler1.md" "$work/run/filler2/filler2.md" | changed)"
