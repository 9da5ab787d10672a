#!/usr/bin/env bash
# The component must install on a stock LibreOffice: it may need only LibreOffice's UNO libraries
# and the C and C++ runtimes. Usage: component_links.sh reportkit.so [MACHINE], where MACHINE
# (readelf's name, e.g. AArch64) is the processor the library must be built for.
set -euo pipefail
allowed='^(libuno_cppu\.so\.3|libuno_cppuhelpergcc3\.so\.3|libuno_sal\.so\.3|libuno_salhelpergcc3\.so\.3|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libc\.so\.6|libm\.so\.6)$'
machine=$(readelf -h "$1" | sed -n 's/ *Machine: *//p')
echo "$1: $machine"
if [ $# -ge 2 ] && [ "$machine" != "$2" ]; then
  echo "built for $machine, not $2" >&2
  exit 1
fi
needed=$(readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "$needed"
unexpected=$(grep -vE "$allowed" <<<"$needed" || true)
if [ -n "$unexpected" ]; then
  echo "unexpected libraries: $unexpected" >&2
  exit 1
fi
