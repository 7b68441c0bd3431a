#!/usr/bin/env bash
# Smoke test of the packaged app: builds the application image (installer/build.sh app-image: trimmed runtime,
# launcher, class-data archive) from the jar `./mvnw package` made, starts the packaged launcher headless on the
# bundled sample report, and checks what an examiner's install would do:
#   1. the launcher runs `check --json` with exit status 1 (the sample has an error) and prints the sample's organ;
#   2. standard output is pure JSON Lines (JVM warnings go to standard error);
#   3. the class-data archive is really used (the app's classes come from it);
#   4. a moved app (archive made for another path) and a missing archive still start and give the same answer.
# The .deb and the installers of other systems are not built here (slow, or impossible on Linux): see installer/.
#
# Needs only a JDK 17+ (jlink and jpackage are in it; on Debian, openjdk-17-jdk-headless has the jmods jlink needs).
# Uses target/nianbao.jar, or $NIANBAO_JAR; builds the jar with ./mvnw when there is none. Output: target/installer/
# (or $NIANBAO_INSTALLER_DIR). Takes about a minute, most of it jdeps and jlink.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly SAMPLE="$ROOT/src/main/resources/nianbao/sample/anyang-2021.txt"
readonly ORGAN="安阳县人民政府"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*" >&2; }
seconds_since() { echo $(($(date +%s) - $1)); }

ensure_jar() {
  export NIANBAO_JAR="${NIANBAO_JAR:-$ROOT/target/nianbao.jar}"
  if [ ! -f "$NIANBAO_JAR" ]; then
    echo "no jar at $NIANBAO_JAR: building it (./mvnw -q -B package -DskipTests)"
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
  fi
}

# Runs a launcher on the sample: stdout to $1.out, stderr to $1.err, returns nothing, sets STATUS.
run_check() {
  local launcher=$1 out=$2
  STATUS=0
  "$launcher" check --json "$SAMPLE" >"$out.out" 2>"$out.err" || STATUS=$?
}

# The answer an examiner relies on: exit status 1, the organ, and nothing but JSON objects on standard output.
expect_sample_answer() {
  local what=$1 out=$2
  if [ "$STATUS" -eq 1 ] && grep -q "\"organ\":\"$ORGAN\"" "$out.out"; then
    pass "$what: exit status 1 and organ $ORGAN"
  else
    fail "$what: exit status $STATUS (expected 1), output:"
    head -c 600 "$out.out" >&2
    cat "$out.err" >&2
  fi
  if [ -s "$out.out" ] && ! grep -qv '^{' "$out.out"; then
    pass "$what: standard output is JSON Lines only"
  else
    fail "$what: standard output has lines that are not JSON:"
    grep -v '^{' "$out.out" | head -5 >&2
  fi
}

main() {
  local start total_start
  total_start=$(date +%s)
  ensure_jar
  local out="${NIANBAO_INSTALLER_DIR:-$ROOT/target/installer}"
  export NIANBAO_INSTALLER_DIR="$out"

  start=$(date +%s)
  bash "$ROOT/installer/build.sh" app-image
  echo "app-image built in $(seconds_since "$start") s"

  local image="$out/nianbao" logs="$out/smoke"
  rm -rf "$logs" && mkdir -p "$logs"
  [ -x "$image/bin/nianbao" ] || { fail "no launcher at $image/bin/nianbao"; exit 1; }

  # 1 and 2: the packaged app answers like the jar does.
  start=$(date +%s)
  run_check "$image/bin/nianbao" "$logs/packaged"
  echo "packaged check --json took $(seconds_since "$start") s"
  expect_sample_answer "packaged launcher" "$logs/packaged"

  # 3: the archive is used. JAVA_TOOL_OPTIONS reaches the JVM whatever the launcher's own options are.
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$logs/classes.log" \
    "$image/bin/nianbao" check --json "$SAMPLE" >/dev/null 2>&1 || true
  local shared loaded
  shared=$(grep -c 'source: shared objects file' "$logs/classes.log" || true)
  loaded=$(grep -c 'source: ' "$logs/classes.log" || true)
  if grep -q 'nianbao\.Launcher source: shared objects file' "$logs/classes.log" \
    && [ "$((shared * 10))" -ge "$((loaded * 9))" ]; then
    pass "class-data archive used ($shared of $loaded classes came from it)"
  else
    fail "class-data archive not used enough ($shared of $loaded classes came from it)"
  fi

  # 4: an archive made for another path (the app moved) or none at all only costs speed, never the start.
  local moved="$out/smoke/moved"
  cp -a "$image" "$moved"
  run_check "$moved/bin/nianbao" "$logs/moved"
  expect_sample_answer "moved app (archive for another path)" "$logs/moved"
  rm -f "$moved/lib/app/nianbao.jsa"
  run_check "$moved/bin/nianbao" "$logs/no-archive"
  expect_sample_answer "app without its archive" "$logs/no-archive"
  rm -rf "$moved"

  echo "installer smoke test took $(seconds_since "$total_start") s"
  echo "installer-smoke: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

main "$@"
