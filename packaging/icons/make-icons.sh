#!/usr/bin/env bash
# Renders every icon file from the one SVG source, msq-offline.svg:
#   msq-offline-<size>.png (16…512), msq-offline.png (256, for jpackage on Linux),
#   msq-offline.ico (Windows: 16, 24, 32, 48, 64, 128, 256) and msq-offline.icns (macOS).
# The generated files are committed, so the installer builds need none of these tools.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 2; }
done
src=msq-offline.svg
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$src" -o "$tmp/$size.png"
done
for size in 16 32 48 64 128 256 512; do
  cp "$tmp/$size.png" "msq-offline-$size.png"
done
cp "$tmp/256.png" msq-offline.png
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" msq-offline.ico
# png2icns picks the icns slot from each PNG's size (16, 32, 48, 128, 256, 512, 1024).
png2icns msq-offline.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
ls -l msq-offline*.png msq-offline.ico msq-offline.icns
