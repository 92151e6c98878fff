#!/bin/sh
# The map's regions (tens of thousands of vertices) are drawn from a cached
# texture while they stand still, and from rasters of themselves while they
# pan and zoom: the still map screen, the map dragged and double-tapped, most
# frames of the attract loop's push transitions and camera flights submit a
# few thousand vertices, not the fifty to eighty thousand of the map itself.
# The still map's picture is composited by the runs of its tiles that hold
# land, not as a quad over the sea as well: the still map screen blends 0.15
# megapixels at 960x540 (0.35 as one quad). Counts, not timings: it holds on a
# busy machine. Usage: layer_cache_test.sh KIOSK
set -eu
kiosk=$1
out=$(KIOSK_CONFIG= SDL_AUDIODRIVER=dummy "$kiosk" --bench 40 --screen map --size 960x540 &&
      KIOSK_CONFIG= SDL_AUDIODRIVER=dummy "$kiosk" --bench 40 --screen attract --size 960x540)
printf '%s\n' "$out" | python3 -c '
import json, sys
figures = {}
for line in sys.stdin:
    if line.startswith("{"):
        d = json.loads(line)
        if "screen" in d:
            figures[d["screen"]] = d
failed = False
def expect(screen, key, most):
    global failed
    value = figures[screen][key]
    ok = value <= most
    verdict = "ok" if ok else "FAILED"
    print(f"{screen}: {key} {value:g} (at most {most}) {verdict}")
    failed = failed or not ok
expect("map", "vertices_median", 10000)
expect("map", "blended_mpx", 0.25)
expect("map-moving", "vertices_p75", 10000)
expect("attract-transition", "vertices_p75", 20000)
expect("attract-flights", "vertices_p75", 10000)
sys.exit(1 if failed else 0)
'
