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
"$(dirname "$0")/../support/rehash_pack.py" "$work/pack"
printf 'no-input\nwait 9500\nexpect-screen attract\nshot broken-picture\n' > "$work/broken.script"
"$kiosk" --pack "$work/pack" --script "$work/broken.script" --out "$work/out" --size 320x180 \
  2> "$work/kiosk.log" || { cat "$work/kiosk.log"; echo "the kiosk failed on a damaged picture"; exit 1; }
[ -s "$work/out/broken-picture.png" ] || { echo "no shot"; exit 1; }
grep -q "picture .*/$card: is damaged" "$work/kiosk.log" || {
  cat "$work/kiosk.log"; echo "the damaged picture was not logged"; exit 1; }
echo "damaged picture logged and shown without it"
