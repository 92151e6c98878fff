#!/usr/bin/env bash
# Runs a command on an X display of its own: a private Xvfb that picks a free
# display number itself (-displayfd, so two tests starting at the same moment
# cannot pick the same one, as `xvfb-run -a` can) and goes away with the
# command. Every test that opens a window or a GL context runs through this,
# so the suite is safe to run in parallel (ctest -j).
#   with_display.sh COMMAND [ARGS...]
# KIOSK_TEST_SCREEN sets the screen (default 1920x1080x24).
set -euo pipefail
screen=${KIOSK_TEST_SCREEN:-1920x1080x24}
runtime=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-display.XXXXXX")
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$runtime"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
mkfifo "$runtime/displayfd"
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3> "$runtime/displayfd" \
  2> "$runtime/xvfb.log" &
xvfb_pid=$!
display=
# The display number arrives once the server is ready for clients.
if ! read -r -t 30 display < "$runtime/displayfd" || [ -z "$display" ]; then
  cat "$runtime/xvfb.log" >&2
  echo "with_display.sh: Xvfb did not start" >&2
  exit 1
fi
export DISPLAY=":$display"
# The kiosk's defaults, not a configuration this machine may have in
# /etc/kiosk (a developer's PC with the package installed tests as CI does).
export KIOSK_CONFIG=${KIOSK_CONFIG-}
set +e
"$@"
status=$?
set -e
exit $status
