#!/usr/bin/env bash
# Draws ReportKit's icons (a report page with numbered lines and a check mark) at every size the
# extension uses. Needs ImageMagick; the PNGs are committed, so builds do not need to run this.
set -euo pipefail
out="$(dirname "$0")/../extension/icons"
mkdir -p "$out"

# draw SIZE PAGE INK ACCENT FILE: everything is laid out on a 64-unit grid and scaled.
draw() {
  local size=$1 page=$2 ink=$3 accent=$4 file=$5
  convert -size 64x64 xc:none \
    -fill "$page" -stroke "$ink" -strokewidth 3 -draw "roundrectangle 10,4 54,60 5,5" \
    -stroke none -fill "$accent" -draw "rectangle 17,14 23,20" -draw "rectangle 17,28 23,34" -draw "rectangle 17,42 23,48" \
    -fill "$ink" -draw "rectangle 27,15 46,19" -draw "rectangle 27,29 46,33" -draw "rectangle 27,43 40,47" \
    -fill none -stroke "$accent" -strokewidth 6 -draw "polyline 36,50 44,57 60,38" \
    -resize "${size}x${size}" "$out/$file"
}

draw 24 white '#3c3c3c' '#c8102e' deck.png
draw 24 black white yellow deck-hc.png
draw 16 white '#3c3c3c' '#c8102e' menu-16.png
draw 26 white '#3c3c3c' '#c8102e' menu-26.png
draw 42 white '#3c3c3c' '#c8102e' extension.png
draw 42 black white yellow extension-hc.png
draw 128 white '#3c3c3c' '#c8102e' reportkit-128.png
