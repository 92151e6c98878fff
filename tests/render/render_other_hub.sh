#!/usr/bin/env bash
# The kiosk draws the facts its pack states, not the default pack's: a pack
# whose agreements run from 2023 to 2026 with Sapporo as the hub
# (make_other_hub_pack.py) plays other_hub.script, and every shot must match its
# reference in other_hub/ (the growth map's years 2023 to 2026, the map screen
# with Sapporo as the hub).
#   render_other_hub.sh KIOSK IMAGE_COMPARE DEFAULT_PACK OUT_DIR
set -euo pipefail
kiosk=$1 compare=$2 default_pack=$3 out=$4
here=$(dirname "$0")
mkdir -p "$out"
"$here/make_other_hub_pack.py" "$default_pack" "$out/pack"
"$here/render_tour.sh" "$kiosk" "$compare" "$here/other_hub.script" "$here/other_hub" "$out/shots" \
  --pack "$out/pack"
# The years are drawn from the pack: a shot of one year must not pass for another's.
if "$compare" "$out/shots/growth-2023.png" "$here/other_hub/growth-2026.png" > /dev/null; then
  echo "the 2023 and 2026 shots of the time-lapse look alike"; exit 1
fi
