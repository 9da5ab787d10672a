#!/usr/bin/env bash
# Runs the core benchmarks and prints each one against bench/record.json, the figures recorded last:
# its time as a ratio of reading the same paragraphs (both measured in this run, so that machines
# compare), its MB/s, and which slowed by more than 20 % (exit status 1 then). Each figure is the
# fastest of five repetitions.
# Usage: bench/run.sh [--record] [build folder]   --record writes this run's figures to the record.
set -euo pipefail
cd "$(dirname "$0")/.."
record=false
if [ "${1:-}" = "--record" ]; then
  record=true
  shift
fi
build=${1:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DREPORTKIT_TESTS=OFF -DREPORTKIT_WITH_OFFICE=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target core_bench >/dev/null
"$build/bench/core_bench" --benchmark_format=json --benchmark_out="$build/core_bench.json" \
  --benchmark_out_format=json --benchmark_repetitions=5 >/dev/null
status=0
python3 - "$build/core_bench.json" bench/record.json "$record" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" <<'PY' || status=$?
import json, sys
results, record_path, record, commit = sys.argv[1], sys.argv[2], sys.argv[3] == "true", sys.argv[4]
SLOWER = 1.20  # a ratio this much above the record's is a slowdown

# Of each benchmark's repetitions the fastest: what other work on the machine slowed least.
rows = {}
for b in json.load(open(results))["benchmarks"]:
    if b.get("run_type") == "iteration" and (b["run_name"] not in rows or b["cpu_time"] < rows[b["run_name"]]["cpu_time"]):
        rows[b["run_name"]] = b

def seconds(row):
    return row["cpu_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1}[row["time_unit"]]

def baseline(name):
    """Reading the same paragraphs: readParagraphs of the same pages, else of the most."""
    return rows.get("readParagraphs/" + name.rsplit("/", 1)[-1]) or rows["readParagraphs/1000"]

def figures(name):
    row, read = rows[name], baseline(name)
    # Per byte where both count bytes (the long paragraphs are not the read's size); else the same pages.
    if "bytes_per_second" in row and "bytes_per_second" in read:
        ratio = read["bytes_per_second"] / row["bytes_per_second"]
    else:
        ratio = seconds(row) / seconds(read)
    figure = {"ratio": round(ratio, 3), "cpu": round(row["cpu_time"], 1), "unit": row["time_unit"]}
    if "bytes_per_second" in row:
        figure["MBps"] = round(row["bytes_per_second"] / 1e6, 1)
    return figure

now = {name: figures(name) for name in rows}
try:
    recorded = json.load(open(record_path))["benchmarks"]
except FileNotFoundError:
    recorded = {}

print("Ratio: CPU time against reading the same paragraphs in this run (lower is faster).")
print(f"{'benchmark':<36} {'CPU time':>12} {'MB/s':>7} {'ratio':>8} {'recorded':>9} {'change':>8}")
slower = []
for name, figure in now.items():
    mbps = f"{figure['MBps']:.0f}" if "MBps" in figure else "-"
    line = f"{name:<36} {figure['cpu']:>9.1f} {figure['unit']:<2} {mbps:>7} {figure['ratio']:>8.2f}"
    if name in recorded:
        change = figure["ratio"] / recorded[name]["ratio"] - 1
        line += f" {recorded[name]['ratio']:>9.2f} {change:>+7.0%}"
        if figure["ratio"] > recorded[name]["ratio"] * SLOWER and not name.startswith("readParagraphs"):
            slower.append(name)
            line += "  SLOWER"
    print(line)

def ratio_of(a, b):
    return seconds(rows[a]) / seconds(rows[b])

print()
print(f"choosing the kind / the check (100 pages): {ratio_of('chooseKind/100', 'checkCleanReport/100'):.2f}")
print(f"default format / clean report (100 pages): {ratio_of('checkDefaultFormat/100', 'checkCleanReport/100'):.2f}")
if "checkPunctuationAndNumbers/100" in rows:
    print(f"punctuation.* and numbers.* (100 pages): {rows['checkPunctuationAndNumbers/100']['bytes_per_second'] / 1e6:.0f} MB/s")
if slower:
    print(f"\nSlower than recorded by more than {SLOWER - 1:.0%}: " + ", ".join(slower))
if record:
    json.dump({"commit": commit, "benchmarks": now}, open(record_path, "w"), indent=1, sort_keys=True)
    print(f"\nRecorded in {record_path}.")
sys.exit(1 if slower and not record else 0)
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
exit "$status"
