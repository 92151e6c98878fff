#!/usr/bin/env bash
# build-arm64-deb.sh [OUTDIR] — the kiosk's Debian package for arm64 (Raspberry
# Pi 4/5 class boards running Debian 12), cross-built on an amd64 Debian 12
# machine by one command, from a clean clone:
#  1. installs the cross toolchain and the build tools where missing
#     (platform/install-missing.sh: as root, or through sudo);
#  2. makes the arm64 root with the Build-Depends for arm64 (make-arm64-root.sh),
#     or reuses it: KIOSK_ARM64_ROOT, by default build-arm64/root;
#  3. exports the committed tree (git archive HEAD: uncommitted changes are not
#     in the package) to a temporary folder;
#  4. runs dpkg-buildpackage -a arm64 there with the unchanged debian/rules:
#     CMake gets the toolchain file aarch64-linux-gnu.cmake through the
#     CMAKE_TOOLCHAIN_FILE environment variable, and bin/ comes first in PATH
#     for dpkg-shlibdeps to find the arm64 libraries and their packages in the
#     root;
#  5. checks the package (arm64, aarch64 binaries) and leaves it, its debug
#     symbols (kiosk-dbgsym), .buildinfo, .changes and the build log in OUTDIR
#     (default dist/).
# JOBS (default: the number of cores) sets the build's parallel jobs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(git -C "$here" rev-parse --show-toplevel)
outdir=${1:-$src/dist}
root=${KIOSK_ARM64_ROOT:-$src/build-arm64/root}
jobs=${JOBS:-$(nproc)}
start=$SECONDS

"$here/../install-missing.sh" crossbuild-essential-arm64 qemu-user-static mmdebstrap \
  dpkg-dev debhelper fakeroot file cmake pkg-config git
"$here/make-arm64-root.sh" "$root"
root=$(cd "$root" && pwd)
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)

if [ -n "$(git -C "$src" status --porcelain --untracked-files=no)" ]; then
  echo "build-arm64-deb: uncommitted changes are left out: the package is built from HEAD" >&2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src"
git -C "$src" archive HEAD | tar -x -C "$tmp/src"
cross=$tmp/src/platform/cross
version=$(cd "$tmp/src" && dpkg-parsechangelog -S Version)
log=$outdir/kiosk_${version}_arm64.build.log

echo "building kiosk $version for arm64 ($(git -C "$src" rev-parse --short HEAD), $jobs jobs, log: $log)"
build_start=$SECONDS
if ! (cd "$tmp/src" &&
      KIOSK_ARM64_ROOT=$root \
      CMAKE_TOOLCHAIN_FILE=$cross/aarch64-linux-gnu.cmake \
      CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ \
      PATH=$cross/bin:$PATH \
      DEB_BUILD_OPTIONS="nocheck parallel=$jobs" \
      dpkg-buildpackage -a arm64 -Pcross,nocheck -d -b -us -uc) >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "build-arm64-deb: the package build failed; the whole log is in $log" >&2
  exit 1
fi
build_time=$((SECONDS - build_start))

for f in "$tmp"/kiosk*_"$version"_arm64.*; do
  mv -f "$f" "$outdir/"
done
deb=$outdir/kiosk_${version}_arm64.deb

# The checks: an arm64 package whose programs are aarch64 executables.
[ "$(dpkg-deb -f "$deb" Architecture)" = arm64 ] || { echo "build-arm64-deb: $deb is not arm64" >&2; exit 1; }
mkdir "$tmp/x"
dpkg-deb -x "$deb" "$tmp/x"
for bin in usr/bin/kiosk usr/bin/kiosk-pack; do
  what=$(file -b "$tmp/x/$bin")
  echo "$bin: $what"
  case $what in
    *"ARM aarch64"*) ;;
    *) echo "build-arm64-deb: $bin is not an aarch64 executable" >&2; exit 1 ;;
  esac
done
dpkg-deb -I "$deb" | sed -n '/^ Package:/,$p'
echo "files: $(dpkg-deb -c "$deb" | wc -l)"
echo
echo "package: $deb ($(du -h "$deb" | cut -f1), $(stat -c %s "$deb") bytes)"
for dbgsym in "$outdir"/kiosk-dbgsym_"$version"_arm64.{deb,ddeb}; do
  if [ -e "$dbgsym" ]; then echo "debug symbols: $dbgsym ($(du -h "$dbgsym" | cut -f1))"; fi
done
echo "package build: ${build_time} s; all: $((SECONDS - start)) s"
