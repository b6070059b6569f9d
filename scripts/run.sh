#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run the main job.
# With a display: the studio on the bundled example project.
# Without one: the CLI runs the bundled gazpacho study on the offline engine (50 respondents
# generated from the US adults description), prints the answers and the vote distribution,
# and stores everything in the project.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec build/app/troupe-studio --example
fi
project=${TROUPE_EXAMPLE_PROJECT:-build/example.troupe}
exec build/app/troupe study run bottled_gazpacho --project "$project"
