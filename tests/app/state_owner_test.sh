#!/usr/bin/env bash
# kiosk-pack never leaves a state folder the kiosk cannot write. As root (CI,
# an admin): an install into a folder owned by another user runs as that user,
# so every file it leaves is that user's. As anyone else: a folder owned by
# someone else is refused with one line, before anything is written.
#   state_owner_test.sh KIOSK_PACK PACK_DIR
set -euo pipefail
pack_tool=$1 pack=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-state-owner.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"
cp -r "$pack" "$work/pack"
chmod -R a+rX "$work/pack"
if [ "$(id -u)" = 0 ]; then
  owner=nobody
  mkdir -m 0750 "$work/state"
  chown "$owner:" "$work/state"
  "$pack_tool" install "$work/pack" --state "$work/state" --allow-unsigned > "$work/out" 2>&1 ||
    { cat "$work/out"; echo "FAIL: the install as root failed"; exit 1; }
  others=$(find "$work/state" ! -user "$owner")
  [ -z "$others" ] || { echo "FAIL: left $(echo "$others" | wc -l) entries not owned by $owner, e.g."; echo "$others" | head -3; exit 1; }
  grep -q "acting as $owner" "$work/out" || { cat "$work/out"; echo "FAIL: no line saying whom it acts as"; exit 1; }
  echo "as root: every file of the install is $owner's ($(find "$work/state" | wc -l) entries)"
else
  # A folder owned by root stands for the kiosk's, which this user does not own.
  if "$pack_tool" install "$work/pack" --state / --allow-unsigned > "$work/out" 2>&1; then
    echo "FAIL: an install into a folder owned by root was not refused"; exit 1
  fi
  grep -q "^/: owned by root; run kiosk-pack as root" "$work/out" ||
    { cat "$work/out"; echo "FAIL: the refusal does not say why"; exit 1; }
  echo "as $(id -un): a folder owned by root is refused: $(cat "$work/out")"
fi
