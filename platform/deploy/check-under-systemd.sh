#!/usr/bin/env bash
# Runs the installed kiosk.service under a real systemd on a machine with no
# seat, GPU or free tty (a container, a build machine): systemd boots as PID 1
# of a private PID and mount namespace with nothing of the machine's own boot
# (no sysinit, tmpfiles or udev trigger; /tmp, /var/tmp and /run private), only
# the kiosk's unit, which a drop-in turns headless (cage on wlroots' headless
# backend, no PAM session, no tty). Then it measures what the unit promises:
# READY=1 once the first frame is on screen, the watchdog keeping it up, a
# killed kiosk back on screen, a hung one killed by the watchdog and back, and
# a stop.
#   sudo platform/deploy/check-under-systemd.sh        # after: dpkg -i kiosk_*.deb; apt install cage xwayland
# Root only; it leaves nothing running. The real seat, the PAM session and the
# tty are not exercised here.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 2; }
for f in /lib/systemd/systemd /lib/systemd/system/kiosk.service /usr/bin/kiosk /usr/bin/cage; do
  [ -e "$f" ] || { echo "missing $f (install the kiosk package, cage and xwayland)" >&2; exit 2; }
done
work=$(mktemp -d)
cat > "$work/boot.sh" <<'BOOT'
#!/bin/bash
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /var/tmp
mount -t tmpfs tmpfs /run
mkdir -p /run/systemd/system/kiosk.service.d /sys/fs/cgroup/systemd
mountpoint -q /sys/fs/cgroup/systemd ||
  mount -t cgroup -o none,name=systemd cgroup /sys/fs/cgroup/systemd 2>/dev/null || true
cat > /run/systemd/system/kiosk-check.target <<'T'
[Unit]
Description=Only the kiosk
DefaultDependencies=no
Wants=kiosk.service
T
cat > /run/systemd/system/kiosk.service.d/headless.conf <<'T'
[Unit]
DefaultDependencies=no
[Service]
PAMName=
TTYPath=
StandardInput=null
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
UtmpIdentifier=
ExecStartPre=
RuntimeDirectory=kiosk-check
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 XDG_RUNTIME_DIR=/run/kiosk-check
T
exec /lib/systemd/systemd --system --unit=kiosk-check.target --log-target=console --log-level=notice
BOOT
chmod +x "$work/boot.sh"
setsid unshare --pid --fork --mount --mount-proc "$work/boot.sh" > "$work/boot.log" 2>&1 &
init=""
for _ in $(seq 100); do
  init=$(pgrep -f -- "--unit=kiosk-check.target" | head -1 || true)
  [ -n "$init" ] && break
  sleep 0.1
done
[ -n "$init" ] || { cat "$work/boot.log"; echo "systemd did not start"; exit 1; }
ns() { nsenter -t "$init" -m -p "$@"; }
finish() {
  ns systemctl poweroff --force --force >/dev/null 2>&1 || true
  sleep 1
  rm -rf "$work"
}
trap finish EXIT
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
kiosk_pid() { pgrep -f "^/usr/bin/kiosk( |$)" | head -1 || true; }
# Active (READY=1 came) with a kiosk other than $1.
wait_ready() {
  local old=$1
  for _ in $(seq 1500); do
    local now
    now=$(kiosk_pid)
    if [ -n "$now" ] && [ "$now" != "$old" ] && [ "$(ns systemctl is-active kiosk)" = active ]; then
      return 0
    fi
    sleep 0.02
  done
  ns systemctl status kiosk --no-pager | head -20
  echo "the kiosk did not come back"
  exit 1
}

t0=$(date +%s%N)
wait_ready ""
echo "started: active (READY=1) $(ms_since "$t0") ms after systemd; status: $(ns systemctl show -p StatusText --value kiosk)"
sleep 5
echo "glyph atlases kept for the next start: $(ls /var/cache/kiosk/fonts 2>/dev/null | wc -l) in /var/cache/kiosk/fonts"
echo "after 5 s: $(ns systemctl is-active kiosk), restarts $(ns systemctl show -p NRestarts --value kiosk) (the watchdog is fed)"
for i in 1 2 3; do
  old=$(kiosk_pid)
  t0=$(date +%s%N)
  kill -KILL "$old"
  wait_ready "$old"
  echo "crash $i (SIGKILL): back on screen (READY=1) after $(ms_since "$t0") ms"
  sleep 3
done
old=$(kiosk_pid)
t0=$(date +%s%N)
kill -STOP "$old"
wait_ready "$old"
echo "hang (SIGSTOP): killed by the watchdog and back on screen after $(ms_since "$t0") ms"
sleep 3
echo "restarts counted by systemd: $(ns systemctl show -p NRestarts --value kiosk) (4 expected)"
t0=$(date +%s%N)
ns systemctl stop kiosk
echo "stop: $(ms_since "$t0") ms, then $(ns systemctl is-active kiosk) ($(ns systemctl show -p Result --value kiosk)); kiosk running: $([ -n "$(kiosk_pid)" ] && echo yes || echo no)"
