#!/usr/bin/env bash
# smoke-test-arm64.sh DEB — runs the arm64 package's programs on this amd64
# machine under qemu-user (qemu-aarch64-static -L ROOT, ROOT the arm64 root of
# make-arm64-root.sh, which has the arm64 libraries and Mesa), from the package
# unpacked into a temporary folder:
#  1. kiosk-pack validate on the built-in pack the package installs
#     (usr/share/kiosk/content/default): it must pass;
#  2. kiosk-pack validate on a copy of it whose manifest (pack.json) has one
#     file's SHA-256 zeroed: it must be refused (nonzero status);
#  3. the kiosk's title and map screens (--screenshot, 640x360, Japanese) on
#     Xvfb with Mesa's software OpenGL (the root's arm64 llvmpipe), each compared
#     with the same screenshot from an amd64 build of the same source, with the
#     project's image_compare and its tolerance: they must agree.
# Exits 0 only when all of them passed. The screenshots, their difference
# images and the log stay in SMOKE_OUT (default DEB's folder/smoke-arm64).
# KIOSK_ARM64_ROOT: the arm64 root (default build-arm64/root, made if missing).
# KIOSK_AMD64_BUILD: an amd64 build folder of this source with the targets
# kiosk and image_compare (default build; configured and built if missing,
# JOBS parallel jobs, default the number of cores).
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 KIOSK_ARM64_DEB" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=${KIOSK_ARM64_ROOT:-$src/build-arm64/root}
amd64=${KIOSK_AMD64_BUILD:-$src/build}
out=${SMOKE_OUT:-$(dirname "$deb")/smoke-arm64}
jobs=${JOBS:-$(nproc)}
screens=(title map)
shot_args=(--size 640x360 --lang ja)
start=$SECONDS

"$here/../install-missing.sh" qemu-user-static mmdebstrap xvfb xauth fonts-noto-cjk file python3
"$here/make-arm64-root.sh" "$root"
root=$(cd "$root" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/*.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The amd64 kiosk to compare with, and image_compare (a test target).
amd64_kiosk=$amd64/kiosk/app/kiosk
compare=$amd64/tests/render/image_compare
if [ ! -x "$amd64_kiosk" ] || [ ! -x "$compare" ]; then
  echo "building the amd64 kiosk and image_compare in $amd64"
  "$src/platform/install-deps.sh"
  cmake -S "$src" -B "$amd64" -DCMAKE_BUILD_TYPE=Release -DKIOSK_BUILD_TESTS=ON >/dev/null
  cmake --build "$amd64" -j"$jobs" --target kiosk image_compare >/dev/null
fi

dpkg-deb -x "$deb" "$tmp/pkg"
pack=$tmp/pkg/usr/share/kiosk/content/default
[ -f "$pack/pack.json" ] || { echo "smoke test: no built-in pack in $deb" >&2; exit 1; }

# Everything arm64 runs through qemu with the root as its /, for the libraries
# (paths missing there, such as /usr/share/fonts, are this machine's). The
# root's Mesa: llvmpipe, its drivers found in the root.
arm64=(env LIBGL_ALWAYS_SOFTWARE=1 LIBGL_DRIVERS_PATH="$root/usr/lib/aarch64-linux-gnu/dri"
       LD_LIBRARY_PATH=/lib/aarch64-linux-gnu:/usr/lib/aarch64-linux-gnu
       qemu-aarch64-static -L "$root")

failures=0
log=$out/smoke-test.log
: >"$log"
report() {  # report NAME STATUS DETAIL
  printf '%-28s %s  %s\n' "$1" "$2" "$3" | tee -a "$log"
  [ "$2" = PASS ] || failures=$((failures + 1))
}
timed() {  # timed OUTPUT_FILE COMMAND...: runs it, sets status and secs
  local t0=$SECONDS
  set +e
  "${@:2}" >"$1" 2>&1
  status=$?
  set -e
  secs=$((SECONDS - t0))
  { echo "\$ ${*:2}"; cat "$1"; echo "(status $status, $secs s)"; echo; } >>"$log"
}

echo "smoke test of $deb under $(qemu-aarch64-static --version | head -n1)" | tee -a "$log"
echo "arm64 root: $root" | tee -a "$log"
file -b "$tmp/pkg/usr/bin/kiosk" | tee -a "$log"

# 1. The built-in pack validates.
timed "$tmp/validate.txt" "${arm64[@]}" "$tmp/pkg/usr/bin/kiosk-pack" validate "$pack"
if [ "$status" -eq 0 ]; then
  report "validate built-in pack" PASS "$(tail -n1 "$tmp/validate.txt"), $secs s"
else
  report "validate built-in pack" FAIL "status $status: $(tail -n1 "$tmp/validate.txt")"
fi

# 2. One file's hash zeroed in the manifest: refused, naming that file.
# (A copy of hard links but for pack.json, which is written anew.)
cp -al "$pack" "$tmp/tampered"
rm "$tmp/tampered/pack.json"
victim=$(python3 - "$pack/pack.json" "$tmp/tampered/pack.json" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    manifest = json.load(f)
entry = manifest["files"][0]
entry["sha256"] = "0" * 64
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
print(entry["path"])
EOF
)
timed "$tmp/tampered.txt" "${arm64[@]}" "$tmp/pkg/usr/bin/kiosk-pack" validate "$tmp/tampered"
if [ "$status" -ne 0 ] && [ "$status" -lt 126 ] && grep -q -F "$victim" "$tmp/tampered.txt"; then
  report "validate zeroed hash" PASS "refused (status $status): $(grep -m1 -F "$victim" "$tmp/tampered.txt" | cut -c1-100)..., $secs s"
else
  report "validate zeroed hash" FAIL "status $status (expected a refusal): $(tail -n1 "$tmp/tampered.txt")"
fi

# 3. Screenshots, arm64 against amd64.
for screen in "${screens[@]}"; do
  a=$out/$screen-arm64.png r=$out/$screen-amd64.png
  timed "$tmp/$screen-arm64.txt" "$src/tests/support/with_display.sh" "${arm64[@]}" \
    "$tmp/pkg/usr/bin/kiosk" --screenshot "$a" --screen "$screen" "${shot_args[@]}"
  arm64_status=$status arm64_secs=$secs
  timed "$tmp/$screen-amd64.txt" env LIBGL_ALWAYS_SOFTWARE=1 "$src/tests/support/with_display.sh" \
    "$amd64_kiosk" --screenshot "$r" --screen "$screen" "${shot_args[@]}"
  amd64_status=$status
  if [ "$arm64_status" -ne 0 ] || [ ! -f "$a" ]; then
    report "screenshot $screen" FAIL "arm64 kiosk: status $arm64_status: $(tail -n1 "$tmp/$screen-arm64.txt")"
    continue
  fi
  if [ "$amd64_status" -ne 0 ] || [ ! -f "$r" ]; then
    report "screenshot $screen" FAIL "amd64 kiosk: status $amd64_status: $(tail -n1 "$tmp/$screen-amd64.txt")"
    continue
  fi
  timed "$tmp/$screen-compare.txt" "$compare" "$a" "$r" --diff "$out/$screen-diff.png"
  if [ "$status" -eq 0 ]; then
    report "screenshot $screen" PASS "$(head -n1 "$tmp/$screen-compare.txt"); arm64 $arm64_secs s"
  else
    report "screenshot $screen" FAIL "$(head -n1 "$tmp/$screen-compare.txt")"
  fi
done
grep -h -m1 "^kiosk: OpenGL" "$tmp/${screens[0]}-arm64.txt" | tee -a "$log" || true

echo "smoke test: $((SECONDS - start)) s, $failures failed; screenshots and log in $out" | tee -a "$log"
[ "$failures" -eq 0 ]
