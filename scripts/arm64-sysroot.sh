#!/usr/bin/env bash
# Makes the arm64 sysroot the AArch64 build links against and its test runs in: Debian's arm64
# LibreOffice (Writer, URE, SDK), Boost and their dependencies, downloaded and unpacked, never
# installed. Usage: arm64-sysroot.sh SYSROOT (CMake looks for build/arm64-sysroot).
#
# apt runs as arm64 with a state of its own beside the sysroot (SYSROOT.apt): the machine's dpkg and
# apt lists are left as they were, no architecture is added, and no root is needed. Run again, it
# only checks that Debian has no newer versions.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 SYSROOT" >&2; exit 2; }
sysroot=$(realpath -m "$1")
state="$sysroot.apt"
packages=(libreoffice-writer libreoffice-dev libreoffice-dev-common libboost-program-options-dev nlohmann-json3-dev)

mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/debs"
: >"$state/status"  # an empty machine: apt resolves every dependency
cat >"$state/apt.conf" <<EOF
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
APT::Sandbox::User "$(id -un)";
Debug::NoLocking "true";
Dir::State::Lists "$state/lists";
Dir::State::status "$state/status";
Dir::Cache "$state/cache";
EOF
export APT_CONFIG="$state/apt.conf"

echo "arm64-sysroot: reading Debian's arm64 package lists"
apt-get update -qq
# What `apt-get install` would put on an empty arm64 machine, one alternative chosen per dependency.
selection=$(apt-get install -s -qq --no-install-recommends "${packages[@]}" |
            sed -n 's/^Inst \([^ ]*\) (\([^ ]*\) .*/\1=\2/p' | sort)
[ -n "$selection" ] || { echo "arm64-sysroot: apt selected no package" >&2; exit 1; }

stamp="$sysroot/.reportkit-sysroot"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$selection" ]; then
  echo "arm64-sysroot: $sysroot is up to date"
  exit 0
fi

echo "arm64-sysroot: downloading $(wc -l <<<"$selection") arm64 packages"
rm -rf "$sysroot" "$state/debs"
mkdir -p "$sysroot" "$state/debs"
(cd "$state/debs" && xargs apt-get download -qq <<<"$selection")
echo "arm64-sysroot: unpacking into $sysroot"
for deb in "$state/debs"/*.deb; do
  dpkg-deb -x "$deb" "$sysroot"
done
rm -rf "$state/debs"

# Absolute links would lead out of the sysroot, into this machine's x86-64 files: made relative.
find "$sysroot" -type l -lname '/*' -print0 |
  while IFS= read -r -d '' link; do
    ln -sfn "$(realpath -ms --relative-to="$(dirname "$link")" "$sysroot$(readlink "$link")")" "$link"
  done
# What the packages' scripts would do: LibreOffice reads its configuration from /etc.
cp -r "$sysroot/usr/lib/libreoffice/share/.registry/." "$sysroot/etc/libreoffice/registry/"
# Fonts are the same on every processor: without them here, the office run from the sysroot under
# qemu (-L takes a path from the sysroot where it is there, else from the machine) uses the
# machine's fonts and their configuration, and falls back on the same fonts as the x86-64 office.
rm -rf "$sysroot/usr/share/fonts" "$sysroot/etc/fonts"
echo "$selection" >"$stamp"
echo "arm64-sysroot: done"
