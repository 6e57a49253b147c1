#!/usr/bin/env bash
# Takes the README screenshot: the main window after a run of the sample candidates on the
# local backend, a real X11 window under Xvfb (the xcb platform), settings from a temporary
# HOME and XDG dirs, never the user's.
# Usage: tests/support/screenshot.sh [build dir] [output]   (default: build docs/screenshot.png)
# Builds nothing: cmake --build <build dir> --target dreamfoundry_screenshot first.
set -euo pipefail

build=${1:-build}
output=$(realpath -m "${2:-docs/screenshot.png}")
tool=$(realpath "$build/bin/dreamfoundry_screenshot")
mkdir -p "$(dirname "$output")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
  XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# A predictable look: the Fusion style, no scaling, English text.
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
unset QT_QPA_PLATFORMTHEME DISPLAY WAYLAND_DISPLAY

# A session bus as on a desktop: without one, Qt's D-Bus autolaunch costs about 3 s and
# leaves a bus daemon behind.
bus=()
if command -v dbus-run-session >/dev/null 2>&1; then bus=(dbus-run-session --); fi
xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "${bus[@]}" "$tool" "$output"
