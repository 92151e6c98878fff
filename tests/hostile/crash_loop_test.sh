#!/usr/bin/env bash
# Class 3, restarts taken for crashes: the crash-loop guard once counted every
# start, so a venue restarting the kiosk four times in ten minutes had its good
# pack set aside; and a set-aside pack whose stick stayed in was installed
# again at every start (install, crash, rollback, install...).
# With a signed pack installed in a state folder of its own, the real kiosk is
# stopped by SIGTERM five times (the pack stays current), then killed by
# SIGKILL three times (the next start sets it aside for the pack before); then
# its stick is plugged in and the kiosk skips it, saying why.
#   crash_loop_test.sh KIOSK KIOSK_PACK SOURCE_DIR    (needs a display: xvfb-run)
set -euo pipefail
kiosk=$1 tool=$2 source=$3
work=$(mktemp -d "$PWD/crash-loop-XXXXXX")
pid=
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$tool" keygen "$work/staff" >/dev/null
cp -r "$source/content/default" "$work/v1"
cp -r "$source/content/default" "$work/v2"
sed -i 's/"version": 1$/"version": 2/' "$work/v2/pack.json"
for v in v1 v2; do
  "$tool" sign "$work/$v" --key "$work/staff.secret" >/dev/null 2>&1
  "$tool" install "$work/$v" --state "$work/state" --trusted "$work/staff.public" >/dev/null 2>&1
done
current() { readlink "$work/state/current"; }
current | grep -q -- "-v2-" || fail "version 2 is not current after its install"

run=0
# Starts the kiosk in a small window and waits for its first frame; $pid and
# $log name it. Extra arguments go to the kiosk.
start_kiosk() {
  run=$((run + 1))
  log=$work/run$run.log
  : > "$log"
  SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null "$kiosk" --state "$work/state" \
    --trusted "$work/staff.public" --windowed 320x180 "$@" 2> "$log" &
  pid=$!
  for _ in $(seq 1200); do
    grep -q "first frame presented" "$log" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "run $run ended before its first frame"; }
    sleep 0.05
  done
  cat "$log"; fail "run $run showed no frame within 60 s"
}
# Sends `signal` and waits for the kiosk to end; the status it ended with.
stop_kiosk() {
  kill -"$1" "$pid"
  status=0
  wait "$pid" || status=$?
  pid=
}

# 1. Five clean stops in well under ten minutes: SIGTERM, as systemd stops
#    and restarts the service. Each must still end the kiosk by SIGTERM.
for i in 1 2 3 4 5; do
  start_kiosk
  grep -q "set aside" "$log" && { cat "$log"; fail "start $i after $((i - 1)) clean stops set the pack aside"; }
  stop_kiosk TERM
  [ "$status" = 143 ] || fail "run $run ended with status $status after SIGTERM, not by the signal"
  current | grep -q -- "-v2-" || fail "after $i clean stops version 2 is no longer current: $(current)"
done
grep -q '"set-aside"' "$work/state/history.jsonl" && fail "a clean stop was recorded as a crash"
echo "5 SIGTERM stops: version 2 still current"

# 2. Three kills (a crash, the watchdog): the next start sets version 2 aside.
for i in 1 2 3; do
  start_kiosk
  grep -q "set aside" "$log" && { cat "$log"; fail "kill $i: set aside too early"; }
  stop_kiosk KILL
done
start_kiosk
grep -q "stopped the kiosk 3 times in 10 minutes; set aside" "$log" || {
  cat "$log"; fail "3 kills did not set version 2 aside"; }
current | grep -q -- "-v1-" || fail "version 1 did not come back: $(current)"
grep -q "tokyo23-partnership version 1" "$log" || { cat "$log"; fail "the kiosk is not showing version 1"; }
stop_kiosk TERM
echo "3 SIGKILLs: version 2 set aside, version 1 back"

# 3. Version 2's stick is still in: the kiosk skips it and says why.
mkdir -p "$work/media/STICK"
cp -r "$work/v2" "$work/media/STICK/pack"
start_kiosk --mount-root "$work/media"
for _ in $(seq 600); do
  grep -q "usb: .*: skipped: " "$log" && break
  grep -q "usb: .*installed" "$log" && break
  sleep 0.05
done
stop_kiosk TERM
grep -q "skipped: tokyo23-partnership-v2-[0-9a-f]* was set aside on .* because it stopped the kiosk 3 times" "$log" || {
  cat "$log"; fail "the stick's set-aside pack was not skipped"; }
current | grep -q -- "-v1-" || fail "the stick put version 2 back: $(current)"
echo "the stick with version 2: skipped, version 1 stays"
