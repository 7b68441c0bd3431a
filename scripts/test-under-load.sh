#!/usr/bin/env bash
# Runs the whole test suite while other processes keep every core busy (one busy loop per core, twice over), as on
# an examiner's old office PC running other programs: nothing may be refused or time out.
# Usage: scripts/test-under-load.sh [MAVEN ARGS...]   (default: verify)
set -euo pipefail
cd "$(dirname "$0")/.."
cores=$(nproc)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
for _ in $(seq $((cores * 2))); do
  ( while :; do :; done ) &
  pids+=($!)
done
echo "load: ${#pids[@]} busy loops on $cores cores"
./mvnw "${@:-verify}"
