#!/usr/bin/env bash
# Memory benchmark: resident memory (VmRSS, summed over the process tree) of
#   app    the installed MSQ Offline with the full Azerbaijan sample open in the form (120 answers, the
#          first section shown), measured SETTLE seconds after the form's title appeared
#   empty  an empty JavaFX window (one Stage, one Label, as large as the app's first window: Empty.java) on the same jlinked runtime with the app's JVM
#          options minus its AppCDS archive, measured SETTLE seconds after its window appeared
# RUNS starts of each, interleaved. The app's data folder is made once: a first start answering the
# language and name questions (installer/linux/first-start.sh), the sample restored from the package
# `demo` signs, and that response remembered as the last one opened (as after a user's earlier session),
# so every measured start reopens it.
#
# Usage: docs/benchmarks/memory.sh [RUNS] [SETTLE]     (defaults 5 and 3)
# Env:   APP=/path/to/launcher (default /opt/msq-offline/bin/msq-offline-desktop, the menu entry's, from the .deb)
# Needs: the .deb installed, target/app built (for the JavaFX jars), xvfb, xdotool, python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-5}
SETTLE=${2:-3}
APP=${APP:-/opt/msq-offline/bin/msq-offline-desktop}
. "$ROOT/docs/benchmarks/empty-window.sh"
installed_app xvfb-run xdotool python3

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home; mkdir -p "$HOME"
data=$tmp/data

# The empty JavaFX window, on the app's runtime with the app's JVM options (docs/benchmarks/empty-window.sh).
build_empty_window "$tmp/empty"
mapfile -t app_opts < <(app_jvm_options "$APP_CFG")

# The data folder: first start, the sample restored, remembered as the last response.
xvfb-run -a -s "-screen 0 1366x768x24" "$ROOT/installer/linux/first-start.sh" "$APP" --data-dir "$data"
"$APP" --data-dir "$data" demo --out "$tmp/demo" >/dev/null
id=$("$APP" --data-dir "$data" response import "$(find "$tmp/demo" -name '*.asice' | head -1)" | tail -1)
python3 - "$data/msq-offline.db" "$id" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('ui.lastResponse', ?)", (sys.argv[2],))
db.commit()
EOF

rss_kb() { # the summed VmRSS of a process and its descendants
  local total=0 pid
  for pid in $1 $(pgrep -P "$1" 2>/dev/null || true); do
    total=$(( total + $(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
cat > "$tmp/run.sh" <<EOF
set -u
$(declare -f rss_kb)
measure() { # measure NAME TITLE_REGEX command...
  local name=\$1 title=\$2; shift 2
  "\$@" > /dev/null 2>&1 & local pid=\$!
  if timeout 60 xdotool search --sync --onlyvisible --name "\$title" > /dev/null; then
    sleep $SETTLE
    echo "\$name rss_kb=\$(rss_kb \$pid)"
  else
    echo "\$name timeout"
  fi
  kill -TERM \$pid 2>/dev/null; wait \$pid 2>/dev/null || true
}
for i in \$(seq 1 $RUNS); do
  measure app 'Azerbaijan' '$APP' --data-dir '$data'
  measure empty '^Empty JavaFX' '$RUNTIME/bin/java' ${app_opts[*]} -cp '$tmp/empty' Empty
done
EOF
xvfb-run -a -s "-screen 0 1366x768x24" bash "$tmp/run.sh" > "$tmp/results.txt"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $RUNS starts each, interleaved, VmRSS ${SETTLE} s after the window (app: the sample open); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
sed 's/^/#   /' "$tmp/results.txt"
python3 - "$tmp/results.txt" <<'EOF'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r'(\w+) rss_kb=(\d+)', line)
    if m:
        rows.setdefault(m.group(1), []).append(int(m.group(2)))
print("| what | median resident memory | min | max | runs |")
print("|---|---|---|---|---|")
for name in ("app", "empty"):
    r = rows.get(name, [])
    if r:
        print(f"| {name} | {statistics.median(r)/1024:.0f} MB | {min(r)/1024:.0f} MB | {max(r)/1024:.0f} MB | {len(r)} |")
    else:
        print(f"| {name} | failed | | | 0 |")
if rows.get("app") and rows.get("empty"):
    print(f"\napp with the sample open / empty JavaFX window: {statistics.median(rows['app']) / statistics.median(rows['empty']):.2f}")
EOF
