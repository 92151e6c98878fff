#!/usr/bin/env bash
# Class 1, pictures, through the real programs: a GIF saved as .png in a signed
# pack once reached stb_image's GIF decoder. Now `kiosk-pack validate`,
# `kiosk-pack install` and the kiosk each refuse it with one line naming the
# file, and none of them crashes.
#   pictures_test.sh KIOSK KIOSK_PACK SOURCE_DIR
set -euo pipefail
kiosk=$1 tool=$2 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source/content/default" "$work/pack"
card=images/events/2014-09-16-project-launched.png   # the first highlighted event's picture
printf 'GIF89a\001\000\001\000\200\000\000\000\000\000\377\377\377,\000\000\000\000\001\000\001\000\000\002\002D\001\000;' \
  > "$work/pack/$card"
"$(dirname "$0")/../support/rehash_pack.py" "$work/pack"
line="image \"$card\" is not a PNG or JPEG picture (it starts like a GIF)"

# Exit status 1 (refused) is expected; above 128 is a crash, 124 a hang.
refused() {  # NAME STATUS LOG
  if [ "$2" -eq 0 ] || [ "$2" -ge 124 ]; then
    cat "$3"; echo "$1: exit status $2; expected a refusal"; exit 1
  fi
  grep -qF "$line" "$3" || { cat "$3"; echo "$1 did not name the picture: $line"; exit 1; }
  echo "$1: refused by name"
}

status=0
timeout 60 "$tool" validate "$work/pack" > "$work/validate.log" 2>&1 || status=$?
refused "kiosk-pack validate" "$status" "$work/validate.log"

"$tool" keygen "$work/staff" >/dev/null
"$tool" sign "$work/pack" --key "$work/staff.secret" >/dev/null 2>&1 || true
status=0
timeout 60 "$tool" install "$work/pack" --state "$work/state" --trusted "$work/staff.public" \
  > "$work/install.log" 2>&1 || status=$?
refused "kiosk-pack install" "$status" "$work/install.log"

status=0
timeout 60 "$kiosk" --pack "$work/pack" --screenshot "$work/shot.png" --size 320x180 \
  > "$work/kiosk.log" 2>&1 || status=$?
refused "kiosk" "$status" "$work/kiosk.log"
