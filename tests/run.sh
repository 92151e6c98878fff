#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs the Debian packages, builds,
# and runs every test, under Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
platform/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" ctest --test-dir build --output-on-failure
fi
exec ctest --test-dir build --output-on-failure
