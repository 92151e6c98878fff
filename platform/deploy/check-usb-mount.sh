#!/usr/bin/env bash
# A FAT stick for real, through a loop device: an image holding a signed pack
# (version 2) is mounted by the mount helper exactly as udev's service runs it
# (as the user "nobody" standing in for the kiosk's), its mount checked
# (nosuid, nodev, noexec, owned by that user), and a headless kiosk with a
# state folder at version 1 finds the pack under the mount root and installs
# it; then the helper unmounts it. Root only (losetup, mount); it leaves
# nothing behind. tests/platform/usb_mount_test.sh checks the helper's
# decisions without root or loop devices.
#   sudo platform/deploy/check-usb-mount.sh [BIN_DIR]   # BIN_DIR holding kiosk and kiosk-pack (default /usr/bin)
# KIOSK_CHECK_FS=ext4 uses an ext4 image instead (mounted read-only), for a
# kernel without FAT, such as a container's.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-/usr/bin}
kiosk=$bin/kiosk tool=$bin/kiosk-pack
[ -x "$bin/kiosk" ] || kiosk=$bin/app/kiosk
[ -x "$bin/kiosk-pack" ] || tool=$bin/tools/kiosk-pack
helper=$here/kiosk-usb-mount
for c in mkfs.vfat mcopy losetup findmnt "$kiosk" "$tool"; do
  command -v "$c" >/dev/null || { echo "missing $c (apt install dosfstools mtools)" >&2; exit 2; }
done
work=$(mktemp -d)
chmod 0755 "$work"
dev=
finish() {
  KIOSK_USB_MEDIA=$work/media "$helper" remove "${dev#/dev/}" 2>/dev/null || true
  [ -n "$dev" ] && losetup -d "$dev" 2>/dev/null
  rm -rf "$work"
}
trap finish EXIT
pack=$(dirname "$(readlink -f "$kiosk")")/../share/kiosk/content/default
[ -d "$pack" ] || pack=$(dirname "$(readlink -f "$kiosk")")/../../share/kiosk/content/default
pack=$(readlink -f "$pack")  # the build tree links to the sources: copy, never write there
"$tool" keygen "$work/staff" >/dev/null 2>&1
cp -r "$pack" "$work/v1"
"$tool" sign "$work/v1" --key "$work/staff.secret" >/dev/null 2>&1
"$tool" install "$work/v1" --state "$work/state" --trusted "$work/staff.public" >/dev/null 2>&1
cp -r "$pack" "$work/v2"
sed -i 's/"version": 1$/"version": 2/' "$work/v2/pack.json"
"$tool" sign "$work/v2" --key "$work/staff.secret" >/dev/null 2>&1

fs=${KIOSK_CHECK_FS:-vfat}
truncate -s 64M "$work/stick.img"
if [ "$fs" = vfat ]; then
  mkfs.vfat -n STICK "$work/stick.img" >/dev/null
  MTOOLS_SKIP_CHECK=1 mcopy -s -i "$work/stick.img" "$work/v2" ::/pack
  expected="nosuid nodev noexec rw uid=$(id -u nobody) fmask=0137 dmask=0027"
else
  mkdir "$work/tree" && cp -r "$work/v2" "$work/tree/pack"
  mkfs.ext4 -q -L STICK -d "$work/tree" "$work/stick.img"
  expected="nosuid nodev noexec ro"
fi
dev=$(losetup -f --show "$work/stick.img")
KIOSK_USB_MEDIA=$work/media KIOSK_USB_USER=nobody "$helper" add "${dev#/dev/}"
target=$work/media/${dev#/dev/}
options=$(findmnt -n -o OPTIONS "$target")
echo "mounted $dev on $target: $options"
for o in $expected; do
  case ",$options," in *",$o,"*) ;; *) echo "FAIL: mount option $o missing"; exit 1 ;; esac
done
printf 'wait 500\nusb-scan\nwait 200\nusb-scan\nwait 500\n' > "$work/scan.script"
"$here/../../tests/support/with_display.sh" "$kiosk" --state "$work/state" --trusted "$work/staff.public" \
  --mount-root "$work/media" --script "$work/scan.script" --out "$work/out" --size 960x540 \
  2> "$work/kiosk.log" || { cat "$work/kiosk.log"; echo "FAIL: the kiosk session failed"; exit 1; }
grep -i "usb\|install" "$work/kiosk.log" | head -5
"$tool" current --state "$work/state" --trusted "$work/staff.public" | grep -q -- "-v2-" ||
  { echo "FAIL: the pack on the stick was not installed"; exit 1; }
echo "the kiosk installed version 2 from the $fs stick"
KIOSK_USB_MEDIA=$work/media "$helper" remove "${dev#/dev/}"
! findmnt -n "$target" >/dev/null || { echo "FAIL: still mounted"; exit 1; }
echo "unmounted on removal"
