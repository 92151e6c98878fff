#!/bin/sh
# gl_fill_bench runs, draws every pass without a GL error and prints a figure
# for each (a small window and a few frames: no timing asserted).
# Usage: gl_fill_quick_test.sh GL_FILL_BENCH
set -eu
out=$("$1" --size 96x64 --frames 3)
printf '%s\n' "$out"
rows=$(printf '%s\n' "$out" | grep -cE '^(solid|texture|copy).* [0-9]+\.[0-9]+ +[0-9]+\.[0-9]+ +[0-9]+\.[0-9]+$' || true)
if [ "$rows" -ne 9 ]; then
  echo "expected 9 passes with their figures, found $rows"
  exit 1
fi
