#!/usr/bin/env bash
# check_display_labels.cmake on a saved ctest listing (display_labels_fixture.json)
# must fail and name exactly the tests that start an X display without the label.
#   check_display_labels_test.sh CMAKE
set -euo pipefail
cmake=$1
here=$(cd "$(dirname "$0")" && pwd)
status=0
out=$("$cmake" -DTESTS_JSON="$here/display_labels_fixture.json" \
  -P "$here/check_display_labels.cmake" 2>&1) || status=$?
echo "$out"
[ "$status" != 0 ] || { echo "the check passed a listing with unlabelled tests"; exit 1; }
named=$(echo "$out" | sed -n 's/^    \([A-Za-z_]*\)$/\1/p' | sort | tr '\n' ' ')
expected="in_sh_c other_label unlabelled xvfb_run "
[ "$named" = "$expected" ] || { echo "named: '$named'; expected: '$expected'"; exit 1; }
echo "the check names the 4 unlabelled tests that start a display, and no other"
