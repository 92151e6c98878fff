#!/usr/bin/env python3
"""Makes a pack about other years and another hub from the default pack, to
show that the kiosk draws what the pack says: every date moved seven years on
(the partner agreements then run from 2023 to 2026), the hub moved from Tokyo's
23 wards to Sapporo (a city of Hokkaido, which the default map has whole), and
the attract loop reduced to the growing partner map.
    make_other_hub_pack.py DEFAULT_PACK OUT_DIR
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

YEARS_ON = 7
FIRST, LAST = 2023, 2026
source, out = Path(sys.argv[1]), Path(sys.argv[2])
if out.exists():
    shutil.rmtree(out)
shutil.copytree(source, out)


def edit(relative, change):
    path = out / relative
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


def later(date):
    """'2016-04-26' or '2016-04' -> seven years on."""
    return re.sub(r"^\d{4}", lambda m: str(int(m.group()) + YEARS_ON), date)


def timeline_year(event):
    date = event["date"]
    return int(date["start"][:4]) if "start" in date else date.get("year", 0)


def move_events(document):
    """Seven years on, keeping only the events from 2023 to 2026."""
    kept = []
    for event in document["events"]:
        date = event["date"]
        for key in ("start", "end"):
            if key in date:
                date[key] = later(date[key])
        if "year" in date:
            date["year"] += YEARS_ON
        date.pop("after", None)  # the event it followed may be gone
        year = timeline_year(event)
        if FIRST <= year <= LAST:
            event["era"] = f"令和{year - 2018}年"
            kept.append(event)
    document["events"] = kept


def move_partners(document):
    for group in ("associations", "companies"):
        for partner in document[group]:
            partner["agreement_date"] = later(partner["agreement_date"])


def move_hub(manifest):
    manifest["hub"] = {"prefecture": "01", "municipalities": ["01100"], "anchor": "01100"}
    manifest["overview_omits"] = ["47000"]


manifest = json.loads((out / "pack.json").read_text(encoding="utf-8"))
kept_files = []
for events_file in manifest["content"]["events"]:
    edit(events_file, move_events)
    if json.loads((out / events_file).read_text(encoding="utf-8"))["events"]:
        kept_files.append(events_file)
    else:
        (out / events_file).unlink()


def keep_events_files(manifest):
    manifest["content"]["events"] = kept_files
    manifest["files"] = [f for f in manifest["files"]
                         if not f["path"].startswith("events/") or f["path"] in kept_files]


edit("pack.json", keep_events_files)
edit("partners.json", move_partners)
edit("strings.json", lambda s: s.update(hub_label={"ja": "札幌市", "en": "Sapporo"}))
edit("playlist.json", lambda p: p.update(slides=[{"type": "map", "seconds": 10}]))
edit("pack.json", move_hub)
subprocess.run([sys.executable, str(Path(__file__).parent.parent / "support" / "rehash_pack.py"),
                str(out)], check=True)
