#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs the Debian packages, builds,
# and runs every test in parallel (one per core). Tests that draw start an X
# display of their own (tests/support/with_display.sh), so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
platform/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
exec ctest --test-dir build --output-on-failure -j"$(nproc)"
