#!/usr/bin/env bash
# kiosk-pack export-events and import-events end to end, as an office uses
# them: the default pack's source through the sheet and back unchanged (UTF-8
# with and without a BOM, and Shift_JIS for a pack in Japanese and English),
# Shift_JIS refused for Korean, an event added, and bad cells refused by row and
# column with the source left as it was.
#   events_sheet_test.sh KIOSK_PACK SOURCE_PACK BUILT_PACK
set -euo pipefail
tool=$1 source=$2 built=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*"; exit 1; }
expect_line() {  # FILE TEXT: the output names the problem
  grep -qF -- "$2" "$1" || { cat "$1"; fail "no line with: $2"; }
}

# 1. Export, import into a copy, every file byte for byte the same.
"$tool" export-events "$source" "$work/events.csv" 2> "$work/export.log"
expect_line "$work/export.log" "160 events written in UTF-8 with a BOM"
[ "$(head -c 3 "$work/events.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no BOM"
cp -r "$source" "$work/src"
"$tool" import-events "$work/events.csv" "$work/src" > "$work/import.out" 2> "$work/import.log" ||
  { cat "$work/import.out" "$work/import.log"; fail "the round trip import failed"; }
expect_line "$work/import.log" "read as UTF-8 with a BOM"
expect_line "$work/import.log" "160 events imported"
diff -r "$source" "$work/src" || fail "the round trip changed the source"
"$tool" validate --source "$work/src" 2> /dev/null || fail "the imported source does not validate"

# 2. UTF-8 without a BOM, as other tools write it.
"$tool" export-events "$source" "$work/plain.csv" --encoding utf-8-no-bom 2> /dev/null
"$tool" import-events "$work/plain.csv" "$work/src" 2> "$work/plain.log" > /dev/null
expect_line "$work/plain.log" "read as UTF-8 (no BOM)"
diff -r "$source" "$work/src" || fail "the round trip without a BOM changed the source"

# 2b. A sheet with the Japanese and English columns only (or with columns
# deleted in Excel) keeps what the pack has in the columns it leaves out.
"$tool" export-events "$source" "$work/jaen.csv" --languages en 2> /dev/null
head -1 "$work/jaen.csv" | grep -q "title.ko" && fail "--languages wrote Korean columns"
head -1 "$work/jaen.csv" | grep -q "title.ja,title.en,summary.ja" || fail "--languages left out ja or en"
python3 - "$work/jaen.csv" "$work/fewer.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
keep = [i for i, name in enumerate(rows[0]) if name not in ("places", "associations", "highlight")]
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows([[r[i] for i in keep] for r in rows])
PY
"$tool" import-events "$work/fewer.csv" "$work/src" 2> "$work/fewer.log" > /dev/null ||
  { cat "$work/fewer.log"; fail "a sheet with fewer columns was refused"; }
expect_line "$work/fewer.log" "no column title.zh-Hans, title.zh-Hant, title.ko, summary.zh-Hans"
expect_line "$work/fewer.log" "places, associations, highlight: the events keep what the pack has there"
diff -r "$source" "$work/src" || fail "the columns left out did not keep the pack's texts"

# 3. A built pack exports too.
"$tool" export-events "$built" "$work/built.csv" 2> "$work/built.log"
expect_line "$work/built.log" "160 events written"

# 4. Shift_JIS cannot hold the Chinese and Korean texts: refused by cell, nothing written.
if "$tool" export-events "$source" "$work/sjis.csv" --encoding cp932 > "$work/sjis.out" 2>&1; then
  fail "a Korean text was written in Shift_JIS"
fi
expect_line "$work/sjis.out" 'sjis.csv: row 2, column title.ko (M): "특" (U+D2B9) in'
expect_line "$work/sjis.out" "cannot be written in Shift_JIS (CP932)"
[ ! -e "$work/sjis.csv" ] || fail "a refused export left a file"

# Excel's plain "CSV" writes "?" for what Shift_JIS cannot hold (iconv's
# //TRANSLIT does the same): the import refuses those cells.
tail -c +4 "$work/events.csv" | iconv -f UTF-8 -t CP932//TRANSLIT > "$work/excel-sjis.csv"
"$tool" import-events "$work/excel-sjis.csv" "$work/src" > "$work/excel.out" 2> "$work/excel.log" &&
  fail "a sheet with lost characters was imported"
expect_line "$work/excel.log" "read as Shift_JIS (CP932)"
expect_line "$work/excel.out" 'excel-sjis.csv: row 2, column title.zh-Hans (K): "'
expect_line "$work/excel.out" 'holds "?" where Shift_JIS'
diff -r "$source" "$work/src" || fail "a refused import changed the source"

# 5. A pack in Japanese and English only goes through Shift_JIS and back unchanged.
cp -r "$source" "$work/jaen"
python3 - "$work/jaen" <<'PY'
import json, glob, sys
root = sys.argv[1]
def strip(value):
    if isinstance(value, dict):
        if "ja" in value and "en" in value:
            return {k: v.replace("\u2013", "-").replace("\u00e9", "e")
                    for k, v in value.items() if k in ("ja", "en")}
        return {k: strip(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value
with open(root + "/pack.json", encoding="utf-8") as f:
    manifest = json.load(f)
manifest["languages"] = ["ja", "en"]
with open(root + "/pack.json", "w", encoding="utf-8") as f:
    f.write(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
for path in glob.glob(root + "/events/*.json"):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(strip(document), ensure_ascii=False, indent=2) + "\n")
PY
cp -r "$work/jaen" "$work/jaen-before"
"$tool" export-events "$work/jaen" "$work/sjis.csv" --encoding cp932 2> "$work/sjis.log" ||
  { cat "$work/sjis.log"; fail "the Japanese and English pack did not export in Shift_JIS"; }
iconv -f CP932 -t UTF-8 "$work/sjis.csv" > /dev/null || fail "the export is not CP932"
! iconv -f UTF-8 -t UTF-8 "$work/sjis.csv" > /dev/null 2>&1 || fail "the export is not Shift_JIS"
head -1 "$work/sjis.csv" | grep -q "title.ko" && fail "empty Korean columns were written"
"$tool" import-events "$work/sjis.csv" "$work/jaen" 2> "$work/sjis-import.log" > /dev/null ||
  { cat "$work/sjis-import.log"; fail "the Shift_JIS import failed"; }
expect_line "$work/sjis-import.log" "read as Shift_JIS (CP932)"
diff -r "$work/jaen-before" "$work/jaen" || fail "the Shift_JIS round trip changed the source"

# 6. An event added in a new year: its file is made and listed in pack.json.
cp "$work/events.csv" "$work/added.csv"
printf '2023-04-01-new-fair,event_fair,day,2023/4/1,,,,令和5年,"新しい物産展, 区役所",New fair at the ward office,,,,物産展を開催した。,A fair was held.,,,,"説明の段落。\n\n- 一つ目\n- 二つ目","A paragraph.\n\n- First\n- Second",,,,,,,,,,,,,,1000 13101,hokkaido-towns,,,,https://www.tokyo23city.or.jp/,TRUE\r\n' >> "$work/added.csv"
"$tool" import-events "$work/added.csv" "$work/src" 2> "$work/added.log" > /dev/null ||
  { cat "$work/added.log"; fail "the added event was refused"; }
expect_line "$work/added.log" "events/2023.json: added (1 events)"
expect_line "$work/added.log" "events/2022.json: unchanged (15 events)"
grep -q '"events/2023.json"' "$work/src/pack.json" || fail "pack.json does not list 2023"
grep -q '"start": "2023-04-01"' "$work/src/events/2023.json" || fail "the date was not read"
grep -q '"01000"' "$work/src/events/2023.json" || fail "the place lost its leading zero"
"$tool" validate --source "$work/src" 2> /dev/null || fail "the source with the new event does not validate"
# Taking it out again removes the file and its listing.
"$tool" import-events "$work/events.csv" "$work/src" 2> "$work/removed.log" > /dev/null
expect_line "$work/removed.log" "events/2023.json: removed"
diff -r "$source" "$work/src" || fail "removing the event did not restore the source"

# 7. Bad cells: each one line naming the row and column; the source is not touched.
sed -e '2s/,mayors_meeting,/,party,/' -e '3s/,day,2014-09-16,/,day,2014-09-31,/' \
    -e '1s/,highlight/,highlight,notes/' "$work/events.csv" > "$work/bad.csv"
if "$tool" import-events "$work/bad.csv" "$work/src" > "$work/bad.out" 2> "$work/bad.log"; then
  fail "a sheet with bad cells was imported"
fi
expect_line "$work/bad.out" 'bad.csv: row 1, column AO: "notes" is not a column of the events sheet'
expect_line "$work/bad.log" "not changed"
sed -i '1s/,highlight,notes/,highlight/' "$work/bad.csv"
"$tool" import-events "$work/bad.csv" "$work/src" > "$work/bad.out" 2> /dev/null && fail "bad cells imported"
expect_line "$work/bad.out" 'bad.csv: row 2, column category (B): "party" is not a category'
expect_line "$work/bad.out" 'bad.csv: row 3, column date.start (D): "2014-09-31" is not a real date'
[ "$(wc -l < "$work/bad.out")" -eq 2 ] || { cat "$work/bad.out"; fail "expected exactly two lines"; }
diff -r "$source" "$work/src" || fail "a refused import changed the source"

# 8. What only the pack's own checks find is placed at its row and column, and
# the files are put back.
python3 - "$work/events.csv" "$work/picture.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
rows[5][rows[0].index("image")] = "images/missing.png"
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
PY
"$tool" import-events "$work/picture.csv" "$work/src" > "$work/picture.out" 2> /dev/null &&
  fail "an event naming a missing picture was imported"
expect_line "$work/picture.out" "picture.csv: row 6, column image (AJ):"
expect_line "$work/picture.out" "(events/2014.json: /events/4/image)"
diff -r "$source" "$work/src" || fail "a refused import was not put back"

# 9. Bytes that are neither UTF-8 nor Shift_JIS.
printf 'id,category\r\nx,\x82\xff\r\n' > "$work/broken.csv"
"$tool" import-events "$work/broken.csv" "$work/src" > "$work/broken.out" 2> /dev/null && fail "broken bytes imported"
expect_line "$work/broken.out" "broken.csv: row 2, column B: byte 0x82"
echo "events sheet: all passed"
