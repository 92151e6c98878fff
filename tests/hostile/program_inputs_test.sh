#!/usr/bin/env bash
# Classes 5, 8 and 9 through the real programs: a key file or a script that is
# not one (/dev/zero, a pipe, one endless line) is one line naming the file and
# exit status 2, never a hang or an abort; a pack.json naming "version" twice
# fails kiosk-pack validate with the key's JSON pointer.
#   program_inputs_test.sh KIOSK KIOSK_PACK SOURCE_DIR   (under a display)
# Each program runs under `timeout` and a memory cap, so that the old faults
# (reading /dev/zero until memory ran out, waiting on a pipe) fail the test
# rather than block the suite or the machine.
set -uo pipefail
kiosk=$1 tool=$2 source=$3
work=$(mktemp -d "$PWD/inputs.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0

# run NAME COMMAND...: runs it, keeping its status in $status and its output
# in $work/NAME.out and $work/NAME.err.
run() {
  local name=$1
  shift
  status=0
  (ulimit -v 4000000; exec timeout 60 "$@") > "$work/$name.out" 2> "$work/$name.err" < /dev/null ||
    status=$?
}

fail() {
  echo "FAIL $1: $2"
  echo "--- stderr (first lines)"; head -c 2000 "$work/$1.err"; echo
  echo "--- stdout (first lines)"; head -c 2000 "$work/$1.out"; echo
  failures=$((failures + 1))
}

# expect_refusal NAME FILE TEXT: exit status 2, and exactly one line naming
# FILE, which says TEXT; the whole of what it printed stays short.
expect_refusal() {
  local name=$1 file=$2 text=$3
  [ "$status" -eq 2 ] || { fail "$name" "exit status $status, expected 2"; return; }
  local lines
  lines=$(grep -cF -- "$file" "$work/$name.err")
  [ "$lines" -eq 1 ] || { fail "$name" "$lines lines name $file, expected 1"; return; }
  grep -F -- "$file" "$work/$name.err" | grep -qF -- "$text" ||
    { fail "$name" "the line naming $file does not say: $text"; return; }
  local bytes
  bytes=$(cat "$work/$name.err" "$work/$name.out" | wc -c)
  [ "$bytes" -lt 8192 ] || fail "$name" "printed $bytes bytes"
}

pack="$source/content/default"
mkfifo "$work/key.fifo" "$work/script.fifo"
notRegular="is not a regular file"

# Class 5: key files that are not keys.
run kiosk_trusted_zero "$kiosk" --state "$work/state" --trusted /dev/zero \
  --screenshot "$work/shot.png" --size 320x180
expect_refusal kiosk_trusted_zero /dev/zero "/dev/zero: $notRegular"

# ...but a key file not there yet is not a stop: a kiosk fresh from the package
# names /etc/kiosk/staff.public before staff put their key there, and must show
# its built-in pack (saying why sticks will be refused), not a blank screen.
run kiosk_trusted_missing "$kiosk" --state "$work/state" --trusted "$work/staff.public" \
  --screenshot "$work/missing-key.png" --size 320x180
if [ "$status" -ne 0 ] || [ ! -s "$work/missing-key.png" ]; then
  fail kiosk_trusted_missing "exit status $status, expected 0 and a shot of the built-in pack"
elif ! grep -qF "$work/staff.public: cannot be read" "$work/kiosk_trusted_missing.err"; then
  fail kiosk_trusted_missing "the missing key file is not named in the log"
fi

run verify_trusted_zero "$tool" verify "$pack" --trusted /dev/zero
expect_refusal verify_trusted_zero /dev/zero "/dev/zero: $notRegular"

run install_trusted_zero "$tool" install "$pack" --state "$work/state" --trusted /dev/zero
expect_refusal install_trusted_zero /dev/zero "/dev/zero: $notRegular"
[ ! -e "$work/state" ] || fail install_trusted_zero "a state folder was made"

run verify_trusted_fifo "$tool" verify "$pack" --trusted "$work/key.fifo"
expect_refusal verify_trusted_fifo "$work/key.fifo" "$work/key.fifo: $notRegular"

cp -r "$pack" "$work/pack"
run sign_key_zero "$tool" sign "$work/pack" --key /dev/zero
expect_refusal sign_key_zero /dev/zero "/dev/zero: $notRegular"
[ ! -e "$work/pack/pack.sig" ] || fail sign_key_zero "the pack was signed"

# Class 9: scripts that are not scripts.
run script_zero "$kiosk" --script /dev/zero --out "$work/shots"
expect_refusal script_zero /dev/zero "--script /dev/zero: $notRegular"

run script_fifo "$kiosk" --script "$work/script.fifo" --out "$work/shots"
expect_refusal script_fifo "$work/script.fifo" "$work/script.fifo: $notRegular"

head -c 200000 /dev/zero | tr '\0' '1' > "$work/long-line.script"
run script_long_line "$kiosk" --script "$work/long-line.script" --out "$work/shots"
expect_refusal script_long_line "$work/long-line.script" \
  "$work/long-line.script:1: line is 200000 bytes long; expected at most 1000"

# Class 8: a pack.json naming "version" twice; a reader keeping the last
# would see the pack unchanged.
cp -r "$pack" "$work/twice"
{ printf '{\n  "version": 99,\n'; tail -c +3 "$pack/pack.json"; } > "$work/twice/pack.json"
run validate_twice "$tool" validate "$work/twice"
[ "$status" -eq 1 ] || fail validate_twice "exit status $status, expected 1"
grep -qxF 'pack.json: /version: key "version" is given more than once in its object; expected each key once (a JSON reader would silently keep only the last)' \
  "$work/validate_twice.out" || fail validate_twice "no error naming /version"

[ "$failures" -eq 0 ] || { echo "$failures of the program input checks failed"; exit 1; }
echo "program inputs: all refused as expected"
