#!/usr/bin/env bash
# Plays sound_session.script with the real kiosk, writing its sound with
# --sound-out, and checks the sounds and their times.
#   sound_session.sh KIOSK CHECK SCRIPT OUT_DIR
set -euo pipefail
kiosk=$1 check=$2 script=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
# The cues alone: the spoken offer on waking (the pack carries narration) would
# sound between them; tests/audio/speech_session.sh hears that.
echo '{"sound": {"speech_offer": false}}' > "$out/no-offer.json"
"$kiosk" --config "$out/no-offer.json" --script "$script" --out "$out" --size 960x540 --sound-out "$out/session.wav" \
  2> "$out/kiosk.log" || { cat "$out/kiosk.log"; echo "the scripted session failed"; exit 1; }
grep "sound at" "$out/kiosk.log" || true
"$check" "$out/session.wav"
