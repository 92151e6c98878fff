#!/usr/bin/env bash
# USB installs and the staff panel, end to end with the real kiosk on a
# simulated clock: a folder appearing under a mount root stands in for a stick.
# An unsigned pack is refused with the reason on screen; a signed one installs
# during a visit and goes live once the visitor has left; the staff gesture and
# PIN open the panel. Shots are compared with the references in usb_staff/.
#   usb_staff_test.sh KIOSK KIOSK_PACK IMAGE_COMPARE DEFAULT_PACK OUT_DIR
set -euo pipefail
kiosk=$1 tool=$2 compare=$3 default_pack=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
references=$here/usb_staff
rm -rf "$out" && mkdir -p "$out/shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" keygen "$work/staff" >/dev/null
cp -r "$default_pack" "$work/v1"
"$tool" sign "$work/v1" --key "$work/staff.secret" >/dev/null 2>&1
"$tool" install "$work/v1" --state "$work/state" --trusted "$work/staff.public" >/dev/null 2>&1
pin_hash=$(echo 1357 | "$tool" hash-pin)

# 1. An unsigned pack on a stick.
mkdir -p "$work/media1/STICK"
cp -r "$default_pack" "$work/media1/STICK/pack"
sed -i 's/"version": 1$/"version": 2/' "$work/media1/STICK/pack/pack.json"
"$kiosk" --state "$work/state" --trusted "$work/staff.public" --mount-root "$work/media1" \
  --script "$here/usb_refused.script" --out "$out/shots" --size 960x540 2> "$out/refused.log" || {
  cat "$out/refused.log"; echo "the unsigned-stick session failed"; exit 1; }
grep -q "refused" "$out/refused.log" || { cat "$out/refused.log"; echo "no refusal logged"; exit 1; }

# 2. A signed version 2 while a visitor is there, then the staff panel.
mkdir -p "$work/media2/STICK"
cp -r "$default_pack" "$work/media2/STICK/pack"
sed -i 's/"version": 1$/"version": 2/' "$work/media2/STICK/pack/pack.json"
"$tool" sign "$work/media2/STICK/pack" --key "$work/staff.secret" >/dev/null 2>&1
"$kiosk" --state "$work/state" --trusted "$work/staff.public" --mount-root "$work/media2" \
  --staff-pin-hash "$pin_hash" --now 2026-12-03T15:00:00+09:00 \
  --script "$here/usb_staff.script" --out "$out/shots" \
  --size 960x540 --check-partial-redraw 2> "$out/staff.log" || {
  cat "$out/staff.log"; echo "the signed-stick session failed"; exit 1; }
"$tool" current --state "$work/state" --trusted "$work/staff.public" | grep -q -- "-v2-" || {
  echo "version 2 is not current after the install"; exit 1; }
# Nothing was written to the stick.
[ -z "$(find "$work/media2" -newer "$work/media2/STICK/pack/pack.sig" -type f)" ] || {
  echo "the kiosk wrote to the stick"; exit 1; }

if [ "${KIOSK_UPDATE_REFERENCES:-0}" = 1 ]; then
  mkdir -p "$references" && rm -f "$references"/*.png && cp "$out"/shots/*.png "$references"/
  echo "references updated: $(ls "$references" | wc -l) shots"
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
[ $failed = 0 ] && echo "USB and staff panel: $(ls "$references"/*.png | wc -l) shots match"
exit $failed
