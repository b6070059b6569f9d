#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and run the main job.
# With a display: the studio on the bundled example project.
# Without one: the CLI builds the example project from the bundled personas and lists it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec build/app/troupe-studio --example
fi
project=${TROUPE_EXAMPLE_PROJECT:-build/example.troupe}
build/app/troupe persona validate resources/examples/personas/*.agent.json resources/examples/fragments/*.fragment.json
build/app/troupe persona import resources/examples/personas/*.agent.json resources/examples/fragments/*.fragment.json \
    --project "$project"
build/app/troupe persona list --project "$project"
