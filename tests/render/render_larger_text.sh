#!/usr/bin/env bash
# Every visitor screen as a visitor who chose larger text on the access screen
# sees it (--access larger or largest), at 1920x1080 and 1080x1920: all of them in Japanese,
# and in English those whose English runs longest. Each shot is compared with
# its reference in larger_text/ within image_compare's tolerance.
#   render_larger_text.sh KIOSK IMAGE_COMPARE REFERENCE_DIR OUT_DIR TEXT_SIZE
# Set KIOSK_UPDATE_REFERENCES=1 to rewrite this text size's references.
set -euo pipefail
. "$(dirname "$0")/check_shot.sh"
kiosk=$1 compare=$2 references=$3 out=$4 size=$5
rm -rf "$out" && mkdir -p "$out"
shots=()
for screen in home timeline event highlights partners numbers about map access; do
  shots+=("$screen ja")
done
for screen in home event partners about; do shots+=("$screen en"); done
failed=0
for shot in "${shots[@]}"; do
  read -r screen lang <<< "$shot"
  for dims in 1920x1080 1080x1920; do
    name="$size-$screen-$lang-$dims.png"
    "$kiosk" --screenshot "$out/$name" --screen "$screen" --lang "$lang" --size "$dims" \
      --access "$size" 2>> "$out/kiosk.log" || { echo "$name: the kiosk failed"; failed=1; continue; }
    check_shot "$compare" "$out" "$references" "$name"
  done
done
[ $failed = 0 ] && echo "${#shots[@]} screens at --access $size in both orientations match their references"
exit $failed
