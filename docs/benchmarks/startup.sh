#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first window mapped on the X display, and peak
# RSS, for
#   app       the installed MSQ Offline (/opt/msq-offline/bin/msq-offline-desktop, as the menu entry starts it)
#   empty     an empty JavaFX window (one Stage, one Label, as large as the app's first window: Empty.java), compiled here, run on the SAME jlinked
#             runtime with the same JVM options as the app, minus the app's own AppCDS archive
#   chromium  Chromium showing the questionnaire (the 126 items) as a local HTML page
# RUNS cold starts of each (default 7), interleaved (app, empty, chromium, app, ...) so a busy machine
# slows all three alike. "Cold" means a new process, a fresh Chromium profile, the same data folder for
# the app (made once, like a user's second start); the OS file cache stays warm.
# The clock: startup-firstmap.c (built here) listens for MapNotify on the root window before it forks
# the command, so there is no polling delay. RSS: sum of VmHWM of the process tree 2 s after the map.
#
# Usage: docs/benchmarks/startup.sh [RUNS]
# Env:   APP=/path/to/launcher (default /opt/msq-offline/bin/msq-offline-desktop, the menu entry's, from the .deb)
# Needs: the .deb installed (apt-get install ./target/installer/msq-offline_*.deb), target/app built
#        (for `questionnaire items` and the JavaFX jars), xvfb, gcc + libx11-dev, chromium, python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-7}
APP=${APP:-/opt/msq-offline/bin/msq-offline-desktop}
. "$ROOT/docs/benchmarks/empty-window.sh"
installed_app xvfb-run cc chromium python3

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/firstmap" "$ROOT/docs/benchmarks/startup-firstmap.c" -lX11

# The empty JavaFX window, on the app's runtime with the app's JVM options (docs/benchmarks/empty-window.sh).
build_empty_window "$tmp/empty"
mapfile -t app_opts < <(app_jvm_options "$APP_CFG")

# The questionnaire as one local HTML page.
java -jar "$ROOT/target/app/msq-offline.jar" --data-dir "$tmp/gen-data" questionnaire items > "$tmp/items.jsonl"
python3 - "$tmp/items.jsonl" "$tmp/questionnaire.html" <<'EOF'
import html, json, sys
items = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
       '<title>MSQ Offline questionnaire</title>',
       '<style>body{font-family:sans-serif;margin:2em;max-width:60em}h2{color:#009EDB}'
       '.item{margin:1em 0;padding:.5em;border:1px solid #ddd}label{display:block}</style></head><body>',
       '<h1>UN E-Government Survey — Member States Questionnaire</h1><form>']
section = None
for it in items:
    if it.get("section") != section:
        section = it.get("section")
        out.append('<h2>%s</h2>' % html.escape(str(section)))
    req = ' <b>*</b>' if it.get("required") else ''
    out.append('<div class="item"><p><b>%s</b> %s%s</p>' % (html.escape(str(it.get("number", ""))), html.escape(str(it.get("text", ""))), req))
    opts = it.get("options") or []
    kind = 'checkbox' if 'multi' in str(it.get("type", "")) else 'radio'
    if opts:
        for o in opts:
            label = o.get("text", o.get("label", o.get("id", ""))) if isinstance(o, dict) else o
            out.append('<label><input type="%s" name="%s"> %s</label>' % (kind, html.escape(it["id"]), html.escape(str(label))))
    else:
        out.append('<textarea name="%s" rows="2" cols="80"></textarea>' % html.escape(it["id"]))
    out.append('</div>')
out.append('</form></body></html>')
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
print(len(items), "items", file=sys.stderr)
EOF

# The app's data folder, made by a first start that answers the language and name questions
# (installer/linux/first-start.sh): what is measured is a user's ordinary later start.
mkdir -p "$tmp/home"
export HOME=$tmp/home

cat > "$tmp/run.sh" <<EOF
#!/usr/bin/env bash
set -u
fm=$tmp/firstmap
for i in \$(seq 1 $RUNS); do
  echo "app \$(\$fm -t 'MSQ Offline' -s 2000 -- '$APP' --data-dir '$tmp/data' 2>&1 | grep -E 'map_ms=|timeout|exited before' | tail -1)"
  echo "empty \$(\$fm -t 'Empty JavaFX' -s 2000 -- '$RUNTIME/bin/java' ${app_opts[*]} -cp '$tmp/empty' Empty 2>&1 | grep -E 'map_ms=|timeout|exited before' | tail -1)"
  rm -rf '$tmp/chromium-profile'
  echo "chromium \$(\$fm -t 'MSQ Offline questionnaire' -s 2000 -- chromium --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --no-default-browser-check \
    --user-data-dir='$tmp/chromium-profile' --window-size=1366,768 'file://$tmp/questionnaire.html' 2>&1 | grep -E 'map_ms=|timeout|exited before' | tail -1)"
done
EOF
chmod +x "$tmp/run.sh"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c "'$ROOT/installer/linux/first-start.sh' '$APP' --data-dir '$tmp/data' && '$tmp/run.sh'" > "$tmp/results.txt"

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $RUNS cold starts each, interleaved; load average after: $load"
echo "# raw:"; sed 's/^/#   /' "$tmp/results.txt"
python3 - "$tmp/results.txt" <<'EOF'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r'(\w+) map_ms=(\d+) rss_kb=(\d+)', line)
    if m:
        rows.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3))))
print("| what | median to first window | min | max | median peak RSS | runs |")
print("|---|---|---|---|---|---|")
for name in ("app", "empty", "chromium"):
    r = rows.get(name, [])
    if not r:
        print(f"| {name} | failed | | | | 0 |"); continue
    t = [x[0] for x in r]; m = [x[1] for x in r]
    print(f"| {name} | {statistics.median(t):.0f} ms | {min(t)} ms | {max(t)} ms | {statistics.median(m)/1024:.0f} MB | {len(r)} |")
if rows.get("app") and rows.get("empty"):
    print(f"\napp / empty JavaFX window: {statistics.median([x[0] for x in rows['app']]) / statistics.median([x[0] for x in rows['empty']]):.2f}")
if rows.get("app") and rows.get("chromium"):
    print(f"app / Chromium: {statistics.median([x[0] for x in rows['app']]) / statistics.median([x[0] for x in rows['chromium']]):.2f}")
EOF
