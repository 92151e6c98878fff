#!/usr/bin/env bash
# make-arm64-root.sh [ROOT] — a Debian 12 arm64 sysroot for cross-building the
# kiosk and for running the arm64 build under qemu-user, without enabling arm64
# multiarch on this machine (dpkg --add-architecture would drag the host's own
# packages into it: libopencc1.1 is not Multi-Arch, the jack packages conflict).
#
# mmdebstrap --mode=chrootless --variant=extract downloads the arm64 packages
# named below and everything they depend on, and unpacks them into ROOT, from
# the mirror this machine's apt uses (bookworm, -updates and -security). Nothing
# in ROOT is run or configured. Then, so that ROOT works as a sysroot:
#  - absolute symlinks are made relative (libfoo.so -> /lib/aarch64-linux-gnu/...
#    then resolves inside ROOT, for the cross linker and for qemu -L ROOT);
#  - ROOT/var/lib/dpkg holds a dpkg database of those packages (status, file
#    lists, shlibs and symbols files), so that dpkg-shlibdeps can work out the
#    package's Depends from ROOT's libraries.
# The packages: debian/control's Build-Depends less the build tools that run on
# this machine, the C and C++ runtime to link with, and the OpenGL drivers the
# package depends on, for the smoke test (Mesa's llvmpipe under Xvfb).
#
# ROOT defaults to build-arm64/root in the source tree (ignored by git). A root
# made before with the same package list and sources, by the same version of
# this script, is reused as it is; remove it to get the newest security updates.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
root=${1:-$src/build-arm64/root}

# Build-Depends from debian/control, versions and build-only tools left out.
host_tools=" debhelper-compat cmake pkg-config "
packages=()
while read -r p; do
  [ -n "$p" ] && [[ $host_tools != *" $p "* ]] && packages+=("$p")
done < <(sed -n '/^Build-Depends:/,/^[A-Z]/{s/^Build-Depends://;/^[A-Z]/d;p}' "$src/debian/control" |
           tr ',' '\n' | sed 's/[[(<].*//; s/^[[:space:]]*//; s/[[:space:]]*$//')
packages+=(libc6-dev libstdc++-12-dev libgl1-mesa-dri libegl-mesa0 libegl1)

# The Debian sources this machine's apt reads (sources.list or deb822 .sources),
# as apt itself sees them.
# shellcheck disable=SC2016 # apt's own $(FIELD) placeholders
mapfile -t sources < <(apt-get indextargets --format '$(IDENTIFIER) $(REPO_URI) $(RELEASE) $(COMPONENT)' |
  awk '$1 == "Packages" && $3 ~ /^bookworm(-updates|-security)?$/ { print "deb " $2 " " $3 " " $4 }' | sort -u)
if [ ${#sources[@]} -eq 0 ]; then
  echo "make-arm64-root: apt on this machine has no bookworm sources (see /etc/apt/sources.list*)" >&2
  exit 1
fi

# What the root is made of and how: remade when any of it changes.
stamp_text=$(printf '%s\n' "${packages[@]}" "${sources[@]}"
             sha256sum "$here/make-arm64-root.sh" "$here/register-debs.py" | cut -d' ' -f1)
if [ -f "$root/.complete" ] && [ "$(cat "$root/.complete")" = "$stamp_text" ]; then
  echo "arm64 root: $root (reused)"
  exit 0
fi

mkdir -p "$(dirname "$root")"
root=$(cd "$(dirname "$root")" && pwd)/$(basename "$root")
work=$root.new
rm -rf "$work"
start=$SECONDS
echo "arm64 root: making $root from:" >&2
printf '  %s\n' "${sources[@]}" >&2
include=$(IFS=,; echo "${packages[*]}")
# The downloaded .debs kept (cleanup/apt/cache) for the dpkg database below.
mmdebstrap --quiet --mode=chrootless --variant=extract --architectures=arm64 \
  --skip=cleanup/apt/cache --include="$include" bookworm "$work" "${sources[@]}"

unpacked=$SECONDS

# The dpkg database: what dpkg-query --search, --control-path and --status
# need (dpkg-shlibdeps), written from the packages that were unpacked.
python3 "$here/register-debs.py" "$work/var/lib/dpkg" "$work"/var/cache/apt/archives/*.deb
rm -f "$work"/var/cache/apt/archives/*.deb
# The device nodes mmdebstrap makes when run as root: a sysroot needs none (and
# under qemu -L, /dev is then this machine's), and as another user it makes none.
rm -rf "${work:?}/dev"

# Absolute symlinks made relative, so that they resolve inside the root.
find "$work" -type l -lname '/*' -print0 |
  while IFS= read -r -d '' link; do
    target=$(readlink "$link")
    ln -sfn "$(realpath -ms --relative-to="$(dirname "$link")" "$work$target")" "$link"
  done

printf '%s\n' "$stamp_text" >"$work/.complete"
rm -rf "$root"
mv "$work" "$root"
echo "arm64 root: $root made in $((SECONDS - start)) s ($(du -sh "$root" | cut -f1)):" \
  "$((unpacked - start)) s to download and unpack $(grep -c '^Package:' "$root/var/lib/dpkg/status") packages," \
  "$((SECONDS - unpacked)) s for the dpkg database and symlinks"
