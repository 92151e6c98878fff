#!/usr/bin/env bash
# A character no face can draw fails the renders: a pack whose title ends in
# an emoji (which Noto Sans CJK lacks) is drawn with ImGui's "?" in its place,
# and both a scripted session and a screenshot log "missing glyph U+1F600 in
# display" and exit with status 5, naming the character; the default pack
# passes the same run.
#   missing_glyph_test.sh KIOSK DEFAULT_PACK OUT_DIR
set -euo pipefail
kiosk=$1 default_pack=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cp -r "$default_pack" "$work/pack"
python3 - "$work/pack/pack.json" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)
manifest["title"]["ja"] += "\U0001F600"
with open(path, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
PY
"$(dirname "$0")/../support/rehash_pack.py" "$work/pack"
printf 'no-input\nwait 3000\nexpect-screen attract\nshot title\n' > "$work/title.script"

expect_status() {  # WANT LOG ARGS...: runs the kiosk, checks its exit status
  local want=$1 log=$2 status=0
  shift 2
  "$kiosk" "$@" --size 480x270 --lang ja 2> "$log" || status=$?
  [ "$status" = "$want" ] || { cat "$log"; echo "exit status $status, expected $want: $*"; exit 1; }
}

expect_status 0 "$out/default-script.log" --script "$work/title.script" --out "$out/default"
expect_status 5 "$out/script.log" --pack "$work/pack" --script "$work/title.script" --out "$out/emoji"
expect_status 5 "$out/screenshot.log" --pack "$work/pack" --screenshot "$out/emoji.png" --screen title
for log in script screenshot; do
  grep -q "missing glyph U+1F600 in display" "$out/$log.log" || {
    cat "$out/$log.log"; echo "the $log did not log the missing glyph"; exit 1; }
  [ "$(grep -c "missing glyph U+1F600 in display (" "$out/$log.log")" = 2 ] || {
    cat "$out/$log.log"; echo "the $log logged the glyph more than once, or did not name it"; exit 1; }
done
echo "a missing glyph is logged once and fails the script and the screenshot (status 5)"
