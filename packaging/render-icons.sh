#!/usr/bin/env bash
# Render the application icon's PNG sizes from its SVG (needs rsvg-convert: Debian librsvg2-bin).
# The PNGs are committed; run this again only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.briefwright.Briefwright
dir=desktop/briefwright/resources/icons/app
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$dir/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --output "$dir/${size}x${size}/$id.png" "$dir/$id.svg"
done
echo "rendered $dir/{16..512}/$id.png"
