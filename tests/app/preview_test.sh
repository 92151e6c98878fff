#!/usr/bin/env bash
# kiosk --preview rendered headless: the default pack's Home at four sizes in
# one picture, compared with tests/app/preview/ (image_compare's tolerance);
# and a pack source with an error, watched: the preview still renders, over
# the default pack, with the problem on every tile (its own reference).
#   preview_test.sh KIOSK COMPARE SOURCE_DIR OUT_DIR
set -euo pipefail
kiosk=$1 compare=$2 source=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
references=$here/preview
. "$here/../render/check_shot.sh"
rm -rf "$out" && mkdir -p "$out"
failed=0
export KIOSK_CONFIG= SDL_AUDIODRIVER=dummy

"$kiosk" --preview --screenshot "$out/home.png" --screen home --lang en --size 1280x720 \
  2> "$out/home.log" || { tail -n 20 "$out/home.log"; echo "preview: the kiosk failed"; exit 1; }
check_shot "$compare" "$out" "$references" home.png

# A built pack with one broken date: the problem is drawn, the kiosk does not refuse it.
cp -r "$source/content/default" "$out/broken"
rm -rf "$out/broken/narration" "$out/broken/narration.json"
python3 - "$out/broken" <<'PY'
import json, sys
root = sys.argv[1]
manifest = json.load(open(f"{root}/pack.json"))
manifest["content"].pop("narration", None)
manifest["files"] = [f for f in manifest["files"] if not f["path"].startswith("narration")]
json.dump(manifest, open(f"{root}/pack.json", "w"), ensure_ascii=False, indent=2)
events = json.load(open(f"{root}/events/2016.json"))
events["events"][0]["date"] = "not a date"
json.dump(events, open(f"{root}/events/2016.json", "w"), ensure_ascii=False, indent=2)
PY
"$source/tests/support/rehash_pack.py" "$out/broken"
"$kiosk" --pack "$out/broken" --watch --preview --screenshot "$out/broken.png" --screen home \
  --lang en --size 1280x720 2> "$out/broken.log" || {
  tail -n 20 "$out/broken.log"; echo "preview of a broken pack: the kiosk refused it"; exit 1; }
grep -q "events/2016.json: /events/0/date" "$out/broken.log" || {
  cat "$out/broken.log"; echo "preview of a broken pack: the problem was not reported"; exit 1; }
check_shot "$compare" "$out" "$references" broken.png
exit $failed
