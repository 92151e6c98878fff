#!/usr/bin/env bash
# The kiosk's configuration file from the command line: --print-config shows
# the values in force (file, then flags), a bad file stops the kiosk with the
# place of every problem, and a missing --config file is an error.
#   config_test.sh KIOSK EXAMPLE_CONFIG
set -euo pipefail
kiosk=$1 example=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "config test: $*"; exit 1; }

"$kiosk" --config "$example" --print-config > "$work/example.json"
grep -q '"state_dir": "/var/lib/kiosk"' "$work/example.json" || fail "example state_dir not printed"
grep -q '"idle_seconds": 60' "$work/example.json" || fail "example idle_seconds not printed"

# A flag given on the command line wins over the file, and the printout says so.
"$kiosk" --config "$example" --idle-seconds 30 --state "$work/state" --print-config > "$work/flags.json"
grep -q '"idle_seconds": 30' "$work/flags.json" || fail "--idle-seconds did not override the file"
grep -q "\"state_dir\": \"$work/state\"" "$work/flags.json" || fail "--state did not override the file"

# The printout is itself a valid configuration that reads back the same.
"$kiosk" --config "$work/flags.json" --print-config > "$work/again.json"
cmp -s "$work/flags.json" "$work/again.json" || fail "the printed configuration does not read back the same"

# Every problem, with file and JSON pointer, and exit status 2.
printf '{"sesion": {}, "sound": {"volume": 300}, "display": {"rotation": 45}}\n' > "$work/bad.json"
status=0
"$kiosk" --config "$work/bad.json" --print-config > /dev/null 2> "$work/bad.log" || status=$?
[ "$status" -eq 2 ] || fail "a bad configuration exited $status, expected 2"
grep -qF "kiosk: $work/bad.json: /sesion: unknown key; did you mean \"session\"?" "$work/bad.log" ||
  { cat "$work/bad.log"; fail "no message for the misspelt key"; }
grep -qF "kiosk: $work/bad.json: /sound/volume: is 300; expected 0 to 100" "$work/bad.log" ||
  { cat "$work/bad.log"; fail "no message for the volume"; }
grep -qF "kiosk: $work/bad.json: /display/rotation: is 45; expected 0, 90, 180 or 270" "$work/bad.log" ||
  { cat "$work/bad.log"; fail "no message for the rotation"; }
grep -qF "has 3 errors" "$work/bad.log" || { cat "$work/bad.log"; fail "no error count"; }

# --help lists the settings' flags apart, each with its default and range
# from the settings table (tests/core/config checks every one of them).
"$kiosk" --help > "$work/help.txt"
grep -qF "Settings (also in the configuration file):" "$work/help.txt" || fail "--help has no settings heading"
grep -qF "Installed packs kept for rollback besides the one in use (default 3; 0 to 50)" "$work/help.txt" ||
  { cat "$work/help.txt"; fail "--help does not give --keep-packs' default and range"; }
grep -qE "^  --keep-packs " "$work/help.txt" || fail "--help does not list --keep-packs"

# A --config file that is not there is an error, not the defaults.
status=0
"$kiosk" --config "$work/none.json" --print-config > /dev/null 2> "$work/none.log" || status=$?
[ "$status" -eq 2 ] || fail "a missing --config file exited $status, expected 2"
grep -qF "kiosk: $work/none.json: (file): no such file" "$work/none.log" || { cat "$work/none.log"; fail "no message for the missing file"; }
echo "configuration from the command line: ok"
