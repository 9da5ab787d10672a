#!/usr/bin/env bash
# Runs every test: the core's unit tests, the integration tests against a real LibreOffice, and the
# AArch64 build's in Debian's arm64 LibreOffice under qemu.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --arm64
# What the AArch64 build links against and its test runs in: cmake/AArch64.cmake finds it there.
bash scripts/arm64-sysroot.sh build/arm64-sysroot
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure --timeout 600 "$@"

# The hostile cases again as a normal user when this runs as root (as root, their permission cases
# run the command itself as nobody).
# Only where nobody can reach the build (a checkout under /root cannot be). Asked with absolute
# paths, as the tests name the build: nobody starts in this folder, which root entered for it, so
# relative ones would pass the question even where /root is closed to nobody.
as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && [ -x build/tests/integration/hostile_tests ]; then
  if "${as_nobody[@]}" test -x "$PWD/build/tests/integration/hostile_tests" -a -r "$PWD/build/reportkit.oxt" \
     -a -x "$PWD/build/reportkit"; then
    "${as_nobody[@]}" build/tests/integration/hostile_tests
  else
    echo "test.sh: the build is out of nobody's reach here; the hostile cases ran as root only"
  fi
fi

# The core's tests again under AddressSanitizer and UndefinedBehaviorSanitizer (no LibreOffice).
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DREPORTKIT_WITH_OFFICE=OFF -DREPORTKIT_SANITIZE=ON
cmake --build build-sanitize -j "$(nproc)" --target core_tests
ctest --test-dir build-sanitize --output-on-failure --timeout 600 -L core
