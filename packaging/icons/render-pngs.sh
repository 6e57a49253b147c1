#!/usr/bin/env bash
# Renders the hicolor PNG sizes of the application icon from its SVG. The PNGs are committed, so
# building needs no SVG renderer; run this again after editing the SVG (needs librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
name=io.github.dreamfoundry.DreamFoundry
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$name-$size.png"
done
