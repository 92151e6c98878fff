#!/usr/bin/env python3
"""Brings a pack's manifest up to date after a test changed its files: the
size and SHA-256 of every file pack.json lists, as `kiosk-pack build` would
write them, so that only the change the test means remains.
    rehash_pack.py PACK_DIR
"""
import hashlib
import json
import sys

root = sys.argv[1]
with open(f"{root}/pack.json", encoding="utf-8") as f:
    manifest = json.load(f)
for entry in manifest["files"]:
    with open(f"{root}/{entry['path']}", "rb") as f:
        data = f.read()
    entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
with open(f"{root}/pack.json", "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
