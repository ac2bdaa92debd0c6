#!/usr/bin/env bash
# Sign and export benchmark: the full Azerbaijan sample exported warm (in one JVM) and as a whole cold
# `export` process (median of RUNS), the package size, and LibreOffice converting the seed text to PDF
# for comparison when soffice is installed, alternating with the installed launcher's runs.
# Usage: docs/benchmarks/export-benchmark.sh [RUNS]     (default 5)
# Needs the packaged app (mvn -DskipTests package, run here if missing); the .deb installed for the launcher's figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
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
package="$work/kept.asice"
echo "package: $name $(stat -c %s "$package") bytes"
app verify "$package" | tail -1

# The installed launcher and LibreOffice alternate, run by run, so that a machine getting slower or faster
# during the benchmark weighs on both alike.
[[ -x $installed ]] || installed=
command -v soffice >/dev/null && lo="soffice --headless --convert-to pdf" || lo=
if [[ -n $lo ]]; then
  cp src/test/resources/org/msqoffline/seed/msq-2024-azerbaijan-export.txt "$work/seed.txt"
fi
echo "== cold, alternating: the installed launcher (${installed:-not installed}: jlinked runtime, its JVM options and CDS archives)" \
  "and LibreOffice (${lo:-not installed}: seed text to plain PDF), $runs runs each =="
mine=(); theirs=()
for i in $(seq 1 $runs); do
  if [[ -n $installed ]]; then
    rm -rf "$work/out"
    start=$(now_ms)
    "$installed" --data-dir "$data" export "$id" --identity "$work/official.p12" --passphrase-file "$work/passphrase" \
      --out "$work/out" --allow-incomplete >/dev/null
    mine+=($(( $(now_ms) - start )))
  fi
  if [[ -n $lo ]]; then
    start=$(now_ms)
    soffice --headless --convert-to pdf --outdir "$work/lo" "$work/seed.txt" >/dev/null 2>&1
    theirs+=($(( $(now_ms) - start )))
  fi
done
[[ -n $installed ]] && echo "installed cold export ms: ${mine[*]}; median $(printf '%s\n' "${mine[@]}" | median)"
[[ -n $lo ]] && echo "soffice ms: ${theirs[*]}; median $(printf '%s\n' "${theirs[@]}" | median)"
if [[ -n $installed && -n $lo ]]; then
  echo "installed / LibreOffice: $(awk -v a="$(printf '%s\n' "${mine[@]}" | median)" -v b="$(printf '%s\n' "${theirs[@]}" | median)" 'BEGIN {printf "%.2f", a / b}')"
fi
