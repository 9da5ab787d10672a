#!/usr/bin/env bash
# The AArch64 build at work, under qemu-aarch64-static: the ARM64 release's `reportkit` installs the
# .oxt with the arm64 unopkg into a throwaway profile, starts the arm64 LibreOffice of the sysroot
# headless, and checks a report through the checker service of the .oxt's AArch64 component (an
# arm64 office can load no other). Its JSON must be the x86-64 build's on the same report, and each
# office must have registered its own platform's component.
# Usage: office_test.sh SYSROOT AARCH64_ARCHIVE X86_64_REPORTKIT REPORT
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: $0 SYSROOT AARCH64_ARCHIVE X86_64_REPORTKIT REPORT" >&2; exit 2; }
sysroot=$(realpath "$1") archive=$(realpath "$2") host_reportkit=$(realpath "$3") report=$(realpath "$4")
qemu=$(command -v qemu-aarch64-static) || {
  echo "SKIPPED: no qemu-aarch64-static (bash scripts/install-deps.sh --arm64 installs it)"
  exit 77
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The arm64 office's program folder, where reportkit finds its UNO types, but for soffice and
# unopkg: those run the arm64 programs under qemu themselves, so no binfmt_misc is needed.
mkdir "$work/program"
program="$sysroot/usr/lib/libreoffice/program"
ln -s "$program"/* "$work/program/"
rm "$work/program/soffice" "$work/program/unopkg"
cat >"$work/program/soffice" <<SCRIPT
#!/bin/sh
# soffice.bin run again when it asks for a restart (81, after making a new profile), as oosplash does.
while :; do
  "$qemu" -L "$sysroot" "$program/soffice.bin" "\$@" && exit 0
  status=\$?
  [ \$status -eq 81 ] || exit \$status
done
SCRIPT
printf '#!/bin/sh\nexec "%s" -L "%s" "%s" "$@"\n' "$qemu" "$sysroot" "$program/unopkg.bin" >"$work/program/unopkg"
chmod +x "$work/program/soffice" "$work/program/unopkg"

tar -xzf "$archive" -C "$work"
arm_reportkit=$(echo "$work"/reportkit-*-linux-aarch64/reportkit)
echo "arm64: reportkit for $(readelf -h "$arm_reportkit" | sed -n 's/ *Machine: *//p')"

# Both check the same report, each with an office of its own in a throwaway profile.
check() {
  local profile=$1
  shift
  local status=0
  REPORTKIT_OFFICE_PROFILE="$work/$profile" LANG=C.UTF-8 "$@" check --format json --timeout 600 "$report" \
    >"$work/$profile.json" || status=$?
  [ "$status" -le 1 ] || { echo "$profile: reportkit exited with $status" >&2; cat "$work/$profile.json" >&2; exit 1; }
}
start=$SECONDS
REPORTKIT_OFFICE_PROGRAM="$work/program" check arm64 "$qemu" -L "$sysroot" "$arm_reportkit"
echo "arm64: checked in $((SECONDS - start)) s under qemu"
grep -q '"status": *"ok"' "$work/arm64.json" || { echo "arm64: the report was not checked" >&2; cat "$work/arm64.json" >&2; exit 1; }
grep -q '"rule"' "$work/arm64.json" || { echo "arm64: no finding on a report that has some" >&2; exit 1; }
check x86_64 "$host_reportkit"
if ! diff -u "$work/x86_64.json" "$work/arm64.json"; then
  echo "arm64: the AArch64 component's findings differ from the x86-64 one's (above)" >&2
  exit 1
fi
echo "arm64: $(grep -c '"rule"' "$work/arm64.json") findings, the same as on x86-64"

# Each unopkg registered the component of its own platform from the one .oxt, and only that one.
registered_components() {
  find "$work/$1" -path '*component.PackageRegistryBackend/unorc' \
    -exec sed -n 's/^UNO_SERVICES=.*reportkit\.oxt\///p' {} +
}
for expected in arm64:linux_aarch64/reportkit.components x86_64:reportkit.components; do
  office=${expected%%:*} components=$(registered_components "${expected%%:*}")
  if [ "$components" != "${expected#*:}" ]; then
    echo "$office: unopkg registered '$components', not ${expected#*:}" >&2
    exit 1
  fi
  echo "$office: unopkg registered $components"
done
