#!/usr/bin/env bash
# A pack whose picture is damaged (signed as it is, so only decoding can tell)
# still runs: the kiosk logs the picture once with the reason, the attract
# loop's slide shows its designed card without it, and nothing crashes.
#   broken_picture_test.sh KIOSK DEFAULT_PACK
set -euo pipefail
kiosk=$1 default_pack=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$default_pack" "$work/pack"
card=images/events/2014-09-16-project-launched.png   # the loop's first highlighted event
head -c 3000 "$default_pack/$card" > "$work/pack/$card"
python3 - "$work/pack" <<'PY'
import hashlib, json, sys
root = sys.argv[1]
manifest = json.load(open(f"{root}/pack.json"))
for f in manifest["files"]:
    data = open(f"{root}/{f['path']}", "rb").read()
    f["size"], f["sha256"] = len(data), hashlib.sha256(data).hexdigest()
json.dump(manifest, open(f"{root}/pack.json", "w"), ensure_ascii=False, indent=2)
PY
printf 'wait 9500\nexpect-screen attract\nshot broken-picture\n' > "$work/broken.script"
"$kiosk" --pack "$work/pack" --script "$work/broken.script" --out "$work/out" --size 320x180 \
  2> "$work/kiosk.log" || { cat "$work/kiosk.log"; echo "the kiosk failed on a damaged picture"; exit 1; }
[ -s "$work/out/broken-picture.png" ] || { echo "no shot"; exit 1; }
grep -q "picture .*/$card: is damaged" "$work/kiosk.log" || {
  cat "$work/kiosk.log"; echo "the damaged picture was not logged"; exit 1; }
echo "damaged picture logged and shown without it"
