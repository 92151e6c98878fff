#!/usr/bin/env bash
# The glyph atlas kept between starts, as the installed unit runs the kiosk
# (systemd's CacheDirectory= gives $CACHE_DIRECTORY): the first start builds
# and keeps it, the next reads it and draws the same pixels; a damaged file is
# built again and replaced.
#   font_cache_test.sh KIOSK
set -euo pipefail
kiosk=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
shoot() {  # NAME: a timeline shot, its log in NAME.log
  CACHE_DIRECTORY=$dir "$kiosk" --screenshot "$dir/$1.png" --screen timeline --size 960x540 \
    2> "$dir/$1.log" || { cat "$dir/$1.log"; echo "the kiosk failed"; exit 1; }
}
kept() { find "$dir/fonts" -name 'atlas-*.bin' | wc -l; }

shoot built
grep -q "glyph atlas kept in $dir/fonts/atlas-" "$dir/built.log" ||
  { cat "$dir/built.log"; echo "the first start did not keep its atlas"; exit 1; }
[ "$(kept)" = 1 ] || { ls -l "$dir/fonts"; echo "expected one atlas kept"; exit 1; }
file=$(find "$dir/fonts" -name 'atlas-*.bin')
size=$(stat -c %s "$file")

shoot read
grep -q "glyph atlas read from $file" "$dir/read.log" ||
  { cat "$dir/read.log"; echo "the second start did not read the kept atlas"; exit 1; }
cmp "$dir/built.png" "$dir/read.png" || { echo "the atlas read back draws other pixels"; exit 1; }

truncate -s $((size / 2)) "$file"
shoot damaged
grep -q "glyph atlas kept in $file" "$dir/damaged.log" ||
  { cat "$dir/damaged.log"; echo "a damaged atlas was not built again"; exit 1; }
[ "$(stat -c %s "$file")" = "$size" ] || { echo "the damaged file was not replaced whole"; exit 1; }
cmp "$dir/built.png" "$dir/damaged.png" || { echo "the rebuilt atlas draws other pixels"; exit 1; }
echo "kept, read back and rebuilt: $(kept) atlas of $size bytes, the same pixels each time"
