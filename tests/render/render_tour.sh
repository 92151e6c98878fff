#!/usr/bin/env bash
# Plays the scripted tour with the real kiosk and compares every shot with its
# reference in tour/, within image_compare's tolerance. The script's own
# expect-screen lines check where the visitor is (first touch only wakes, idle
# reset returns to the attract loop).
#   render_tour.sh KIOSK IMAGE_COMPARE SCRIPT REFERENCE_DIR OUT_DIR [KIOSK OPTIONS...]
# Set KIOSK_UPDATE_REFERENCES=1 to rewrite the references from this run.
set -euo pipefail
kiosk=$1 compare=$2 script=$3 references=$4 out=$5
shift 5  # what remains goes to the kiosk (--loop, --now ...)
rm -rf "$out" && mkdir -p "$out"
# Every frame is also redrawn in part over the frame before, as the kiosk does
# on screen, and must equal the whole frame to the last pixel.
"$kiosk" --script "$script" --out "$out" --size 960x540 --check-partial-redraw "$@" \
  2> "$out/kiosk.log" || {
  cat "$out/kiosk.log"; echo "the scripted tour failed"; exit 1; }
if [ "${KIOSK_UPDATE_REFERENCES:-0}" = 1 ]; then
  rm -f "$references"/*.png && cp "$out"/*.png "$references"/
  echo "references updated: $(ls "$references" | wc -l) shots"
  exit 0
fi
failed=0
for reference in "$references"/*.png; do
  name=$(basename "$reference")
  if [ ! -f "$out/$name" ]; then echo "$name: not shot by the tour"; failed=1; continue; fi
  if ! result=$("$compare" "$out/$name" "$reference" --diff "$out/${name%.png}-diff.png"); then
    echo "$name: $result"; failed=1
  fi
done
for shot in "$out"/*.png; do
  case "$shot" in *-diff.png) continue ;; esac
  [ -f "$references/$(basename "$shot")" ] || { echo "$(basename "$shot"): no reference"; failed=1; }
done
[ $failed = 0 ] && echo "$(ls "$references"/*.png | wc -l) shots match their references"
exit $failed
