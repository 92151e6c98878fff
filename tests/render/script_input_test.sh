#!/usr/bin/env bash
# A scripted session must play input: a script that plays none would pass
# whatever the kiosk does with a visitor (an emptied tour, a wrong file), and
# taps off the screen reach nothing. Both are refused by the real kiosk with a
# message and exit status 2; a script that says "no-input" may watch, and a
# tap on the very first line lands on the kiosk, up and drawn.
#   script_input_test.sh KIOSK OUT_DIR
set -euo pipefail
kiosk=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
failed=0

# play NAME STATUS MESSAGE [KIOSK OPTIONS...]: plays $out/NAME.script at 320x180
# and wants exit status STATUS and MESSAGE in the log (empty MESSAGE: any log).
play() {
  local name=$1 want=$2 message=$3
  shift 3
  local status=0
  "$kiosk" --script "$out/$name.script" --out "$out/$name" --size 320x180 "$@" \
    2> "$out/$name.log" || status=$?
  if [ "$status" != "$want" ]; then
    echo "$name: exit status $status, expected $want"; cat "$out/$name.log"; failed=1
  elif [ -n "$message" ] && ! grep -qF -- "$message" "$out/$name.log"; then
    echo "$name: the log does not say: $message"; cat "$out/$name.log"; failed=1
  fi
}
noInput="plays no input (no tap, drag or usb-scan line)"

: > "$out/empty.script"
play empty 2 "$out/empty.script: the script $noInput"

printf '# a tour whose taps were lost\nwait 2000\nshot home\nexpect-screen attract\n' \
  > "$out/wait-only.script"
play wait-only 2 "$out/wait-only.script: the script $noInput"
[ ! -e "$out/wait-only/home.png" ] || { echo "wait-only: played although refused"; failed=1; }

printf 'no-input\nwait 2000\nexpect-screen attract\nshot attract\n' > "$out/watch.script"
play watch 0 ""
[ -s "$out/watch/attract.png" ] || { echo "watch: no shot"; failed=1; }

printf 'no-input\ntap 100 100\n' > "$out/both.script"
play both 2 "$out/both.script:1: no-input, but line 2 plays input (tap)"

# Written for 960x540, played at 320x180: the second tap would reach nothing.
printf 'tap 100 100\nwait 500\ntap 600 300\nexpect-screen timeline\n' > "$out/too-big.script"
play too-big 2 "$out/too-big.script:3: tap at 600, 300 is off the 320x180 screen"

# The first line plays at once: its tap wakes the kiosk (the attract loop is
# up before any line plays), so Home is showing.
printf 'tap 160 90\nwait 500\nexpect-screen home\n' > "$out/first-line.script"
play first-line 0 ""

[ $failed = 0 ] && echo "scripts that play no input, or input off the screen, are refused"
exit $failed
