#!/usr/bin/env bash
# The component must install on a stock LibreOffice: it may need only LibreOffice's UNO libraries
# and the C and C++ runtimes. Usage: component_links.sh reportkit.so
set -euo pipefail
allowed='^(libuno_cppu\.so\.3|libuno_cppuhelpergcc3\.so\.3|libuno_sal\.so\.3|libuno_salhelpergcc3\.so\.3|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libc\.so\.6|libm\.so\.6)$'
needed=$(readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
echo "$needed"
unexpected=$(grep -vE "$allowed" <<<"$needed" || true)
if [ -n "$unexpected" ]; then
  echo "unexpected libraries: $unexpected" >&2
  exit 1
fi
