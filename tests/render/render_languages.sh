#!/usr/bin/env bash
# Every visitor screen in simplified Chinese, traditional Chinese and Korean at
# 1920x1080, as a visitor from Shanghai, Taipei or Seoul sees it after choosing
# the language: each shot is compared with its reference in languages/ within
# image_compare's tolerance.
#   render_languages.sh KIOSK IMAGE_COMPARE REFERENCE_DIR OUT_DIR
# Set KIOSK_UPDATE_REFERENCES=1 to rewrite the references.
set -euo pipefail
. "$(dirname "$0")/check_shot.sh"
kiosk=$1 compare=$2 references=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
screens=(home timeline event highlights partners numbers about map access language)
failed=0 count=0
for lang in zh-Hans zh-Hant ko; do
  for screen in "${screens[@]}"; do
    name="$screen-$lang-1920x1080.png"
    count=$((count + 1))
    "$kiosk" --screenshot "$out/$name" --screen "$screen" --lang "$lang" --size 1920x1080 \
      2>> "$out/kiosk.log" || { echo "$name: the kiosk failed"; failed=1; continue; }
    check_shot "$compare" "$out" "$references" "$name"
  done
done
[ $failed = 0 ] && echo "$count screens in zh-Hans, zh-Hant and ko match their references"
exit $failed
