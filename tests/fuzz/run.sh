#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build folder and runs
# each for a bounded time from its seed corpus (tests/fuzz/corpus/<target>).
# Inputs that crash are left as crash-* in the work folder: fix the bug, then
# keep the input under tests/fuzz/regressions/<target>/ (the replay test in the
# ordinary build feeds it through the same entry point from then on).
#   tests/fuzz/run.sh [SECONDS_EACH] [TARGET...]    default 60 s, all five
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(pack_section manifest image picture_header sound)
command -v clang++ >/dev/null || { echo "run.sh: needs clang (apt-get install clang)" >&2; exit 2; }
build=$root/${KIOSK_FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$build" -DKIOSK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build "$build" -j"${KIOSK_FUZZ_JOBS:-2}" --target "${targets[@]/%/_fuzzer}"
status=0
for target in "${targets[@]}"; do
  work="$build/fuzz-work/$target"
  mkdir -p "$work/corpus"
  echo "== $target: $seconds s"
  # New inputs go to the work corpus; the committed seeds are only read.
  if ! (cd "$work" && "$build/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" \
          -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
          corpus "$root/tests/fuzz/corpus/$target" 2>&1 | tee log.txt \
          | grep -E "^(#[0-9]+ *DONE|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)"); then
    :
  fi
  if ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* >/dev/null 2>&1; then
    echo "== $target: inputs that fail are in $work"
    status=1
  fi
done
exit $status
