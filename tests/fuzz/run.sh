#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer) and
# runs each for the given number of seconds (default 120). Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTKIT_WITH_OFFICE=OFF \
  -DREPORTKIT_TESTS=OFF -DREPORTKIT_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target markers_fuzzer >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/markers/* "$work/"
"$build/tests/fuzz/markers_fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 "$work" 2>&1 | tail -n 5
