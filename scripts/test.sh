#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite with CTest.
# Extra arguments go to cmake (e.g. -DBUILD_UI=OFF); BUILD_DIR picks the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh "$@"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --timeout 600
