#!/usr/bin/env bash
# Installs what ReportKit needs to build, test and run on Debian 12 (as root, or through sudo).
# With --arm64, also the cross compiler and qemu that build and try the AArch64 component
# (scripts/arm64-sysroot.sh then fetches what it links against and runs in).
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libreoffice-writer libreoffice-dev libreoffice-dev-common libreoffice-l10n-zh-cn
  libboost-dev libboost-program-options-dev nlohmann-json3-dev
  googletest libgtest-dev libbenchmark-dev
  xvfb xauth xdotool fonts-noto-cjk imagemagick unzip
)
if [ "${1:-}" = --arm64 ]; then
  packages+=(g++-aarch64-linux-gnu qemu-user-static)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
