#!/usr/bin/env bash
# Class 7: a name with a newline or a terminal escape, given to the real
# programs, comes out escaped on one line: never as a line of its own that
# reads like the kiosk's (a forged "kiosk: installed ..." in the journal).
#   forged_log_lines_test.sh KIOSK KIOSK_PACK SOURCE_DIR
set -euo pipefail
kiosk=$1 kiosk_pack=$2 source_dir=$3
work=$(mktemp -d "$PWD/forged.XXXXXX")
trap 'rm -rf "$work"' EXIT
forged=$'x\nkiosk: installed evil version 99\e[2J'

# The kiosk's own log (stderr, as the journal reads it) for a pack folder so named.
timeout 60 "$kiosk" --pack "$work/$forged" --screenshot "$work/shot.png" --size 640x480 \
  2> "$work/kiosk.log" && { echo "a missing pack was accepted"; exit 1; }
# kiosk-pack's problem lines for a picture so named inside a pack.
cp -r "$source_dir/content/default" "$work/pack"
python3 - "$work/pack" "$forged" <<'PY'
import json, sys
root, name = sys.argv[1], sys.argv[2]
path = f"{root}/events/2014.json"
events = json.load(open(path))
events["events"][1]["image"] = "images/" + name + ".png"
json.dump(events, open(path, "w"), ensure_ascii=False)
PY
"$source_dir/tests/support/rehash_pack.py" "$work/pack"
timeout 60 "$kiosk_pack" validate "$work/pack" > "$work/validate.log" 2>&1 && {
  echo "validate accepted a forged name"; exit 1; }

status=0
for log in kiosk.log validate.log; do
  if grep -a -q $'\e' "$work/$log"; then echo "$log: a terminal escape came through"; status=1; fi
  if grep -a -q '^kiosk: installed' "$work/$log"; then
    echo "$log: a forged line came through:"; cat "$work/$log"; status=1
  fi
  grep -a -q 'x\\nkiosk: installed evil version 99\\e\[2J' "$work/$log" || {
    echo "$log: the name is not shown escaped:"; cat "$work/$log"; status=1; }
done
[ $status -eq 0 ] && echo "names with control characters are logged escaped, one line each"
exit $status
