#!/usr/bin/env bash
# GUI benchmarks of the main window issue, each against a baseline measured in the same run:
#  1. 50 candidates each printing 500 lines a second for 10 s on the local backend, all at once,
#     the window shown and the busiest candidate's log streaming: longest stall of the GUI
#     thread (5 ms QTimer heartbeat; target <= 50 ms) against the idle window for as long, and
#     peak RSS of the GUI process (VmHWM, candidates not included; target <= 300 MiB).
#     Also the stalls over 16 ms in the first 0.5 s after Run, while the sandboxes start
#     (target: none).
#  2. Launch to the main window's first paint (target <= 500 ms) against a bare QApplication +
#     QWidget, median of REPEATS launches each after one warm-up.
#  3. The comparison viewer on a 50 MiB text artifact against a 1 KB one (COMPARE_MIB): first
#     paint of the diff (target <= 300 ms), longest stall scrolling to the end (target <= 50 ms),
#     peak RSS growth (target <= 4x the artifacts).
#  4. Log streaming through a run into the live logs with three secrets passed (redaction)
#     against none, median of 7 each: the ratio of the throughputs (target >= 0.95).
# Runs under Xvfb (xvfb-run, the xcb platform: real X11 windows) when it is installed, else on
# the offscreen platform; PLATFORM=offscreen forces the latter. Settings, candidate lists and
# autosaves go to a temporary HOME, never the user's.
# Usage: tests/bench/bench_gui.sh [build dir]   (default: build)
#   CANDIDATES=50 RATE=500 DURATION=10 REPEATS=7 change the figures.
set -euo pipefail

build=${1:-build}
bench=$(realpath "$build/bin/bench_gui")
platform=${PLATFORM:-}
if [ -z "$platform" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then platform=xcb; else platform=offscreen; fi
fi

# A temporary HOME and XDG dirs first, then one X server and one D-Bus session for the whole
# benchmark, as on a desktop (without a session bus, Qt's D-Bus autolaunch costs any Qt app
# about 3 s at start); whatever the bus starts (a keyring) lives in the temporary HOME too.
if [ -z "${BENCH_GUI_WORK:-}" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
  mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
  mkdir -m 700 "$XDG_RUNTIME_DIR"
  wrap=()
  if [ "$platform" = xcb ]; then wrap+=(xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp"); fi
  if command -v dbus-run-session >/dev/null 2>&1; then wrap+=(dbus-run-session --); fi
  BENCH_GUI_WORK=$work PLATFORM=$platform "${wrap[@]}" "$0" "$@"
  exit
fi
work=$BENCH_GUI_WORK
export QT_QPA_PLATFORM=$platform

candidates=${CANDIDATES:-50}
rate=${RATE:-500}
seconds=${DURATION:-10}
repeats=${REPEATS:-7}

value() { sed -n "s/^$1=//p" "$2" | tail -n1; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
maximum() { sort -g | tail -n1; }

echo "== platform: $platform ($(nproc) cores), Qt from $(dirname "$(ldd "$bench" | awk '/libQt6Core/ {print $3}')")"

echo "== $candidates candidates x $rate lines/s x $seconds s, all at once, window shown"
"$bench" load "$candidates" "$rate" "$seconds" >"$work/load" 2>"$work/load.err" || {
  echo "bench_gui load failed:"; cat "$work/load" "$work/load.err"; exit 1; }
l() { value "$1" "$work/load"; }
printf 'idle window:  longest stall %6.1f ms  p99 %5.1f ms  stalls > 16 ms: %s  GUI CPU %5.1f %%\n' \
  "$(l idle_longest_stall_ms)" "$(l idle_p99_stall_ms)" "$(l idle_stalls_over_16ms)" \
  "$(l idle_gui_cpu_percent)"
printf 'under load:   longest stall %6.1f ms  p99 %5.1f ms  stalls > 16 ms: %s  GUI CPU %5.1f %%\n' \
  "$(l load_longest_stall_ms)" "$(l load_p99_stall_ms)" "$(l load_stalls_over_16ms)" \
  "$(l load_gui_cpu_percent)"
printf 'stalls > 16 ms idle (ms@s after the idle phase began): %s\n' "$(l idle_worst_stalls)"
printf 'stalls > 16 ms under load (ms@s after Run; Run clicked in %.1f ms, row %s selected at 2 s, run\n  finished at %s s): %s\n' \
  "$(l load_run_click_ms)" "$(l load_selected_row)" "$(l load_finished_at_s)" "$(l load_worst_stalls)"
printf 'stalls > 16 ms in the first 0.5 s after Run, while the sandboxes start: %s (target 0): %s\n' \
  "$(l load_start_stalls_over_16ms)" "$(l load_start_stalls)"
printf 'GUI thread CPU in the first 0.5 s after Run: %.1f ms, %.1f ms of it in the Run click\n' \
  "$(l load_start_gui_cpu_ms)" "$(l load_run_click_gui_cpu_ms)"
printf 'RSS every 0.5 s under load (MiB): %s\n' "$(l load_rss_timeline_mib)"
printf 'longest stall under load: %.1f ms (target <= 50 ms; idle baseline %.1f ms)\n' \
  "$(l load_longest_stall_ms)" "$(l idle_longest_stall_ms)"
printf 'peak RSS of the GUI process: %.1f MiB under load (target <= 300 MiB), %.1f MiB idle\n' \
  "$(l load_peak_rss_mib)" "$(l idle_peak_rss_mib)"
printf 'output received: %s of %s lines (%.1f MiB); candidates succeeded: %s\n' \
  "$(l load_lines_received)" "$(l load_lines_expected)" "$(l load_mib_received)" \
  "$(l load_succeeded)"

echo "== launch to first paint, median of $repeats (after one warm-up each)"
launch() { # mode -> ms to the frame painted and back in the event loop
  BENCH_GUI_T0=$EPOCHREALTIME "$bench" "$1" >"$work/launch" 2>"$work/launch.err" || {
    echo "bench_gui $1 failed:" >&2; cat "$work/launch" "$work/launch.err" >&2; exit 1; }
  value launch_shown_ms "$work/launch"
}
launch bare >/dev/null
launch launch >/dev/null
bare_times=() window_times=()
for _ in $(seq "$repeats"); do
  bare_times+=("$(launch bare)")
  window_times+=("$(launch launch)")
done
bare=$(printf '%s\n' "${bare_times[@]}" | median)
window=$(printf '%s\n' "${window_times[@]}" | median)
printf 'bare QApplication + QWidget: %6.1f ms (max %.1f)\n' "$bare" \
  "$(printf '%s\n' "${bare_times[@]}" | maximum)"
printf 'MainWindow:                  %6.1f ms (max %.1f)\n' "$window" \
  "$(printf '%s\n' "${window_times[@]}" | maximum)"
printf 'launch to window shown: %.1f ms (target <= 500 ms), %.1f ms more than the bare baseline\n' \
  "$window" "$(echo "$window - $bare" | bc -l)"

echo "== comparison viewer: a ${COMPARE_MIB:-50} MiB text artifact against a 1 KB one"
"$bench" compare "${COMPARE_MIB:-50}" >"$work/compare" 2>"$work/compare.err" || {
  echo "bench_gui compare failed:"; cat "$work/compare" "$work/compare.err"; exit 1; }
c() { value "$1" "$work/compare"; }
printf 'first paint of the diff: %.1f ms (target <= 300 ms; two 1 KB artifacts: %.1f ms)\n' \
  "$(c compare_big_first_paint_ms)" "$(c compare_small_first_paint_ms)"
printf 'first paint, 2 x 100,000 lines with 10%% changed: %.1f ms (target <= 300 ms); 4 of them: %.1f ms (target <= 1000 ms)\n' \
  "$(c compare_lines2_first_paint_ms)" "$(c compare_lines4_first_paint_ms)"
printf 'while the diff runs: longest stall %.1f ms (target <= 50 ms)\n' \
  "$(c compare_open_longest_stall_ms)"
printf 'scrolling to the end (%s rows, %.2f s): longest stall %.1f ms (target <= 50 ms), p99 %.1f ms; worst: %s\n' \
  "$(c compare_rows)" "$(c compare_scroll_s)" "$(c compare_scroll_longest_stall_ms)" \
  "$(c compare_scroll_p99_stall_ms)" "$(c compare_scroll_worst_stalls)"
printf 'peak RSS growth: %.1f MiB for %.1f MiB of artifacts (target <= 4x)\n' \
  "$(c compare_peak_rss_growth_mib)" "$(c compare_artifacts_mib)"

echo "== log streaming with three secrets passed against none (redaction), median of 7 each"
"$bench" redaction >"$work/redaction" 2>"$work/redaction.err" || {
  echo "bench_gui redaction failed:"; cat "$work/redaction" "$work/redaction.err"; exit 1; }
r() { value "$1" "$work/redaction"; }
printf 'log streaming into the log pane: %.1f MiB/s with secrets, %.1f MiB/s without: ratio %.3f (target >= 0.95)\n' \
  "$(r redaction_with_mib_s)" "$(r redaction_without_mib_s)" "$(r redaction_ratio)"
printf 'the run alone (no log pane): %.1f MiB/s with secrets, %.1f MiB/s without: ratio %.3f\n' \
  "$(r redaction_core_with_mib_s)" "$(r redaction_core_without_mib_s)" "$(r redaction_core_ratio)"
