#!/usr/bin/env bash
# The kiosk against Chromium's kiosk mode showing the same screens as web pages
# (side_by_side/*.html: same text, font, colours, layout and animation), both
# full screen at 1920x1080 on the same Xvfb with software rendering (Mesa
# llvmpipe for the kiosk, --disable-gpu for Chromium). For each screen it prints:
#   first content: ms from launch until the first frame with content is on
#     screen (kiosk: its own report, from the kernel's process start time;
#     Chromium: its first-contentful-paint entry, a presentation timestamp,
#     against the launch time taken just before exec); median of $RUNS runs,
#     alternating between the two programs;
#   memory: PSS summed over every process of the program (Chromium's browser,
#     zygotes, renderer, GPU and utility processes), peak and steady;
#   CPU: user+system seconds of all those processes over $SECONDS_RUN s once
#     the screen has settled (the X server's own CPU printed apart);
# and the ratios kiosk / Chromium. Installs Chromium (apt) and builds the kiosk
# when missing, so it runs from a clean clone (as root, like CI):
#   tests/bench/chromium_side_by_side.sh [--seconds 30] [--runs 3] [--build-dir build]
# On a machine that is busy with other work, run it as `nice -n -15 ...` (both
# programs inherit the priority): start-up is CPU-bound, and under a load of
# many runnable processes a multi-process browser gets more of the CPU than a
# single process does, so the first-content figures stop meaning anything.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/bench/side_by_side"
BUILD="$ROOT/build"
SECONDS_RUN=30
RUNS=3
SETTLE=3
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_RUN=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --build-dir) BUILD=$(realpath -m "$2"); shift 2 ;;
        *) echo "usage: $0 [--seconds N] [--runs N] [--build-dir DIR]" >&2; exit 2 ;;
    esac
done

# --- what it needs -----------------------------------------------------------
if ! command -v chromium >/dev/null || ! command -v Xvfb >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium xvfb fonts-noto-cjk procps
fi
KIOSK="$BUILD/kiosk/app/kiosk"
if [ ! -x "$KIOSK" ]; then
    command -v cmake >/dev/null || "$ROOT/platform/install-deps.sh"
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$BUILD" -j"$(nproc)" --target kiosk
fi

WORK=$(mktemp -d)
XVFB_PID=""
STARTED=()  # programs this script started, stopped on exit
cleanup() {
    for pid in "${STARTED[@]}" $XVFB_PID; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# Our own X server, so that its CPU is measured too and nothing else draws.
for n in $(seq 90 120); do [ -e /tmp/.X11-unix/X$n ] || { DISPLAY_NUM=$n; break; }; done
Xvfb ":$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.05; done

# --- measuring processes through /proc ----------------------------------------
# The process and all its descendants.
tree_pids() {
    ps -e -o pid=,ppid= | awk -v root="$1" '
        { parent[$1] = $2 }
        END { keep[root] = 1; changed = 1
              while (changed) { changed = 0
                  for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 } }
              for (p in keep) print p }'
}
# User + system CPU seconds of the given processes.
cpu_seconds() {
    local tick total=0 pid stat
    tick=$(getconf CLK_TCK)
    for pid in "$@"; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        total=$(awk -v s="${stat##*) }" -v t="$tick" -v sum="$total" \
            'BEGIN { split(s, f, " "); printf "%.2f", sum + (f[12] + f[13]) / t }')
    done
    echo "$total"
}
# PSS in MiB of the given processes.
pss_mib() {
    local pid
    for pid in "$@"; do awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true; done |
        awk '{ s += $1 } END { printf "%.1f", s / 1024 }'
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

CHROMIUM_FLAGS=(--kiosk --disable-gpu --no-sandbox --no-first-run --noerrdialogs
    --window-position=0,0 --window-size=1920,1080 --user-data-dir="$WORK/profile"
    --disable-component-update --disable-background-networking --disable-sync
    --password-store=basic --enable-logging=stderr --v=0)

# launch_PROGRAM SCREEN LOG: starts it in the background, sets PID and LAUNCH_MS.
launch_kiosk() {
    LAUNCH_MS=$(now_ms)
    "$KIOSK" --start-screen "$1" --idle-seconds 3600 >"$2" 2>&1 &
    PID=$!
    STARTED+=("$PID")
}
launch_chromium() {
    LAUNCH_MS=$(now_ms)
    chromium "${CHROMIUM_FLAGS[@]}" "file://$HERE/$1.html" >"$2" 2>&1 &
    PID=$!
    STARTED+=("$PID")
}
# first_content_PROGRAM LOG: ms from launch to first content, once it is known.
first_content_kiosk() {
    sed -n 's/.*first frame presented \([0-9]*\) ms after process start.*/\1/p' "$1" | head -1
}
first_content_chromium() {
    local at
    at=$(sed -n 's/.*FIRST_CONTENT_EPOCH_MS \([0-9.]*\).*/\1/p' "$1" | head -1)
    [ -n "$at" ] && awk -v at="$at" -v l="$LAUNCH_MS" 'BEGIN { printf "%.0f", at - l }'
}
wait_first_content() {  # PROGRAM LOG -> prints ms
    local ms=""
    for _ in $(seq 600); do
        ms=$("first_content_$1" "$2") && [ -n "$ms" ] && { echo "$ms"; return 0; }
        kill -0 "$PID" 2>/dev/null || break
        sleep 0.05
    done
    echo "$1 showed no first content; its log:" >&2
    tail -20 "$2" >&2
    return 1
}
stop_program() {
    local pids
    pids=$(tree_pids "$PID")
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    sleep 0.3
}

# first_content SCREEN: sets FIRST_kiosk and FIRST_chromium (median ms). The
# runs alternate, so that whatever else the machine does weighs on both alike.
first_content() {
    local screen=$1 i program kiosk=() chromium=() ms
    for i in $(seq "$RUNS"); do
        for program in kiosk chromium; do
            "launch_$program" "$screen" "$WORK/first.log"
            ms=$(wait_first_content "$program" "$WORK/first.log")
            stop_program
            if [ "$program" = kiosk ]; then kiosk+=("$ms"); else chromium+=("$ms"); fi
        done
    done
    FIRST_kiosk=$(printf '%s\n' "${kiosk[@]}" | median)
    FIRST_chromium=$(printf '%s\n' "${chromium[@]}" | median)
    echo "  $screen first content: kiosk ${kiosk[*]} ms; chromium ${chromium[*]} ms" >&2
}

# measure PROGRAM SCREEN: sets PSS_PEAK, PSS_STEADY, CPU, XCPU.
measure() {
    local program=$1 screen=$2 log="$WORK/$1-$2.log" pids t0 x0 samples=() end
    "launch_$program" "$screen" "$log"
    wait_first_content "$program" "$log" >/dev/null
    sleep "$SETTLE"
    # shellcheck disable=SC2046
    t0=$(cpu_seconds $(tree_pids "$PID"))
    x0=$(cpu_seconds "$XVFB_PID")
    end=$(( $(date +%s) + SECONDS_RUN ))
    while [ "$(date +%s)" -lt "$end" ]; do
        pids=$(tree_pids "$PID")
        # shellcheck disable=SC2086
        samples+=("$(pss_mib $pids)")
        sleep 1
    done
    # shellcheck disable=SC2046
    CPU=$(awk -v a="$t0" -v b="$(cpu_seconds $(tree_pids "$PID"))" 'BEGIN { printf "%.2f", b - a }')
    XCPU=$(awk -v a="$x0" -v b="$(cpu_seconds "$XVFB_PID")" 'BEGIN { printf "%.2f", b - a }')
    PSS_PEAK=$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)
    PSS_STEADY=$(printf '%s\n' "${samples[@]:$(( ${#samples[@]} / 2 ))}" | median)
    stop_program
    echo "  $program $screen: PSS peak $PSS_PEAK MiB, steady $PSS_STEADY MiB; CPU $CPU s (X server $XCPU s) over ${SECONDS_RUN} s" >&2
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

echo "kiosk $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') vs $(chromium --version 2>/dev/null)," \
     "Xvfb 1920x1080x24, $(nproc) cores, ${SECONDS_RUN} s CPU windows, first content median of $RUNS," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# Chromium's first start creates its profile: done once beforehand, as on a kiosk PC.
launch_chromium home "$WORK/warmup.log"; wait_first_content chromium "$WORK/warmup.log" >/dev/null; stop_program

declare -A R
for screen in title home; do
    first_content "$screen"
    R[kiosk,$screen,FIRST]=$FIRST_kiosk
    R[chromium,$screen,FIRST]=$FIRST_chromium
    for program in kiosk chromium; do
        measure "$program" "$screen"
        for k in PSS_PEAK PSS_STEADY CPU XCPU; do R[$program,$screen,$k]=${!k}; done
    done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

printf '\n%-7s %-26s %10s %10s %8s\n' screen figure kiosk chromium ratio
for screen in title home; do
    for k in "FIRST:first content ms" "PSS_PEAK:PSS peak MiB" "PSS_STEADY:PSS steady MiB" \
             "CPU:CPU s over ${SECONDS_RUN} s" "XCPU:X server CPU s"; do
        key=${k%%:*}; label=${k#*:}
        a=${R[kiosk,$screen,$key]}; b=${R[chromium,$screen,$key]}
        printf '%-7s %-26s %10s %10s %8s\n' "$screen" "$label" "$a" "$b" "$(ratio "$a" "$b")"
    done
done
