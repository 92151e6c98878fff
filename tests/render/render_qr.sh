#!/usr/bin/env bash
# QR codes as a visitor's phone reads them: the kiosk draws an event's link,
# the partner companies' links and the attract loop's slide of the project's
# site; each shot is compared with its reference in qr/ and decoded with
# zbarimg (zbar-tools), which must read exactly the links the pack gives, also
# in high contrast with the largest text and on a small 960x540 screen, where
# modules are two pixels.
#   render_qr.sh KIOSK IMAGE_COMPARE REFERENCE_DIR OUT_DIR
# Set KIOSK_UPDATE_REFERENCES=1 to rewrite the references from this run.
set -uo pipefail
kiosk=$1 compare=$2 references=$3 out=$4
. "$(dirname "$0")/check_shot.sh"
rm -rf "$out" && mkdir -p "$out"
failed=0
command -v zbarimg > /dev/null || { echo "zbarimg is missing (apt-get install zbar-tools)"; exit 1; }

website=https://collabo.tokyo-23city.or.jp/
event=event:2015-06-30-website-launched

# NAME KIOSK_ARGS...: a screenshot of the event screen.
shoot() {
  local name=$1
  shift
  "$kiosk" --screenshot "$out/$name" "$@" 2> "$out/${name%.png}.log" || {
    cat "$out/${name%.png}.log"; echo "$name: the kiosk failed"; failed=1; }
}

# NAME LINK...: zbarimg reads exactly these links (in any order) from the shot.
decodes() {
  local name=$1 got want
  shift
  got=$(zbarimg -q --raw "$out/$name" 2> /dev/null | sort)
  want=$(printf '%s\n' "$@" | sort)
  [ "$got" = "$want" ] || { echo "$name: zbarimg read [$got], expected [$want]"; failed=1; }
}

shoot event-ja-1920x1080.png --screen "$event" --lang ja --size 1920x1080
shoot event-en-1080x1920.png --screen "$event" --lang en --size 1080x1920
shoot event-ko-largest-contrast.png --screen "$event" --lang ko --size 1920x1080 \
  --access largest,contrast
shoot event-ja-960x540.png --screen "$event" --lang ja --size 960x540
"$kiosk" --script "$(dirname "$0")/qr_attract.script" --out "$out" --size 1920x1080 \
  2> "$out/attract.log" || { cat "$out/attract.log"; echo "the attract script failed"; failed=1; }
"$kiosk" --script "$(dirname "$0")/qr_partners.script" --out "$out" --size 1920x1080 \
  2> "$out/partners.log" || { cat "$out/partners.log"; echo "the partners script failed"; failed=1; }

for name in event-ja-1920x1080.png event-en-1080x1920.png event-ko-largest-contrast.png \
  event-ja-960x540.png; do
  decodes "$name" "$website"
done
decodes attract-qr.png "$website"
decodes partners-companies.png https://www.dai-ichi-life.co.jp/ https://www.sompo-japan.co.jp/ \
  https://www.ms-ins.com/ https://www.meijiyasuda.co.jp/
for name in event-ja-1920x1080.png event-en-1080x1920.png partners-companies.png attract-qr.png; do
  check_shot "$compare" "$out" "$references" "$name"
done
[ $failed = 0 ] && echo "every QR code reads back as its link; shots match their references"
exit $failed
