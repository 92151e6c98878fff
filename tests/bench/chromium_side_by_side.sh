#!/usr/bin/env bash
# The kiosk against Chromium's kiosk mode showing the same screens as web pages
# (side_by_side/*.html: same text, font, colours, layout and animation), both
# full screen at 1920x1080 on one Xvfb of its own, with software rendering
# (Mesa llvmpipe for the kiosk, --disable-gpu for Chromium): kiosk_bench's
# side-by-side part alone (kiosk_bench without --only runs it with everything
# else). For each page it prints, for both programs and their ratio:
#   first content: ms from launch until the first frame with content is on
#     screen (kiosk: its own report, from the kernel's process start time;
#     Chromium: its first-contentful-paint entry, a presentation timestamp,
#     against the launch time taken just before exec); median of $RUNS runs,
#     alternating between the two programs;
#   memory: PSS summed over every process of the program (Chromium's browser,
#     zygotes, renderer, GPU and utility processes), peak and steady;
#   CPU: user+system seconds of all those processes over $SECONDS_RUN s once
#     the screen has settled (the X server's own CPU printed apart);
#   frames (title): the kiosk's CPU per whole frame against Chromium's CPU per
#     frame it drew, and the intervals between Chromium's frames.
# Installs xvfb when missing and builds the kiosk and kiosk_bench when missing,
# so it runs from a clean clone (as root, like CI); kiosk_bench installs
# Chromium (apt) when missing:
#   tests/bench/chromium_side_by_side.sh [--seconds 30] [--runs 3] [--build-dir build]
#                                        [--json FILE]   (default: the JSON after the table)
# On a machine that is busy with other work, run it as `nice -n -15 ...` (both
# programs inherit the priority): start-up is CPU-bound, and under a load of
# many runnable processes a multi-process browser gets more of the CPU than a
# single process does, so the first-content figures stop meaning anything.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD="$ROOT/build"
SECONDS_RUN=30
RUNS=3
JSON=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_RUN=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --build-dir) BUILD=$(realpath -m "$2"); shift 2 ;;
        --json) JSON=(--json "$2"); shift 2 ;;
        *) echo "usage: $0 [--seconds N] [--runs N] [--build-dir DIR] [--json FILE]" >&2; exit 2 ;;
    esac
done

if ! command -v xvfb-run >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y xvfb xauth fonts-noto-cjk
fi
if [ ! -x "$BUILD/kiosk/app/kiosk" ] || [ ! -x "$BUILD/tests/bench/kiosk_bench" ]; then
    command -v cmake >/dev/null || "$ROOT/platform/install-deps.sh"
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$BUILD" -j"$(nproc)" --target kiosk kiosk_bench
fi

echo "kiosk $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), Xvfb 1920x1080x24," \
     "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# xvfb-run names the display on Xvfb's command line: kiosk_bench finds the
# server there and measures its CPU too. The kiosk's defaults, not this PC's
# /etc/kiosk configuration.
KIOSK_CONFIG= xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    "$BUILD/tests/bench/kiosk_bench" --kiosk "$BUILD/kiosk/app/kiosk" --only chromium \
    --seconds "$SECONDS_RUN" --runs "$RUNS" "${JSON[@]}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
