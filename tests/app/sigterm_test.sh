#!/usr/bin/env bash
# systemd stops the kiosk with SIGTERM: it must end at once, also after its
# sound has started (SDL would otherwise turn SIGTERM into a quit event that
# nobody reads, and the stop would wait for systemd's SIGKILL).
#   sigterm_test.sh KIOSK
set -euo pipefail
kiosk=$1
log=$(mktemp)
trap 'rm -f "$log"; kill -KILL "$pid" 2>/dev/null || true' EXIT
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null "$kiosk" --windowed 640x360 2> "$log" &
pid=$!
for _ in $(seq 600); do
  grep -q "audio: playing" "$log" && grep -q "first frame presented" "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "the kiosk ended before it was up"; exit 1; }
  sleep 0.05
done
grep -q "audio: playing" "$log" || { cat "$log"; echo "the sound never started"; exit 1; }
kill -TERM "$pid"
for _ in $(seq 40); do
  if ! kill -0 "$pid" 2>/dev/null; then echo "stopped within 2 s of SIGTERM"; exit 0; fi
  sleep 0.05
done
echo "still running 2 s after SIGTERM"
exit 1
