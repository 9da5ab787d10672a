#!/usr/bin/env bash
# Runs every test: the core's unit tests and the integration tests against a real LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
ctest --test-dir build --output-on-failure --timeout 600 "$@"
