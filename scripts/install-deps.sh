#!/usr/bin/env bash
# Installs everything Dream Foundry needs to build, run and test on Debian 12.
# Run as root (or with sudo). Safe to run again: apt skips what is installed.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format
  # Qt 6.4 and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 qt6-qpa-plugins libgl-dev qtkeychain-qt6-dev
  # Qt's own strings (qtbase_de.qm, ...) that the window loads beside its translations
  qt6-translations-l10n
  # the local sandbox, its seccomp filter, its private network, and the candidates' interpreter
  bubblewrap libseccomp-dev slirp4netns python3
  # candidates' dependencies: a virtual environment per requirement list, filled by the system's pip
  python3-venv python3-pip
  # headless window tests, screenshots and the keychain tests (a font, so text renders)
  xvfb xauth x11-apps fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-tools
  # QtKeychain loads libsecret at run time (no package dependency pulls it in)
  libsecret-1-0
  # time and memory figures of the benchmarks
  time bc
  # the comparison engine's line diff (header-only)
  libdtl-dev
  # the .desktop and AppStream validators
  desktop-file-utils appstream
  # the Debian package: cpack's shlibdeps reads the binary with `file`; lintian checks the .deb
  file lintian
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The Daytona SDK conformance test needs Node.js and npm; keep a Node.js that is there already.
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ "${#missing[@]}" -gt 0 ]; then
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
