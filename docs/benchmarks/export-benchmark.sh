#!/usr/bin/env bash
# Sign and export benchmark: the full Azerbaijan sample exported warm (in one JVM) and as a whole cold
# `export` process (median of 5), the package size, and LibreOffice converting the seed text to PDF
# for comparison when soffice is installed. Needs the packaged app (mvn -DskipTests package, run here if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=5
jar=target/app/msq-offline.jar
if [[ ! -f $jar ]]; then
  mvn -B -q -DskipTests package >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The warm benchmark's two classes are compiled on their own, against the packaged app only.
javac -nowarn -d "$work/bench" -cp "$jar:target/app/lib/*" src/test/java/org/msqoffline/exchange/ExportBenchmark.java \
  src/test/java/org/msqoffline/exchange/ExchangeFixture.java
data=$work/data
printf 'benchmark passphrase\n' > "$work/passphrase"
cp src/main/resources/org/msqoffline/sample/azerbaijan-2024.json "$work/sample.json"
app() { java -jar "$jar" --data-dir "$data" "$@"; }
id=$(app response import "$work/sample.json")
app identity create --name "Benchmark Official" --email bench@example.org --organization Benchmark --country AZE \
  --out "$work/official.p12" --passphrase-file "$work/passphrase" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now_ms() { date +%s%3N; }

echo "== warm (one JVM, in memory, after 10 warm-up exports) =="
java -cp "$work/bench:$jar:target/app/lib/*" org.msqoffline.exchange.ExportBenchmark 10 20

echo "== cold: whole 'export' process, $runs runs =="
times=()
for i in $(seq 1 $runs); do
  rm -rf "$work/out"
  start=$(now_ms)
  app export "$id" --identity "$work/official.p12" --passphrase-file "$work/passphrase" --out "$work/out" --allow-incomplete >/dev/null
  times+=($(( $(now_ms) - start )))
done
echo "cold export ms: ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)"
package=$(ls "$work"/out/*.asice)
name=$(basename "$package")
cp "$package" "$work/kept.asice"

# The JVM options the installed launcher sets (its AppCDS archive is measured below, with the launcher).
echo "== cold, with JVM options a packaged launcher can set (C1 only, serial GC), $runs runs =="
times=()
for i in $(seq 1 $runs); do
  rm -rf "$work/out"
  start=$(now_ms)
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" --data-dir "$data" \
    export "$id" --identity "$work/official.p12" --passphrase-file "$work/passphrase" --out "$work/out" --allow-incomplete >/dev/null
  times+=($(( $(now_ms) - start )))
done
echo "tuned cold export ms: ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)"
installed=${INSTALLED:-/opt/msq-offline/bin/msq-offline}
if [[ -x $installed ]]; then
  echo "== cold, the installed launcher ($installed: jlinked runtime, its JVM options and CDS archives), $runs runs =="
  times=()
  for i in $(seq 1 $runs); do
    rm -rf "$work/out"
    start=$(now_ms)
    "$installed" --data-dir "$data" export "$id" --identity "$work/official.p12" --passphrase-file "$work/passphrase" \
      --out "$work/out" --allow-incomplete >/dev/null
    times+=($(( $(now_ms) - start )))
  done
  echo "installed cold export ms: ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)"
fi
package="$work/kept.asice"
echo "package: $name $(stat -c %s "$package") bytes"
app verify "$package" | tail -1

if command -v soffice >/dev/null; then
  echo "== LibreOffice: seed text to plain PDF, $runs runs =="
  cp src/test/resources/org/msqoffline/seed/msq-2024-azerbaijan-export.txt "$work/seed.txt"
  times=()
  for i in $(seq 1 $runs); do
    start=$(now_ms)
    soffice --headless --convert-to pdf --outdir "$work/lo" "$work/seed.txt" >/dev/null 2>&1
    times+=($(( $(now_ms) - start )))
  done
  echo "soffice ms: ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)"
else
  echo "soffice not installed: LibreOffice comparison skipped"
fi
