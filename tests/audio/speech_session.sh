#!/usr/bin/env bash
# Plays speech_session.script with the real kiosk on the default pack, writing
# its sound with --sound-out, and checks when speech starts and stops.
#   speech_session.sh KIOSK CHECK SCRIPT PACK OUT_DIR
# Exit 77 (skipped) while the pack has no narration to speak.
set -euo pipefail
kiosk=$1 check=$2 script=$3 pack=$4 out=$5
if [ ! -f "$pack/narration.json" ]; then
  echo "$pack has no narration.json: nothing to speak yet"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
KIOSK_CONFIG= "$kiosk" --pack "$pack" --script "$script" --out "$out" --size 960x540 \
  --sound-out "$out/session.wav" 2> "$out/kiosk.log" ||
  { cat "$out/kiosk.log"; echo "the scripted session failed"; exit 1; }
grep -E "speech at|speech:" "$out/kiosk.log" || true
"$check" "$out/session.wav"
