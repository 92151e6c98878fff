#!/usr/bin/env bash
# Installs the dependencies, builds, and starts the kiosk on the default pack.
# Extra arguments go to the kiosk (e.g. --windowed 1280x720).
set -euo pipefail
cd "$(dirname "$0")/.."
platform/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
exec build/kiosk/app/kiosk "$@"
