#!/usr/bin/env bash
# The season's benchmarks (issue 11), on this machine, from the corpus in the repository:
#   1. check --json over a folder of 100 PDFs, cold, three runs: PDFs per second, including the JVM's start;
#   2. bench over the corpus PDFs: read+parse+check against PDFBox's own extraction in the same process;
#   3. import of 500 documents (PDF, DOCX, web page, text, Markdown) into a fresh database in one process, -Xmx1g;
#   4. the same folder imported from the library window (headless): frame gaps, heap, then opening from the list;
#   5. the cost of an edit with cross-year and repetition findings recomputed.
# The documents are copies of the corpus, each made distinct by bytes the readers ignore (a PDF comment after the end,
# a web page comment, trailing blank lines, a Word file's zip comment), so every one is a new import with its own hash.
# Usage: scripts/bench-season.sh [OUT_DIR]   (default target/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/bench}
./mvnw -q package -DskipTests
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

rm -rf "$out/pdf100" "$out/season500"
mkdir -p "$out/pdf100" "$out/season500"
mapfile -t pdfs < <(find src/test/corpus -name '*.pdf' | sort)
for i in $(seq 0 99); do
  source=${pdfs[$((i % ${#pdfs[@]}))]}
  target="$out/pdf100/$(basename "$source" .pdf)-$i.pdf"
  cp "$source" "$target"; printf '\n%%bench %d\n' "$i" >> "$target"
done
mapfile -t documents < <(find src/test/corpus -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.html' \
  -o -name '*.txt' -o -name '*.md' \) | sort)
for i in $(seq 0 499); do
  source=${documents[$((i % ${#documents[@]}))]}
  name=$(basename "$source"); stem=${name%.*}; ext=${name##*.}
  target="$out/season500/$stem-$i.$ext"
  cp "$source" "$target"
  case "$ext" in
    pdf) printf '\n%%bench %d\n' "$i" >> "$target" ;;
    html) printf '\n<!-- bench %d -->\n' "$i" >> "$target" ;;
    txt|md) printf '\n%*s\n' $((i % 50 + 1)) '' >> "$target" ;;
    docx) python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "a") as z: z.comment = ("bench " + sys.argv[2]).encode()' "$target" "$i"
      ;;
  esac
done
echo "data: $(ls "$out/pdf100" | wc -l) PDFs, $(ls "$out/season500" | wc -l) season documents in $out"
java_opts=(-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory)

echo "== 1. check --json over 100 PDFs (cold, including the JVM's start)"
for run in 1 2 3; do
  start=$(date +%s.%N)
  java -jar target/nianbao.jar check --json "$out/pdf100" > "$out/check100.jsonl" || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$(wc -l < "$out/check100.jsonl")" \
    'BEGIN { printf "run %d: %d PDFs in %.2f s = %.1f PDFs/s\n", '"$run"', n, e - s, n / (e - s) }'
done

echo "== 2. bench: read+parse+check against PDFBox alone, warm, same process"
java -jar target/nianbao.jar bench --iterations 30 --warmup 15 "${pdfs[@]}"

echo "== 3. import of 500 documents in one process (-Xmx1g)"
rm -f "$out/import.db"
/usr/bin/time -f "wall %e s, peak RSS %M KB" java -Xmx1g -jar target/nianbao.jar import --db "$out/import.db" \
  "$out/season500" > "$out/import.log" 2> "$out/import.err" || true
tail -2 "$out/import.err"
awk '/wall/ { printf "%.1f documents/s\n", 500 / $2 }' "$out/import.err"

echo "== 4. the same import from the library window, then opening reports from the list"
# A real window under Xvfb when it is installed (apt-get install xvfb libgtk-3-0); otherwise Monocle's headless
# screen, which composes every window into one software frame buffer on each pulse and so draws slower than a desktop.
if command -v Xvfb >/dev/null; then
  Xvfb :93 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  DISPLAY=:93 java -Xmx1g "${java_opts[@]}" -cp "$cp" nianbao.ui.SeasonWindowBench "$out/season500" "$out/window.db" 40
else
  java -Xmx1g "${java_opts[@]}" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -cp "$cp" nianbao.ui.SeasonWindowBench "$out/season500" "$out/window.db" 40
fi

echo "== 5. an edit, with the cross-year and repetition findings recomputed and stored"
java "${java_opts[@]}" -cp "$cp" nianbao.review.EditRecomputeBench "$out/edit" 200
