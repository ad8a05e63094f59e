#!/usr/bin/env bash
# The reliability harnesses (crash, concurrency, fuzz, hostile input, --db cases) in their longer
# mode: KB_RELIABILITY_SCALE times the kills, writes and queries of CI (default 10; 1 is the CI
# mode). Every loop stays bounded. Ends with the counts each harness reported.
#
#   Scripts/reliability-long.sh                      # scale 10
#   KB_RELIABILITY_SCALE=3 Scripts/reliability-long.sh
#   KB_RELIABILITY_SEED=1234 Scripts/reliability-long.sh   # repeat a run's random choices
#
# KB_RELIABILITY_SCRATCH names the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."

scale="${KB_RELIABILITY_SCALE:-10}"
if ! [[ $scale =~ ^[0-9]+$ ]] || (( scale < 1 || scale > 1000 )); then
    echo "KB_RELIABILITY_SCALE must be a whole number from 1 to 1000, not “$scale”." >&2
    exit 2
fi
scratch="${KB_RELIABILITY_SCRATCH:-.build}"

swift build --scratch-path "$scratch" --build-tests

log=$(mktemp)
trap 'rm -f "$log"' EXIT
started=$(date +%s)
set +e
KB_RELIABILITY_SCALE="$scale" swift test --scratch-path "$scratch" --skip-build --filter Reliability 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

echo
echo "Reliability, scale $scale, $(( ($(date +%s) - started) / 60 )) min:"
grep -E '^reliability: ' "$log" | sed -E 's/^reliability: /  /; s/ \[scale [0-9]+(, seed [0-9]+)?\]$//' || true
grep -E '^reliability: .*seed' "$log" | head -n 1 | sed -E 's/.*seed ([0-9]+)\]$/  (seed \1: KB_RELIABILITY_SEED=\1 repeats these random choices)/' || true
grep -E "Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -n 1 | sed 's/^[[:space:]]*/  /' || true
exit "$status"
