#!/usr/bin/env bash
# Builds the fuzz harnesses (tests/fuzz/fuzz_*.cpp: clang, libFuzzer, ASan+UBSan) and runs
# each for SECONDS (default 60). Fails when any harness finds a crash, a leak, a timeout or
# an out-of-memory, and prints per harness: executions, corpus size and what was found.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
#
# FUZZ_BUILD_DIR picks the build folder (default build-fuzz; .ci/run passes its sanitizer
# build, which already has ENABLE_FUZZING). Each corpus starts from tests/fuzz/seeds/NAME/,
# the files listed in tests/fuzz/seeds/NAME.sources (resources/ and ../shared/fixtures), and
# what earlier runs found in FUZZ_CORPUS_DIR (default build folder/fuzz-corpus). Findings
# are kept in build folder/fuzz-findings/NAME/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-60}
shift || true
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
corpus_root=${FUZZ_CORPUS_DIR:-$build_dir/fuzz-corpus}
findings_root=$build_dir/fuzz-findings
shared=$(cd "$root/.." && pwd)/shared/fixtures

if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DENABLE_FUZZING=ON -DBUILD_UI=OFF -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build_dir" --target fuzzers --parallel "$(nproc)"

harnesses=("$@")
if [[ ${#harnesses[@]} -eq 0 ]]; then
    for source in tests/fuzz/fuzz_*.cpp; do
        harnesses+=("$(basename "$source" .cpp)")
    done
fi

# LeakSanitizer is on (ASan's default); libFuzzer reports a leak as a finding.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizer-suppressions.txt:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
printf '%-22s %12s %8s  %s\n' harness executions corpus found
for name in "${harnesses[@]}"; do
    short=${name#fuzz_}
    binary=$build_dir/tests/fuzz/$name
    corpus=$corpus_root/$short
    findings=$findings_root/$short
    mkdir -p "$corpus" "$findings"
    [[ -d tests/fuzz/seeds/$short ]] && cp -n tests/fuzz/seeds/"$short"/* "$corpus"/ 2>/dev/null || true
    if [[ -f tests/fuzz/seeds/$short.sources ]]; then
        while read -r pattern; do
            [[ -z $pattern || $pattern == \#* ]] && continue
            pattern=${pattern//\$SHARED/$shared}
            [[ $pattern == /* ]] || pattern=$root/$pattern
            for f in $pattern; do
                [[ -f $f ]] && cp -n "$f" "$corpus/seed-$(basename "$f" | tr ' ' '_')"
            done
        done < "tests/fuzz/seeds/$short.sources"
    fi
    dict=()
    [[ -f tests/fuzz/$short.dict ]] && dict=(-dict="tests/fuzz/$short.dict")
    [[ ${#dict[@]} -eq 0 && -f tests/fuzz/json.dict && $short != sse && $short != config ]] && dict=(-dict=tests/fuzz/json.dict)
    log=$findings/last-run.log
    status=0
    "$binary" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    size=$(find "$corpus" -type f | wc -l)
    artifacts=$(grep -o 'Test unit written to [^ ]*' "$log" | sed 's/Test unit written to //' || true)
    if [[ $status -ne 0 || -n $artifacts ]]; then
        failed=1
        printf '%-22s %12s %8s  %s\n' "$name" "${execs:-?}" "$size" "FOUND (exit $status): ${artifacts:-see $log}"
        grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz check failed' "$log" | sed 's/^/    /' || true
    else
        printf '%-22s %12s %8s  %s\n' "$name" "${execs:-?}" "$size" "nothing"
    fi
done
exit $failed
