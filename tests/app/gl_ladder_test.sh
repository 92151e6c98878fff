#!/usr/bin/env bash
# The OpenGL context ladder (platform/gl_context.cpp) on Mesa's version
# overrides: each rung is the one the log names, draws the same picture as
# 3.3 core, and --bench reports it; a driver older than 3.0 gets one clear
# line and exit status 2, not a black screen or a crash.
#   gl_ladder_test.sh KIOSK IMAGE_COMPARE
set -euo pipefail
kiosk=$1 image_compare=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KIOSK_CONFIG= SDL_AUDIODRIVER=dummy
no_swizzle="-GL_ARB_texture_swizzle -GL_EXT_texture_swizzle"

fail() { cat "$work/$1.log" >&2; echo "$2" >&2; exit 1; }

# shot NAME EXPECTED_LOG_LINE [ENV=VALUE ...] [-- KIOSK_OPTIONS]
shot() {
  local name=$1 expected=$2; shift 2
  local vars=() options=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do vars+=("$1"); shift; done
  [ $# -gt 0 ] && shift && options=("$@")
  env "${vars[@]}" "$kiosk" --screenshot "$work/$name.png" --screen map --size 480x270 \
    "${options[@]}" 2> "$work/$name.log" || fail "$name" "$name: the kiosk failed"
  grep -qF "$expected" "$work/$name.log" || fail "$name" "$name: the log does not say \"$expected\""
}

shot gl33 "OpenGL 3.3 through the window system's GL (GLX)"
shot gl31 "OpenGL 3.1 through the window system's GL (GLX)" \
  MESA_GL_VERSION_OVERRIDE=3.1 MESA_GLSL_VERSION_OVERRIDE=140
grep -qF "(shaders: #version 140)" "$work/gl31.log" || fail gl31 "gl31: not GLSL 1.40"
shot gl30 "OpenGL 3.0 through the window system's GL (GLX)" \
  MESA_GL_VERSION_OVERRIDE=3.0 MESA_GLSL_VERSION_OVERRIDE=130 "MESA_EXTENSION_OVERRIDE=$no_swizzle"
grep -qF "#version 130; no texture swizzle" "$work/gl30.log" || fail gl30 "gl30: the swizzle fallback was not taken"
shot egl31 "OpenGL 3.1 through EGL" \
  MESA_GL_VERSION_OVERRIDE=3.1 MESA_GLSL_VERSION_OVERRIDE=140 -- --gl-context egl
shot egl33 "OpenGL 3.3 through EGL" -- --gl-context egl
for name in gl31 gl30 egl31 egl33; do
  "$image_compare" "$work/gl33.png" "$work/$name.png" > "$work/$name.compare" ||
    { cat "$work/$name.compare" >&2; echo "$name draws differently from 3.3 core" >&2; exit 1; }
done

# --bench names the context its figures were measured on.
MESA_GL_VERSION_OVERRIDE=3.1 MESA_GLSL_VERSION_OVERRIDE=140 \
  "$kiosk" --bench 3 --screen home --size 320x180 > "$work/bench.json" 2> "$work/bench.log" ||
  fail bench "bench: the kiosk failed"
head -n 1 "$work/bench.json" | grep -q '"gl_context":"3.1"' ||
  { cat "$work/bench.json" >&2; echo "--bench does not report the 3.1 context" >&2; exit 1; }

# Below 3.0: exit status 2 and one line that says why.
status=0
MESA_GL_VERSION_OVERRIDE=2.1 MESA_GLSL_VERSION_OVERRIDE=120 \
  "$kiosk" --screenshot "$work/gl21.png" --size 480x270 2> "$work/gl21.log" || status=$?
[ "$status" -eq 2 ] || fail gl21 "OpenGL 2.1: exit status $status, not 2"
grep -qF "the graphics driver offers OpenGL 2.1" "$work/gl21.log" &&
  grep -qF "the kiosk needs OpenGL 3.0 or later" "$work/gl21.log" || fail gl21 "OpenGL 2.1: no clear line"
[ "$(grep -c "OpenGL\|GLFW" "$work/gl21.log")" -eq 1 ] || fail gl21 "OpenGL 2.1: more than one line about it"
[ ! -e "$work/gl21.png" ] || fail gl21 "OpenGL 2.1: a shot was written"
echo "3.3, 3.1, 3.0 (no swizzle) through GLX and EGL draw alike; 2.1 refused with exit status 2"
