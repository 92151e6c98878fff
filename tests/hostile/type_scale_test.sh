#!/usr/bin/env bash
# Class 2: type sizes that validate but crashed the kiosk. A theme with every
# type size at the largest the validator accepts (0.25 of the screen's shorter
# side) must render every screen (and every attract slide, through --bench
# all: about 20 s of CPU a size under llvmpipe) at 3840x2160 and
# 2160x3840: no crash, no glyph missing from the atlas, and the log says the
# type was capped (screen_size_test.sh covers the sizes beyond). A theme with
# only its display type that large is capped by the glyph size limit instead.
#   type_scale_test.sh KIOSK KIOSK_PACK SOURCE_DIR
set -euo pipefail
kiosk=$1 kiosk_pack=$2 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make_pack DIR DISPLAY TITLE BODY CAPTION: the default pack with that type scale.
make_pack() {
  cp -r "$source/content/default" "$1"
  python3 - "$@" <<'PY'
import json, sys
root, scale = sys.argv[1], [float(v) for v in sys.argv[2:6]]
theme = json.load(open(f"{root}/theme.json"))
theme["type_scale"] = dict(zip(["display", "title", "body", "caption"], scale))
json.dump(theme, open(f"{root}/theme.json", "w"), ensure_ascii=False, indent=2)
# Japanese and English only: the atlas then has room for the display type's
# raster limit to be what caps it, not the space five languages take.
manifest = json.load(open(f"{root}/pack.json"))
manifest["languages"] = ["ja", "en"]
json.dump(manifest, open(f"{root}/pack.json", "w"), ensure_ascii=False, indent=2)
PY
  "$source/tests/support/rehash_pack.py" "$1"
  "$kiosk_pack" validate "$1" > "$work/validate.log" 2>&1 || {
    cat "$work/validate.log"; echo "$1 does not validate: the test would test nothing"; exit 1; }
}

# A glyph bitmap over 65,536 pixels overran ImGui's FreeType builder: display
# type alone at 0.25 (540 px, few characters, so the atlas has room) is
# rasterised at the raster limit instead.
make_pack "$work/display-pack" 0.25 0.045 0.028 0.020
"$kiosk" --pack "$work/display-pack" --screenshot "$work/title.png" --screen title \
  --size 3840x2160 2> "$work/display.log" || {
  tail -n 20 "$work/display.log"; echo "display type 0.25 at 3840x2160: the kiosk failed"; exit 1; }
grep -q "rasterised at 256 px and drawn scaled" "$work/display.log" || {
  cat "$work/display.log"; echo "display type 0.25: not capped at the raster limit"; exit 1; }

make_pack "$work/pack" 0.25 0.25 0.25 0.25
for size in 3840x2160 2160x3840; do
  log=$work/kiosk-$size.log
  status=0
  "$kiosk" --pack "$work/pack" --bench 1 --screen all --size "$size" > "$work/bench-$size.json" \
    2> "$log" || status=$?
  if [ "$status" -ne 0 ]; then
    tail -n 20 "$log"; echo "type scale 0.25 at $size: the kiosk exited with $status"; exit 1
  fi
  for screen in attract attract-transition attract-flights home timeline event highlights \
                partners numbers about map; do
    grep -q "\"screen\": \"$screen\"" "$work/bench-$size.json" || {
      cat "$work/bench-$size.json"; echo "type scale 0.25 at $size: $screen not rendered"; exit 1; }
  done
  if grep -Ei "font lacks|glyph atlas lost|missing glyph" "$log"; then
    echo "type scale 0.25 at $size: glyphs went missing (tofu)"; exit 1
  fi
  grep -q "rasterised at .* px and drawn scaled" "$log" || {
    cat "$log"; echo "type scale 0.25 at $size: the capped type was not logged"; exit 1; }
done

echo "type scale 0.25 rendered every screen at 3840x2160 and 2160x3840, capped and logged"
