#!/usr/bin/env bash
# Adds an AppCDS archive of the classes MSQ Offline loads for an export and up to its first window to a
# jpackage app-image (Linux): one training run under Xvfb with -XX:ArchiveClassesAtExit, whose main class
# (org.msqoffline.ClassDataTraining) runs the command-line demo and then opens the desktop, ended once the
# window is there; then the launcher's .cfg is pointed at the archive with a path relative to the app
# ($APPDIR). JDK 17 checks that every class-path jar has the path, size and time of the training run,
# so run it where the app will live (deb-appcds.sh does that for the .deb).
# A dynamic archive sits on top of the runtime's own CDS archive (jlink --generate-cds-archive) and
# is only valid with exactly that runtime and those jars; the JVM checks and otherwise ignores it
# (-Xshare:auto, the default), so a stale archive costs start-up time, never a failure.
# Usage: make-appcds.sh APP_IMAGE_DIR      Needs: xvfb (xvfb-run), xdotool, libgtk-3-0.
set -euo pipefail
IMAGE=$(cd "$1" && pwd)
NAME=msq-offline
CFG=$IMAGE/lib/app/$NAME.cfg
JSA=$NAME.jsa
[ -f "$CFG" ] || { echo "error: $CFG not found" >&2; exit 2; }
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 2; }
done
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sed -i '/SharedArchiveFile\|ArchiveClassesAtExit/d' "$CFG"
rm -f "$IMAGE/lib/app/$JSA"
cp "$CFG" "$tmp/cfg"
# The training run writes to the app folder through the same $APPDIR path the launcher will read.
sed -i "/^\[JavaOptions\]/a java-options=-XX:ArchiveClassesAtExit=\$APPDIR/$JSA" "$CFG"
sed -i 's/^app.mainclass=.*/app.mainclass=org.msqoffline.ClassDataTraining/' "$CFG"

log "AppCDS training run (opens the window under Xvfb, then ends the app)"
export HOME=$tmp/home MSQ_DATA_DIR=$tmp/data
mkdir -p "$HOME"
# Two runs: the first is an official's very first start (data folder created, language and name
# answered: first-start.sh), the second an ordinary start, whose archive is kept. SIGTERM ends the app
# through the JVM's normal exit, where the dynamic archive is written.
xvfb-run -a -s "-screen 0 1366x768x24" "$(dirname "$0")/first-start.sh" "$IMAGE/bin/$NAME"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$1" > "$2/run.log" 2>&1 & app=$!
  if timeout 60 xdotool search --sync --onlyvisible --name "^MSQ Offline$" >/dev/null; then
    sleep 3   # let the first screen finish (deferred work, first paint)
    kill -TERM "$app"; wait "$app" || true; exit 0
  fi
  kill -KILL "$app" 2>/dev/null; cat "$2/run.log" >&2; exit 1' _ "$IMAGE/bin/$NAME" "$tmp"
cp "$tmp/cfg" "$CFG"
if [ ! -s "$IMAGE/lib/app/$JSA" ]; then
  echo "error: the training run wrote no archive" >&2; cat "$tmp/run.log" >&2; exit 1
fi
sed -i "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=\$APPDIR/$JSA" "$CFG"
log "AppCDS archive: $(du -h "$IMAGE/lib/app/$JSA" | cut -f1)"
