#!/usr/bin/env bash
# The USB stick mount helper's decisions, with stand-ins for blkid, mount and
# umount (no root or loop device needed): FAT and exFAT writable and owned by
# the kiosk user, anything else read-only, never suid, devices or programs;
# unknown file systems and odd names left alone; removal unmounts and tidies.
# platform/deploy/check-usb-mount.sh does the same with a real FAT image
# through a loop device, as root.
#   usb_mount_test.sh HELPER
set -euo pipefail
helper=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-usb-mount.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/dev" "$work/media"
cat > "$work/bin/blkid" <<'S'
#!/bin/sh
# blkid -o value -s TYPE /dev/NAME: the type written in the fake device file.
cat "$5"
S
cat > "$work/bin/mount" <<'S'
#!/bin/sh
echo "mount $*" >> "$KIOSK_TEST_LOG"
[ ! -e "$KIOSK_TEST_FAIL" ]
S
cat > "$work/bin/umount" <<'S'
#!/bin/sh
echo "umount $*" >> "$KIOSK_TEST_LOG"
S
chmod +x "$work/bin/"*
export KIOSK_USB_MEDIA=$work/media KIOSK_USB_DEV=$work/dev KIOSK_USB_USER=$(id -un)
export KIOSK_USB_BLKID=$work/bin/blkid KIOSK_USB_MOUNT=$work/bin/mount KIOSK_USB_UMOUNT=$work/bin/umount
export KIOSK_TEST_LOG=$work/log KIOSK_TEST_FAIL=$work/fail
uid=$(id -u) gid=$(id -g)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
last() { tail -1 "$work/log" 2>/dev/null || true; }

echo vfat > "$work/dev/sdb1"
"$helper" add sdb1 2> /dev/null || fail "a FAT stick was not mounted"
[ "$(last)" = "mount -t vfat -o rw,nosuid,nodev,noexec,noatime,uid=$uid,gid=$gid,fmask=0137,dmask=0027 $work/dev/sdb1 $work/media/sdb1" ] ||
  fail "FAT: $(last)"
[ -d "$work/media/sdb1" ] || fail "FAT: no mount point"

echo exfat > "$work/dev/sdc1"
"$helper" add sdc1 2> /dev/null || fail "an exFAT stick was not mounted"
case "$(last)" in "mount -t exfat -o rw,nosuid,nodev,noexec,noatime,uid=$uid,gid=$gid,"*) ;; *) fail "exFAT: $(last)" ;; esac

echo ext4 > "$work/dev/sdd1"
"$helper" add sdd1 2> /dev/null || fail "an ext4 stick was not mounted"
[ "$(last)" = "mount -t ext4 -o ro,nosuid,nodev,noexec $work/dev/sdd1 $work/media/sdd1" ] || fail "ext4: $(last)"

: > "$work/log"
echo swap > "$work/dev/sde1"
if "$helper" add sde1 2> /dev/null; then fail "a swap partition was accepted"; fi
[ ! -s "$work/log" ] || fail "a swap partition was mounted: $(last)"
[ ! -e "$work/media/sde1" ] || fail "a swap partition got a mount point"

for name in ../etc .hidden "a/b" "" "sd b"; do
  if "$helper" add "$name" 2> /dev/null; then fail "the name '$name' was accepted"; fi
done
[ ! -s "$work/log" ] || fail "an odd name was mounted: $(last)"

touch "$work/fail"
echo vfat > "$work/dev/sdf1"
if "$helper" add sdf1 2> /dev/null; then fail "a failed mount reported success"; fi
[ ! -e "$work/media/sdf1" ] || fail "a failed mount left its mount point"
rm "$work/fail"

"$helper" remove sdb1 2> /dev/null || fail "removal failed"
[ "$(last)" = "umount -l $work/media/sdb1" ] || fail "removal: $(last)"
[ ! -e "$work/media/sdb1" ] || fail "removal left the mount point"
"$helper" remove sdb1 2> /dev/null || fail "removing a stick already gone failed"

[ "$failures" -eq 0 ] || exit 1
echo "mount helper: FAT/exFAT rw for $(id -un), others ro; all nosuid,nodev,noexec; odd input refused"
