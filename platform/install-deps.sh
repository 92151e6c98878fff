#!/usr/bin/env bash
# Installs what the kiosk needs to build, run and test, from Debian 12's packages.
# espeak-ng, mecab and mecab-naist-jdic are for `kiosk-pack build` (the pack's
# narration, made at authoring time), libopencc-dev (with its data) for its place
# names in Chinese characters; the kiosk and its .deb never need them. syncthing is
# for the test that carries a pack to two kiosks the way a venue's sync would.
# zbar-tools decodes the QR codes the kiosk draws, as a phone would. xdotool is
# kiosk_bench's visitor: it taps the attract loop awake. cage and xwayland are
# what the package runs the kiosk in; a test runs the GL context ladder there.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libimgui-dev libglfw3-dev libsdl2-mixer-dev libstb-dev nlohmann-json3-dev catch2
  libfreetype-dev libsodium-dev libcli11-dev libgl-dev libgl1-mesa-dri libglu1-mesa-dev
  libspdlog-dev libsystemd-dev libxxhash-dev libvorbis-dev libqrencode-dev libsqlite3-dev
  fonts-noto-cjk
  espeak-ng mecab mecab-naist-jdic libopencc-dev
  xvfb xauth xdotool cage xwayland
  python3 syncthing zbar-tools
  dpkg-dev debhelper fakeroot file
)
exec "$(dirname "$0")/install-missing.sh" "${packages[@]}"
