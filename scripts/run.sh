#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run the main job.
# With a display: the studio on the bundled example project.
# Without one: the CLI runs the bundled focus group on the offline engine and stores the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec build/app/troupe-studio --example
fi
project=${TROUPE_EXAMPLE_PROJECT:-build/example.troupe}
exec build/app/troupe run resources/scenarios/focus_group.scenario.json --project "$project"
