#!/usr/bin/env bash
# The staff's self-test page, end to end with the real kiosk on a simulated
# clock: a signed pack installed in a state folder is checked file by file
# (all intact, signed by the trusted key), every text's glyphs against the
# live fonts (none missing), the three test tones are asked for, and the touch
# grid judges taps on target and taps turned 180 degrees; then a --pack folder
# without a signature. Shots are compared with the references in self_test/.
#   self_test_test.sh KIOSK KIOSK_PACK IMAGE_COMPARE DEFAULT_PACK OUT_DIR
set -euo pipefail
kiosk=$1 tool=$2 compare=$3 default_pack=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
references=$here/self_test
rm -rf "$out" && mkdir -p "$out/shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A key kept for this test alone, so that the key id on the page (and in
# the shots) stays the same from run to run.
cp "$references/test-key.secret" "$references/test-key.public" "$work/"
chmod 600 "$work/test-key.secret"
cp -r "$default_pack" "$work/v1"
"$tool" sign "$work/v1" --key "$work/test-key.secret" >/dev/null 2>&1
"$tool" install "$work/v1" --state "$work/state" --trusted "$work/test-key.public" >/dev/null 2>&1
pin_hash=$(echo 1357 | "$tool" hash-pin)
files=$(grep -c '"sha256"' "$default_pack/pack.json")

fail() { cat "$out/$1"; echo "$2"; exit 1; }

"$kiosk" --state "$work/state" --trusted "$work/test-key.public" --staff-pin-hash "$pin_hash" \
  --diagonal-inches 55 --script "$here/self_test.script" --out "$out/shots" --size 960x540 \
  --check-partial-redraw 2> "$out/signed.log" || fail signed.log "the self-test session failed"
grep -q "self-test: $files of $files files of .* intact" "$out/signed.log" ||
  fail signed.log "the pack check did not find all $files files intact"
for side in "left loudspeaker" "right loudspeaker" "both loudspeakers"; do
  grep -q "self-test: test tone on the $side" "$out/signed.log" ||
    fail signed.log "no test tone on the $side"
done
! grep -q "missing glyph" "$out/signed.log" || fail signed.log "a glyph is missing"

"$kiosk" --pack "$default_pack" --staff-pin-hash "$pin_hash" \
  --script "$here/self_test_unsigned.script" --out "$out/shots" --size 960x540 \
  2> "$out/unsigned.log" || fail unsigned.log "the unsigned session failed"
grep -q "self-test: $files of $files files of .* intact" "$out/unsigned.log" ||
  fail unsigned.log "the unsigned pack's files were not all checked"

if [ "${KIOSK_UPDATE_REFERENCES:-0}" = 1 ]; then
  rm -f "$references"/*.png && cp "$out"/shots/*.png "$references"/
  echo "references updated: $(ls "$references"/*.png | wc -l) shots"
  exit 0
fi
failed=0
for reference in "$references"/*.png; do
  name=$(basename "$reference")
  [ -f "$out/shots/$name" ] || { echo "$name: not shot"; failed=1; continue; }
  if ! result=$("$compare" "$out/shots/$name" "$reference" --diff "$out/${name%.png}-diff.png"); then
    echo "$name: $result"; failed=1
  fi
done
[ $failed = 0 ] && echo "self-test: $(ls "$references"/*.png | wc -l) shots match"
exit $failed
