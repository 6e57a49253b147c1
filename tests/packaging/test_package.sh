#!/usr/bin/env bash
# The Debian package end to end: cpack builds it from the build folder, lintian finds no error,
# apt installs it on this machine, the installed dreamfoundry answers --version and runs the
# installed samples headless, and purging it leaves none of its files behind.
# Usage: test_package.sh <build-dir> <expected-version>
# Needs root and apt (a test machine or CI); anywhere else it is skipped (exit 77), never passed.
set -euo pipefail

build_dir=$1
version=$2
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "installing the package needs root"
command -v apt-get >/dev/null && command -v dpkg >/dev/null || skip "no apt-get or dpkg here"
command -v lintian >/dev/null || fail "lintian is not installed (scripts/install-deps.sh installs it)"
# Never remove a dreamfoundry someone installed on purpose.
if dpkg-query -W -f='${Status}' dreamfoundry 2>/dev/null | grep -q "ok installed"; then
  skip "the dreamfoundry package is already installed; this test would remove it"
fi
[ ! -e /usr/bin/dreamfoundry ] || skip "/usr/bin/dreamfoundry exists outside the package"

work=$(mktemp -d)
installed=no
cleanup() {
  # Whatever failed, the machine is left without the package.
  if [ "$installed" = yes ]; then
    apt-get remove --purge -y -o DPkg::Lock::Timeout=300 dreamfoundry >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack"
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out") \
  > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack did not build the package"; }
deb=$(find "$work/out" -maxdepth 1 -name "dreamfoundry_${version}_*.deb" | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "no dreamfoundry_${version}_*.deb in $work/out"; }
dpkg-deb --info "$deb"

echo "== lintian"
lintian --info "$deb" | tee "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reports errors"; fi

echo "== install"
installed=yes # from here on a half-done install is removed too
DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 "$deb" \
  > "$work/install.log" 2>&1 || { cat "$work/install.log"; fail "apt-get install failed"; }
dpkg -L dreamfoundry > "$work/files"
for path in /usr/bin/dreamfoundry /usr/libexec/dreamfoundry/dreamfoundry-scratch-disk \
  /usr/libexec/dreamfoundry/dreamfoundry-window \
  /usr/share/dreamfoundry/candidates/alpha.py \
  /usr/share/dreamfoundry/candidates/scorers/example_scorer.py \
  /usr/share/dreamfoundry/examples/real-agent/main.py \
  /usr/share/dreamfoundry/examples/real-agent/prompts.py \
  /usr/share/applications/io.github.dreamfoundry.DreamFoundry.desktop \
  /usr/share/metainfo/io.github.dreamfoundry.DreamFoundry.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/io.github.dreamfoundry.DreamFoundry.svg \
  /usr/share/icons/hicolor/16x16/apps/io.github.dreamfoundry.DreamFoundry.png \
  /usr/share/icons/hicolor/512x512/apps/io.github.dreamfoundry.DreamFoundry.png \
  /usr/share/doc/dreamfoundry/copyright /usr/share/doc/dreamfoundry/changelog.gz \
  /usr/share/man/man1/dreamfoundry.1.gz; do
  grep -qxF "$path" "$work/files" || fail "the package does not install $path"
done

echo "== run the installed binary"
out=$(/usr/bin/dreamfoundry --version)
echo "$out"
grep -qF "$version" <<<"$out" || fail "--version printed \"$out\", not $version"
# The window is a program of its own among the helpers: the installed command line finds it (its
# own parsing refuses the bad backend; offscreen needs no display).
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/dreamfoundry --backend bogus 2>&1) && fail "a bad backend opened the window"
grep -qF 'Unknown backend "bogus"' <<<"$out" || fail "the installed window did not start: $out"
# The samples from /usr/share: four succeed, delta crashes on purpose, and the run still exits 0.
run_dir="$work/run"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
  /usr/bin/dreamfoundry run -o "Find AI events" --out "$run_dir" > "$work/run.log" 2>&1 \
  || { cat "$work/run.log"; fail "the headless run of the installed samples failed"; }
cat "$work/run.log"
[ -f "$run_dir/run.json" ] || fail "no run.json in $run_dir"
# The installed app finds its own helper: each sandbox has its private, capped disk.
! grep -q "no private disk" "$work/run.log" || fail "the installed app made no private disk"
for sample in alpha beta gamma delta epsilon; do
  grep -q "\"$sample\"" "$run_dir/run.json" || fail "run.json does not name the sample $sample"
done

echo "== remove"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -o DPkg::Lock::Timeout=300 dreamfoundry \
  > "$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "apt-get remove failed"; }
installed=no
left=()
while IFS= read -r path; do
  case "$path" in /usr/*) ;; *) continue ;; esac
  # Shared folders (/usr/share/applications, hicolor's) stay; the package's own files and its
  # own folders must not.
  if [ -e "$path" ] && { [ ! -d "$path" ] || [[ "$path" == */dreamfoundry* ]]; }; then
    left+=("$path")
  fi
done < "$work/files"
[ "${#left[@]}" -eq 0 ] || fail "left behind after purge: ${left[*]}"
echo "the package built, passed lintian, installed, ran and was removed cleanly"
