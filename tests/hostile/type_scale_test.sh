#!/usr/bin/env bash
# Class 2: type sizes that validate but crashed the kiosk. A theme with every
# type size at the largest the validator accepts (0.25 of the screen's shorter
# side) must render every screen (and every attract slide, through --bench
# all: about 20 s of CPU a size under llvmpipe) at 3840x2160 and
# 2160x3840: no crash, no glyph missing from the atlas, and the log says the
# type was capped (screen_size_test.sh covers the sizes beyond).
#   type_scale_test.sh KIOSK KIOSK_PACK SOURCE_DIR
set -euo pipefail
kiosk=$1 kiosk_pack=$2 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$source/content/default" "$work/pack"
python3 - "$work/pack" <<'PY'
import hashlib, json, sys
root = sys.argv[1]
def edit(name, change):
    path = f"{root}/{name}"
    document = json.load(open(path))
    change(document)
    json.dump(document, open(path, "w"), ensure_ascii=False, indent=2)
def largest_type(theme):
    theme["type_scale"] = {"display": 0.25, "title": 0.25, "body": 0.25, "caption": 0.25}
edit("theme.json", largest_type)
manifest = json.load(open(f"{root}/pack.json"))
for f in manifest["files"]:
    data = open(f"{root}/{f['path']}", "rb").read()
    f["size"], f["sha256"] = len(data), hashlib.sha256(data).hexdigest()
json.dump(manifest, open(f"{root}/pack.json", "w"), ensure_ascii=False, indent=2)
PY
"$kiosk_pack" validate "$work/pack" > "$work/validate.log" 2>&1 || {
  cat "$work/validate.log"; echo "the hostile theme does not validate: the test tests nothing"; exit 1; }

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
