#!/usr/bin/env bash
# Visitor figures end to end with the real kiosk on a simulated clock: over a
# state folder holding a month of figures, a scripted session makes a visit,
# opens the staff panel's Visitors page and exports to a stick; a second
# session (a restart) does the same. Each export holds the hourly CSV
# with the session's visits counted in their local hour, on top of the ones
# before the restart, and the 30-day chart as PNG. A third session over a
# damaged database moves it aside and starts a new one. The shots (staff_figures*)
# are left in OUT_DIR for looking at.
#   staff_figures_test.sh KIOSK KIOSK_PACK FILL_FIGURES DEFAULT_PACK OUT_DIR
set -euo pipefail
kiosk=$1 tool=$2 fill=$3 default_pack=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out/shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/state"
# A month up to yesterday: today's row holds only what the sessions count.
"$fill" "$work/state/visitors.sqlite" 2026-12-02 "$default_pack"
pin_hash=$(echo 1357 | "$tool" hash-pin)

# One session of the script with a stick under media$1; its export's hourly CSV.
session() {
  mkdir -p "$work/media$1/STICK"
  "$kiosk" --pack "$default_pack" --state "$work/state" --mount-root "$work/media$1" \
    --staff-pin-hash "$pin_hash" --now 2026-12-03T15:00:00+09:00 \
    --script "$here/staff_figures.script" --out "$out/shots/$1" --size 1920x1080 \
    2> "$out/session$1.log" || { cat "$out/session$1.log"; echo "session $1 failed"; exit 1; }
  grep -q "visitor figures in $work/state/visitors.sqlite" "$out/session$1.log" || {
    cat "$out/session$1.log"; echo "session $1: the figures are not kept in the state folder"; exit 1; }
  local png csv
  png=$(ls "$work/media$1"/STICK/kiosk-visitors-*-30days.png 2>/dev/null || true)
  csv=$(ls "$work/media$1"/STICK/kiosk-visitors-*-hourly.csv 2>/dev/null || true)
  [ -n "$png" ] && [ -n "$csv" ] || { ls -l "$work/media$1/STICK"; echo "session $1: no export"; exit 1; }
  [ "$(head -c 4 "$png" | od -An -c | tr -d ' ')" = "211PNG" ] || { echo "$png is no PNG"; exit 1; }
  cp "$csv" "$out/hourly$1.csv"
  cp "$png" "$out/chart$1.png"
}

expect_row() {  # FILE ROW
  grep -qx "$2"$'\r' "$1" || { grep "^2026-12-03" "$1" || true; echo "$1: no row $2"; exit 1; }
}

session 1
# The visitor woke the kiosk at 15:00 and stayed on the home screen.
expect_row "$out/hourly1.csv" "2026-12-03,15,session,,1"
expect_row "$out/hourly1.csv" "2026-12-03,15,screen,home,1"
expect_row "$out/hourly1.csv" "2026-12-03,15,language,ja,1"
# The month before is all there.
[ "$(grep -c '^2026-11-03,' "$out/hourly1.csv")" -gt 0 ] || { echo "the month before is missing"; exit 1; }
session 2
expect_row "$out/hourly2.csv" "2026-12-03,15,session,,2"
[ "$(wc -l < "$out/hourly2.csv")" -eq "$(wc -l < "$out/hourly1.csv")" ] || {
  echo "the restart changed the rows other than today's"; exit 1; }
# A damaged database: moved aside (named in the log), a new one started, the kiosk runs on.
echo "not a database" > "$work/state/visitors.sqlite"
session 3
grep -q "moved to $work/state/visitors.sqlite.broken-" "$out/session3.log" || {
  cat "$out/session3.log"; echo "the damaged database was not moved aside in the log"; exit 1; }
ls "$work/state"/visitors.sqlite.broken-* >/dev/null || { echo "nothing moved aside"; exit 1; }
expect_row "$out/hourly3.csv" "2026-12-03,15,session,,1"
[ "$(wc -l < "$out/hourly3.csv")" -eq 4 ] || { cat "$out/hourly3.csv"; echo "the new database is not new"; exit 1; }
cp "$out/shots/1/staff_figures.png" "$out/staff_figures.png"
echo "visitor figures: counted, kept across a restart, a damaged file moved aside, exported as CSV and PNG"
