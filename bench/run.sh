#!/usr/bin/env bash
# Runs the benchmarks and prints each check's time as a ratio of reading the same paragraphs,
# both measured in this run. Usage: bench/run.sh [build folder]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DREPORTKIT_TESTS=OFF -DREPORTKIT_WITH_OFFICE=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target core_bench >/dev/null
"$build/bench/core_bench" --benchmark_format=json --benchmark_out="$build/core_bench.json" \
  --benchmark_out_format=json --benchmark_repetitions=3 --benchmark_report_aggregates_only=true >/dev/null
python3 - "$build/core_bench.json" <<'PY'
import json, sys
rows = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"] if b.get("aggregate_name") == "median"}
print(f"{'pages':>6} {'read (us)':>10} {'check (us)':>11} {'check/read':>11} {'check MB/s':>11}")
for pages in (10, 100, 1000):
    read = rows[f"readParagraphs/{pages}_median"]
    check = rows[f"checkNumbering/{pages}_median"]
    print(f"{pages:>6} {read['real_time']:>10.1f} {check['real_time']:>11.1f} "
          f"{check['real_time'] / read['real_time']:>11.2f} {check['bytes_per_second'] / 1e6:>11.0f}")
for pages in (100, 1000):
    clean = rows[f"checkCleanReport/{pages}_median"]
    print(f"{pages:>6} pages without slips: check {clean['real_time']:.1f} us, {clean['bytes_per_second'] / 1e6:.0f} MB/s")
for pages in (100, 1000):
    match = rows[f"matchTopics/{pages}_median"]
    print(f"topic matcher, 50 topics x 20 keywords, {pages} pages: {match['bytes_per_second'] / 1e6:.0f} MB/s of UTF-8 text")
PY

# Inside Writer: needs the LibreOffice SDK build (cmake -S . -B build); skipped without it.
if [ -x build/bench/writer_bench ] || cmake --build build --target writer_bench >/dev/null 2>&1; then
  echo
  echo "Inside Writer (median of 5; text = the paragraphs' text alone through the UNO API, read = the paragraphs with their format, check = the rules):"
  build/bench/writer_bench 5
fi

# Typing into a visible Writer with the deck shown: needs a display (or Xvfb to make one), xdotool
# and the LibreOffice SDK build; says so when it is skipped.
if [ -x build/bench/typing_stall ] || cmake --build build --target typing_stall >/dev/null 2>&1; then
  echo
  if [ -n "${DISPLAY:-}" ]; then
    build/bench/typing_stall
  elif command -v Xvfb >/dev/null; then
    bash tests/with-xvfb.sh build/bench/typing_stall
  else
    echo "typing stalls: skipped (no display, and no Xvfb to make one)"
  fi
else
  echo
  echo "typing stalls: skipped (needs the LibreOffice SDK build in build/)"
fi

# Whole documents against LibreOffice alone: folder checks, one long report, start-up.
if [ -x build/reportkit ]; then
  echo
  bash bench/folder_bench.sh build
fi
