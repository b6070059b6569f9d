#!/usr/bin/env bash
# Installs the Debian 12 packages the build and tests need. Idempotent: installs only what
# is missing, so a second run does nothing and needs no network.
#   --ci  also the sanitizer and fuzzing build of .ci/run: clang 14 with libFuzzer, ccache.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libssl-dev libqt6opengl6-dev libgl-dev qt6-charts-dev
    nlohmann-json3-dev libvalijson-dev libmstch-dev libboost-dev libboost-math-dev
    qt6-translations-l10n
    libxlsxwriter-dev libreadstat-dev libminizip-dev libpoppler-cpp-dev fonts-dejavu-core
    libjemalloc-dev
    xvfb xauth
)
if [[ ${1:-} == --ci ]]; then
    packages+=(clang-14 libclang-rt-14-dev ccache)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
