#!/usr/bin/env bash
# The kiosk as installed, with no way back to the source or build tree: the
# build is installed (cmake --install, stripped as a package is) into a scratch
# root, moved to another folder, and run from PATH in a folder of its own. No
# build or source path may be compiled into the binaries; the kiosk must show
# the built-in pack with its default sounds, and kiosk-pack must find the
# built-in pack's map.
#   installed_test.sh BUILD_DIR SOURCE_DIR SOUND_SCRIPT SOUND_CHECK
set -euo pipefail
build=$1 source=$2 script=$3 check=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-installed.XXXXXX")
trap 'rm -rf "$work"' EXIT
DESTDIR="$work/stage" cmake --install "$build" --prefix /usr --strip > "$work/install.log"
mv "$work/stage/usr" "$work/moved"
rm -rf "$work/stage"
for exe in kiosk kiosk-pack; do
  for path in "$(realpath "$source")" "$(realpath "$build")"; do
    if strings -a "$work/moved/bin/$exe" | grep -F "$path"; then
      echo "FAIL: $exe has $path compiled in"
      exit 1
    fi
  done
done
[ -f "$work/moved/share/kiosk/assets/sounds/tap.wav" ] || { echo "FAIL: no default sounds installed"; exit 1; }
mkdir "$work/run"
cp "$script" "$work/run/session.script"
cd "$work/run"
export PATH="$work/moved/bin:$PATH"
# The cues alone, without the spoken offer on waking (the pack carries narration).
echo '{"sound": {"speech_offer": false}}' > no-offer.json
kiosk --config no-offer.json --script session.script --out out --size 960x540 --sound-out out/session.wav \
  2> kiosk.log || { cat kiosk.log; echo "FAIL: the installed kiosk did not play the session"; exit 1; }
if grep -iE "missing|cannot|error" kiosk.log; then
  echo "FAIL: the installed kiosk reported a problem"
  exit 1
fi
grep -F "kiosk: pack $work/moved/bin/../share/kiosk/content/default " kiosk.log > /dev/null ||
  { cat kiosk.log; echo "FAIL: the installed kiosk did not show its built-in pack"; exit 1; }
"$check" out/session.wav || { echo "FAIL: the installed kiosk's session did not sound as expected"; exit 1; }
where=$(kiosk-pack where 36.516 138.530) || { echo "FAIL: kiosk-pack where: $where"; exit 1; }
[ "$where" = "10425 嬬恋村" ] || { echo "FAIL: kiosk-pack where printed '$where'"; exit 1; }
echo "installed kiosk: built-in pack and its sounds from $work/moved/bin/../share/kiosk; kiosk-pack where: $where"
