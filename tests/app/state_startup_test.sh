#!/usr/bin/env bash
# The kiosk runs from an installed-pack state folder: a signed default pack is
# installed, the kiosk starts on it; when the current pack is damaged it falls
# back to the last good one by itself and says so.
#   state_startup_test.sh KIOSK KIOSK_PACK DEFAULT_PACK
set -euo pipefail
kiosk=$1 tool=$2 default_pack=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" keygen "$work/staff" >/dev/null
cp -r "$default_pack" "$work/v1"
"$tool" sign "$work/v1" --key "$work/staff.secret" >/dev/null
"$tool" install "$work/v1" --state "$work/state" --trusted "$work/staff.public" >/dev/null
"$kiosk" --state "$work/state" --trusted "$work/staff.public" --screenshot "$work/v1.png" --size 320x180 2> "$work/v1.log"
grep -q "starting on current pack tokyo23-partnership version 1" "$work/v1.log" || { cat "$work/v1.log"; exit 1; }
"$tool" current --state "$work/state" --trusted "$work/staff.public" >/dev/null

# Version 2, installed, then damaged on disk: the kiosk must fall back to version 1.
cp -r "$default_pack" "$work/v2"
sed -i 's/"version": 1$/"version": 2/' "$work/v2/pack.json"
"$tool" sign "$work/v2" --key "$work/staff.secret" >/dev/null
"$tool" install "$work/v2" --state "$work/state" --trusted "$work/staff.public" >/dev/null
"$tool" current --state "$work/state" --trusted "$work/staff.public" | grep -q "v2"
# The installer only marks a pack good once the kiosk has shown it; version 1 is last-good.
current=$(readlink -f "$work/state/current")
chmod u+w "$current/stats.json" 2>/dev/null || true
echo '{"broken": ' > "$current/stats.json"
if "$tool" current --state "$work/state" --trusted "$work/staff.public" >/dev/null 2>&1; then
  echo "kiosk-pack current accepted a damaged pack"; exit 1
fi
"$kiosk" --state "$work/state" --trusted "$work/staff.public" --screenshot "$work/fallback.png" --size 320x180 2> "$work/fallback.log"
grep -q "version 1" "$work/fallback.log" || { cat "$work/fallback.log"; echo "no fallback to version 1"; exit 1; }
echo "state startup and fallback: ok"
