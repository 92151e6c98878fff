#!/usr/bin/env bash
# Class 2, the other half: a screen size the kiosk does not support (README,
# "Using it": 320x180 up to 7680x4320, landscape or portrait) is refused with
# one line naming the range and exit status 2, before any window or atlas;
# the smallest sizes in range, either way round, still render.
#   screen_size_test.sh KIOSK KIOSK_PACK SOURCE_DIR
set -euo pipefail
kiosk=$1 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pack=$source/content/default

for args in "--size 319x180" "--size 180x179" "--size 7681x4320" "--size 4320x7681" \
            "--size 4400x4400" "--size 16x16" "--windowed 100x2000" "--windowed 8000x4000"; do
  status=0
  # shellcheck disable=SC2086  # the arguments are split on purpose
  "$kiosk" --pack "$pack" --screenshot "$work/refused.png" $args 2> "$work/refused.log" ||
    status=$?
  if [ "$status" -ne 2 ]; then
    cat "$work/refused.log"; echo "$args: exit $status, expected 2"; exit 1
  fi
  if [ "$(grep -c "outside the sizes the kiosk supports, 320x180 to 7680x4320" "$work/refused.log")" -ne 1 ]; then
    cat "$work/refused.log"; echo "$args: no single line naming the range"; exit 1
  fi
  [ ! -e "$work/refused.png" ] || { echo "$args: a shot was written anyway"; exit 1; }
done

for size in 320x180 180x320; do
  "$kiosk" --pack "$pack" --screenshot "$work/$size.png" --screen home --size "$size" \
    2> "$work/$size.log" || { cat "$work/$size.log"; echo "$size refused or failed"; exit 1; }
  [ -s "$work/$size.png" ] || { echo "$size: no shot"; exit 1; }
done
echo "sizes outside 320x180 to 7680x4320 refused with exit 2; the smallest in range render"
