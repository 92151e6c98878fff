#!/usr/bin/env bash
# install-missing.sh PACKAGE... — installs those of the given Debian packages
# that are not installed yet, as root or through sudo (platform/install-deps.sh gives it the
# kiosk's list, platform/cross the cross build's).
# apt waits for a lock held by another apt run instead of failing.
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "missing packages: ${missing[*]}" >&2
    echo "run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "installing: ${missing[*]}" >&2
apt=(apt-get -o DPkg::Lock::Timeout=900 -q)
"${as_root[@]}" "${apt[@]}" update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"
