#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer) and
# runs each for the given number of seconds (default 120): marker recognition and the numbering
# check, the template loader, the topic matcher. Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTKIT_WITH_OFFICE=OFF \
  -DREPORTKIT_TESTS=OFF -DREPORTKIT_FUZZ=ON >/dev/null
for target in markers template topics; do
  cmake --build "$build" -j "$(nproc)" --target "${target}_fuzzer" >/dev/null
  work=$(mktemp -d)
  cp "tests/fuzz/corpus/$target/"* "$work/"
  echo "== ${target}_fuzzer, ${seconds} s"
  "$build/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -max_len=8192 -timeout=10 "$work" 2>&1 | tail -n 1
  rm -rf "$work"
done
