#!/usr/bin/env bash
# The kiosk under cage, the Wayland kiosk compositor the package runs it in
# (platform/deploy/kiosk.service), on wlroots' headless backend: its X11 window
# goes through Xwayland, and on a driver that offers only OpenGL 3.1 (Mesa's
# version override, as a Raspberry Pi's v3d) the ladder finds 3.1 through GLX
# and, asked for EGL, through EGL; both shots equal the one drawn under Xvfb.
#   cage_ladder_test.sh KIOSK IMAGE_COMPARE      (run on a display: the Xvfb shot)
set -euo pipefail
kiosk=$1 image_compare=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KIOSK_CONFIG= SDL_AUDIODRIVER=dummy MESA_GL_VERSION_OVERRIDE=3.1 MESA_GLSL_VERSION_OVERRIDE=140
shot=(--screenshot --screen home --size 960x540)

"$kiosk" "${shot[0]}" "$work/xvfb.png" "${shot[@]:1}" 2> "$work/xvfb.log" ||
  { cat "$work/xvfb.log" >&2; echo "the kiosk failed under Xvfb" >&2; exit 1; }

# cage refuses to run as root: as root, run it as nobody in folders of its own.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chown 65534:65534 "$work"
fi
chmod 0700 "$work"
for api in glx egl; do
  "${as_user[@]}" env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work" XDG_RUNTIME_DIR="$work" \
    WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    timeout 120 cage -- "$kiosk" --gl-context "$api" "${shot[0]}" "$work/cage-$api.png" "${shot[@]:1}" \
    > "$work/cage-$api.log" 2>&1 || { cat "$work/cage-$api.log" >&2; echo "the kiosk failed under cage ($api)" >&2; exit 1; }
  expected="OpenGL 3.1 through EGL"
  [ "$api" = glx ] && expected="OpenGL 3.1 through the window system's GL (GLX)"
  grep -qF "$expected" "$work/cage-$api.log" ||
    { cat "$work/cage-$api.log" >&2; echo "under cage ($api) the log does not say \"$expected\"" >&2; exit 1; }
  "$image_compare" "$work/xvfb.png" "$work/cage-$api.png" ||
    { echo "under cage ($api) the kiosk draws differently from under Xvfb" >&2; exit 1; }
done
echo "under cage through Xwayland: OpenGL 3.1 through GLX and through EGL, drawn as under Xvfb"
