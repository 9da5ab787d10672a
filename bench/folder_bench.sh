#!/usr/bin/env bash
# Times whole-document work with real LibreOffice, each against a baseline measured in the same run:
#   - a folder of 8 reports (about 100 pages each): reportkit check --jobs 1, --jobs 2, and
#     soffice --headless --convert-to txt of the same folder (LibreOffice only reading them);
#   - the same for a folder of 32 (the 8, four times), where the work outweighs starting LibreOffice;
#   - one 150-page report: reportkit check against soffice --convert-to txt of it;
#   - LibreOffice's start-up (to the end of its initialisation) with and without the extension.
# Every command runs with a warmed private profile that has recorded its LibreOffice version (as
# reportkit's own do); the median of 3 runs is reported.
# Usage: bench/folder_bench.sh [build folder]   (needs the build with LibreOffice: cmake -S . -B build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
work="$build/bench-folder"
rm -rf "$work" && mkdir -p "$work/folder" "$work/single" "$work/out"
program=$(dirname "$(readlink -f "$(command -v soffice)")")

# Reports made of the sample's paragraphs, repeated to the length wanted (about 24 lines a page).
make_report() {  # pages target.fodt
  python3 - "$1" "$2" <<'PY'
import sys
pages, target = int(sys.argv[1]), sys.argv[2]
lines = open("samples/party-branch-report-2023.txt", encoding="utf-8").read().splitlines()
body = lines[:1]
while len("".join(body)) < pages * 700:
    body += lines[1:]
open(target + ".txt", "w", encoding="utf-8").write("\n".join(body) + "\n")
PY
  python3 scripts/text-to-fodt.py "$2.txt" "$2" && rm "$2.txt"
}
for i in 1 2 3 4 5 6 7 8; do make_report 100 "$work/folder/report-$i.fodt"; done
make_report 150 "$work/single/report-150.fodt"
soffice_plain() {  # profile args...
  local profile=$1; shift
  "$program/soffice" "-env:UserInstallation=file://$work/$profile" --headless --norestore --nologo "$@" >/dev/null 2>&1
}
# The reports as .odt, as offices receive them.
soffice_plain convert-profile --convert-to odt --outdir "$work/folder" "$work"/folder/*.fodt
soffice_plain convert-profile --convert-to odt --outdir "$work/single" "$work"/single/*.fodt
rm "$work"/folder/*.fodt "$work"/single/*.fodt
mkdir -p "$work/large"
for copy in 1 2 3 4; do for report in "$work"/folder/*.odt; do cp "$report" "$work/large/$copy-$(basename "$report")"; done; done

median() {  # command... → seconds
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    times+=("$(python3 -c "print(f'{$end - $start:.2f}')")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
export REPORTKIT_OFFICE_PROFILE="$work/reportkit-profile"
# Installs the extension once in both workers' profiles, which then record that this LibreOffice
# version has started.
"$build/reportkit" check --jobs 2 "$work/folder" >/dev/null 2>&1 || true
# The baseline's profile records it too, as a profile of someone who has once opened LibreOffice
# does: until then every start runs LibreOffice's graphics self-tests (about 4 s here).
soffice_plain convert-profile --convert-to txt --outdir "$work/out" "$work/single/report-150.odt"
python3 - "$REPORTKIT_OFFICE_PROFILE/user/user/registrymodifications.xcu" "$work/convert-profile/user/registrymodifications.xcu" <<'PY'
import re, sys
recorded = re.search(r'<item oor:path="/org.openoffice.Setup/Product">.*?</item>', open(sys.argv[1], encoding="utf-8").read())
baseline = open(sys.argv[2], encoding="utf-8").read()
if recorded and "ooSetupLastVersion" not in baseline:
    open(sys.argv[2], "w", encoding="utf-8").write(baseline.replace("</oor:items>", recorded.group(0) + "\n</oor:items>"))
PY

jobs1=$(median "$build/reportkit" check --jobs 1 "$work/folder")
jobs2=$(median "$build/reportkit" check --jobs 2 "$work/folder")
convert=$(median soffice_plain convert-profile --convert-to txt --outdir "$work/out" "$work"/folder/*.odt)
large_jobs1=$(median "$build/reportkit" check --jobs 1 "$work/large")
large_jobs2=$(median "$build/reportkit" check --jobs 2 "$work/large")
large_convert=$(median soffice_plain convert-profile --convert-to txt --outdir "$work/out" "$work"/large/*.odt)
single=$(median "$build/reportkit" check --jobs 1 "$work/single/report-150.odt")
single_convert=$(median soffice_plain convert-profile --convert-to txt --outdir "$work/out" "$work/single/report-150.odt")

# Start-up: LibreOffice starting, opening a one-line document and leaving (--terminate_after_init
# alone returns before the office is up when headless), with the extension installed (the profile
# reportkit made) and without.
printf '一、总体情况\n' > "$work/tiny.txt"
python3 scripts/text-to-fodt.py "$work/tiny.txt" "$work/tiny.fodt"
startup_with=$(median "$program/soffice" "-env:UserInstallation=file://$REPORTKIT_OFFICE_PROFILE/user" \
  "-env:UNO_SHARED_PACKAGES_CACHE=file://$REPORTKIT_OFFICE_PROFILE/extensions" --headless --norestore \
  --convert-to txt --outdir "$work/out" "$work/tiny.fodt")
startup_without=$(median soffice_plain convert-profile --convert-to txt --outdir "$work/out" "$work/tiny.fodt")

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
cat <<TABLE
8 reports of about 100 pages (.odt), median of 3 runs:
  reportkit check --jobs 1            ${jobs1} s
  reportkit check --jobs 2            ${jobs2} s   jobs1/jobs2 = $(ratio "$jobs1" "$jobs2")   (target at least 1.6)
  soffice --convert-to txt (baseline) ${convert} s   jobs1/convert = $(ratio "$jobs1" "$convert") (target at most 1.2)   jobs2/convert = $(ratio "$jobs2" "$convert")
32 reports of about 100 pages (.odt):
  reportkit check --jobs 1            ${large_jobs1} s
  reportkit check --jobs 2            ${large_jobs2} s   jobs1/jobs2 = $(ratio "$large_jobs1" "$large_jobs2")
  soffice --convert-to txt (baseline) ${large_convert} s   jobs1/convert = $(ratio "$large_jobs1" "$large_convert")   jobs2/convert = $(ratio "$large_jobs2" "$large_convert")
one report of about 150 pages (.odt):
  reportkit check                     ${single} s
  soffice --convert-to txt (baseline) ${single_convert} s   check/convert = $(ratio "$single" "$single_convert")   (target at most 1.1)
LibreOffice start-up (start, open a one-line document, quit):
  with the extension                  ${startup_with} s
  without                             ${startup_without} s   with/without = $(ratio "$startup_with" "$startup_without")   (target at most 1.02)
TABLE
