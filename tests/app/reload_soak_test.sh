#!/usr/bin/env bash
# kiosk --watch reloads a pack 500 times on an open event (the path a save
# takes: validation, fonts, going live in place, the font texture's upload)
# and must end with no more GL objects or open files than after its warm-up,
# and resident memory within 4 MB of it. The pack is the default one in
# Japanese and English without its narration, so that a reload takes about a
# third of a second under llvmpipe.
#   reload_soak_test.sh KIOSK PACK
set -euo pipefail
kiosk=$1 source_pack=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$source_pack" "$work/pack"
rm -rf "$work/pack/narration" "$work/pack/narration.json"
python3 - "$work/pack" <<'PY'
import json, sys
root = sys.argv[1]
manifest = json.load(open(f"{root}/pack.json"))
manifest["languages"] = ["ja", "en"]
manifest["content"].pop("narration", None)
manifest["files"] = [f for f in manifest["files"] if not f["path"].startswith("narration")]
json.dump(manifest, open(f"{root}/pack.json", "w"), ensure_ascii=False, indent=2)
PY
"$here/../support/rehash_pack.py" "$work/pack"

status=0
KIOSK_CONFIG= SDL_AUDIODRIVER=dummy "$kiosk" --pack "$work/pack" --watch --reload-soak 500 \
  --size 320x180 --soak-max-rss-growth 4096 > "$work/soak.txt" 2> "$work/soak.log" || status=$?
cat "$work/soak.txt"
if [ "$status" -ne 0 ]; then
  tail -n 20 "$work/soak.log"
  echo "reload soak: the kiosk exited with $status"
  exit 1
fi
grep -q "reload soak: 500 reloads in" "$work/soak.txt" || { echo "reload soak: no summary"; exit 1; }
