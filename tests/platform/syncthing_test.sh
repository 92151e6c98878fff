#!/usr/bin/env bash
# Publishing a pack to several kiosks with Syncthing, for real and on loopback
# only: two Syncthing instances on this machine, one the staff PC and one a
# kiosk machine running two kiosks (two state folders). The staff PC shares its
# packs folder send-only into both kiosks' inboxes; each kiosk shares its
# outbox send-only back into a receive-only folder of the staff PC. Staff copy
# a signed version 2 into the packs folder (with cp, which Syncthing may well
# pick up half-copied); both kiosks must install it once, show it, and their
# status files must come back to the staff PC saying version 2.
# No relays, no discovery, no NAT traversal, no usage reports: nothing leaves
# 127.0.0.1. Runs on a display of its own (with_display.sh): the kiosks are
# the real program, windowed on it.
#   syncthing_test.sh KIOSK KIOSK_PACK DEFAULT_PACK
set -euo pipefail
kiosk=$1 tool=$2 default_pack=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-syncthing.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
fail() {
  echo "FAIL: $*"
  for log in "$work"/*.log; do echo "--- $(basename "$log") (last lines)"; tail -15 "$log"; done
  exit 1
}
command -v syncthing > /dev/null || fail "syncthing is not installed (platform/install-deps.sh)"

# --- The packs: version 1 installed on both kiosks, version 2 to publish. ----
# The spoken clips are left out (4,000 files that would only slow the sync).
release() {  # release DIR VERSION
  cp -r "$default_pack" "$1"
  rm -rf "$1/narration" "$1/narration.json"
  python3 - "$1" "$2" << 'PY'
import json, sys
root, version = sys.argv[1], int(sys.argv[2])
with open(f"{root}/pack.json", encoding="utf-8") as f:
    manifest = json.load(f)
manifest["version"] = version
manifest["content"].pop("narration", None)
manifest["files"] = [e for e in manifest["files"]
                     if e["path"] != "narration.json" and not e["path"].startswith("narration/")]
with open(f"{root}/pack.json", "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
PY
  "$tool" sign "$1" --key "$work/staff.secret" > /dev/null 2>&1 || fail "cannot sign $1"
}
"$tool" keygen "$work/staff" > /dev/null 2>&1
release "$work/v1" 1
release "$work/v2" 2
for k in lobby booth; do
  mkdir -p "$work/$k/inbox" "$work/$k/outbox"
  "$tool" install "$work/v1" --state "$work/$k/state" --trusted "$work/staff.public" \
    > /dev/null 2>&1 || fail "cannot install version 1 for $k"
done
mkdir -p "$work/staff/packs" "$work/staff/status/lobby" "$work/staff/status/booth"

# --- Two Syncthing instances, configured as docs/staff/inbox.md says. -------
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
syncthing generate --home="$work/staff-pc" --no-default-folder > /dev/null 2>&1
syncthing generate --home="$work/kiosk-pc" --no-default-folder > /dev/null 2>&1
staff_id=$(syncthing serve --home="$work/staff-pc" --device-id)
kiosk_id=$(syncthing serve --home="$work/kiosk-pc" --device-id)
staff_port=$(free_port)
kiosk_port=$(free_port)
folder() {  # folder ID TYPE PATH: shared between the two devices
  mkdir -p "$3/.stfolder"
  cat << XML
  <folder id="$1" label="$1" path="$3" type="$2" rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1">
    <device id="$staff_id"></device>
    <device id="$kiosk_id"></device>
  </folder>
XML
}
configure() {  # configure HOME PORT FOLDERS...
  local home=$1 port=$2
  shift 2
  cat > "$home/config.xml" << XML
<configuration version="36">
$(printf '%s\n' "$@")
  <device id="$staff_id" name="staff-pc" compression="metadata">
    <address>tcp://127.0.0.1:$staff_port</address>
  </device>
  <device id="$kiosk_id" name="kiosk-pc" compression="metadata">
    <address>tcp://127.0.0.1:$kiosk_port</address>
  </device>
  <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:$port</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <reconnectionIntervalS>2</reconnectionIntervalS>
  </options>
</configuration>
XML
}
# Every kiosk's inbox gets its own folder ID here only because both kiosks
# share one Syncthing; on a venue's LAN each kiosk PC has its own and all take
# the one "packs" folder.
configure "$work/staff-pc" "$staff_port" \
  "$(folder packs-lobby sendonly "$work/staff/packs")" \
  "$(folder packs-booth sendonly "$work/staff/packs")" \
  "$(folder status-lobby receiveonly "$work/staff/status/lobby")" \
  "$(folder status-booth receiveonly "$work/staff/status/booth")"
configure "$work/kiosk-pc" "$kiosk_port" \
  "$(folder packs-lobby receiveonly "$work/lobby/inbox")" \
  "$(folder packs-booth receiveonly "$work/booth/inbox")" \
  "$(folder status-lobby sendonly "$work/lobby/outbox")" \
  "$(folder status-booth sendonly "$work/booth/outbox")"
for pc in staff-pc kiosk-pc; do
  STNOUPGRADE=1 syncthing serve --home="$work/$pc" --no-browser --no-restart --no-upgrade \
    > "$work/$pc.log" 2>&1 &
  pids+=($!)
done

# --- Two kiosks on version 1, watching their inboxes. ------------------------
for k in lobby booth; do
  SDL_AUDIODRIVER=dummy "$kiosk" --windowed 320x180 --state "$work/$k/state" \
    --trusted "$work/staff.public" --inbox "$work/$k/inbox" --outbox "$work/$k/outbox" \
    --mount-root "$work/no-sticks" > "$work/$k.log" 2>&1 &
  pids+=($!)
done

version_in() {  # the pack version a status file reports, or nothing
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["pack"]["version"])' "$1" \
    2> /dev/null || true
}
wait_for_versions() {  # wait_for_versions VERSION SECONDS
  local deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    local reached=0
    for k in lobby booth; do
      for file in "$work/staff/status/$k"/*.status.json; do
        [ -f "$file" ] && [ "$(version_in "$file")" = "$1" ] && reached=$((reached + 1))
      done
    done
    [ $reached = 2 ] && return 0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2> /dev/null || fail "a process ended early"; done
    sleep 1
  done
  return 1
}

wait_for_versions 1 120 || fail "the kiosks' first status files did not reach the staff PC"
echo "both kiosks report version 1 on the staff PC after ${SECONDS} s"
start=$SECONDS
cp -r "$work/v2" "$work/staff/packs/release-2"
wait_for_versions 2 240 || fail "the kiosks did not report version 2 on the staff PC"
echo "both kiosks installed version 2 and reported it back $((SECONDS - start)) s after the copy"

for k in lobby booth; do
  installs=$(grep -c "inbox: .*: installed tokyo23-partnership version 2" "$work/$k.log" || true)
  [ "$installs" = 1 ] || fail "$k installed version 2 $installs times"
  ! grep -q "refused" "$work/$k.log" || fail "$k refused something: $(grep refused "$work/$k.log")"
  "$tool" current --state "$work/$k/state" --trusted "$work/staff.public" 2> /dev/null |
    grep -q -- "-v2-" ||
    fail "version 2 is not current on $k"
  echo "$k: $(grep -c "inbox: .*: waiting: " "$work/$k.log" || true) looks found the pack incomplete"
  status=$(ls "$work/staff/status/$k"/*.status.json)
  python3 - "$status" << 'PY' || fail "$k's status file: $(cat "$status")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["schema"] == 1 and s["kiosk"], s
assert s["pack"]["id"] == "tokyo23-partnership", s["pack"]
assert s["last_install"]["outcome"] == "installed", s["last_install"]
assert "-v2-" in s["last_install"]["pack"], s["last_install"]
assert s["uptime_seconds"] >= 0 and s["visitors_today"] == 0, s
assert [(n["name"], n["state"]) for n in s["inbox"]] == [("release-2", "installed")], s["inbox"]
PY
done
# Nothing was written back into the packs folder on the staff PC.
[ "$(ls "$work/staff/packs")" = "release-2" ] || fail "the staff's packs folder changed: $(ls "$work/staff/packs")"
echo "Syncthing: a pack published to two kiosks and their status files carried back"
