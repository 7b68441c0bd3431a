#!/usr/bin/env bash
# Compares parse+check speed of the working tree's build with an earlier commit's, on the corpus PDFs (or the files
# given), in one JVM with the two builds alternating (see nianbao.bench.VersionComparison).
# Usage: scripts/compare-speed.sh BASE_COMMIT [ROUNDS] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/compare-speed.sh BASE_COMMIT [ROUNDS] [FILE...]}
rounds=${2:-120}
shift $(( $# >= 2 ? 2 : 1 ))
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(find src/test/corpus -name '*.pdf' | sort)
fi
tree=target/speed-base
if [ ! -d "$tree" ] || [ "$(git -C "$tree" rev-parse HEAD 2>/dev/null)" != "$(git rev-parse "$base")" ]; then
  rm -rf "$tree"; git worktree prune
  git worktree add --detach "$tree" "$base" >/dev/null
  (cd "$tree" && ./mvnw -q package -DskipTests)
fi
./mvnw -q package -DskipTests
./mvnw -q test-compile
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp target/test-classes nianbao.bench.VersionComparison "$tree/target/nianbao.jar" target/nianbao.jar "$rounds" "${files[@]}"
