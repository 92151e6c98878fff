#!/usr/bin/env bash
# Renders a screen with the kiosk and compares it with a reference image.
#   render_compare.sh KIOSK IMAGE_COMPARE REFERENCE OUT_DIR [expect-match|expect-mismatch] -- KIOSK_ARGS...
# Set KIOSK_UPDATE_REFERENCES=1 to rewrite the reference from this render.
set -euo pipefail
kiosk=$1 compare=$2 reference=$3 out_dir=$4 expectation=$5
shift 5
[ "$1" = "--" ] && shift
mkdir -p "$out_dir"
actual="$out_dir/$(basename "$reference" .png)-actual.png"
"$kiosk" --screenshot "$actual" "$@"
if [ "${KIOSK_UPDATE_REFERENCES:-0}" = 1 ] && [ "$expectation" = expect-match ]; then
  cp "$actual" "$reference"
  echo "reference updated: $reference"
  exit 0
fi
set +e
"$compare" "$actual" "$reference" --diff "$out_dir/$(basename "$reference" .png)-diff.png"
status=$?
set -e
case "$expectation:$status" in
  expect-match:0|expect-mismatch:1) exit 0 ;;
  expect-match:*) echo "render differs from $reference (see $out_dir)"; exit 1 ;;
  expect-mismatch:*) echo "render was expected to differ from $reference but did not"; exit 1 ;;
esac
