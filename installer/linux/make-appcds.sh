#!/usr/bin/env bash
# Adds AppCDS archives to a jpackage app-image (Linux), one per launcher, each trained on the work that
# launcher starts:
#   bin/msq-offline          the command line: `demo` (import, sign, export, verify)      lib/app/msq-offline.jsa
#   bin/msq-offline-desktop  the menu entry and files opened from the file manager: an    lib/app/msq-offline-desktop.jsa
#                            ordinary start reopening the response worked on last (the demo's
#                            package imported; main class org.msqoffline.ClassDataTraining),
#                            ended once the window is there
# Why two: this JDK maps an archive at a random address and relocates every pointer in it, so the whole
# archive is resident in each process, classes used or not (docs/benchmarks.md). An archive of the
# desktop's and the export's classes together cost the window 12 MB it never used.
# Each training run writes its archive through the same $APPDIR path the launcher will read; JDK 17
# checks that every class-path jar has the path, size and time of the training run, so run this where
# the app will live (deb-appcds.sh does that for the .deb). A dynamic archive sits on top of the
# runtime's own (jlink --generate-cds-archive); a stale or moved one is ignored (-Xshare:auto, the
# default), which costs start-up time, never a failure.
# Usage: make-appcds.sh APP_IMAGE_DIR      Needs: xvfb (xvfb-run), xdotool, libgtk-3-0.
set -euo pipefail
IMAGE=$(cd "$1" && pwd)
CLI=msq-offline
DESKTOP=msq-offline-desktop
for launcher in $CLI $DESKTOP; do
  [ -f "$IMAGE/lib/app/$launcher.cfg" ] || { echo "error: $IMAGE/lib/app/$launcher.cfg not found" >&2; exit 2; }
done
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 2; }
done
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

tmp=$(mktemp -d)
training=   # the launcher whose .cfg is changed for its training run: put back if the run fails
cleanup() { [ -z "$training" ] || cp "$tmp/$training.cfg" "$IMAGE/lib/app/$training.cfg"; rm -rf "$tmp"; }
trap cleanup EXIT
export HOME=$tmp/home MSQ_DATA_DIR=$tmp/data
mkdir -p "$HOME"

# train LAUNCHER [MAIN_CLASS]: the launcher's .cfg set to write its archive at exit (and to run
# MAIN_CLASS instead of the app's), restored afterwards with the archive named instead.
train() {
  local cfg=$IMAGE/lib/app/$1.cfg
  sed -i '/SharedArchiveFile\|ArchiveClassesAtExit/d' "$cfg"
  rm -f "$IMAGE/lib/app/$1.jsa"
  cp "$cfg" "$tmp/$1.cfg"; training=$1
  sed -i "/^\[JavaOptions\]/a java-options=-XX:ArchiveClassesAtExit=\$APPDIR/$1.jsa" "$cfg"
  [ -z "${2:-}" ] || sed -i "s/^app.mainclass=.*/app.mainclass=$2/" "$cfg"
}
archived() { # archived LAUNCHER LOG: the .cfg names the archive the training wrote
  local cfg=$IMAGE/lib/app/$1.cfg
  cp "$tmp/$1.cfg" "$cfg"; training=
  if [ ! -s "$IMAGE/lib/app/$1.jsa" ]; then
    echo "error: the training run of $1 wrote no archive" >&2; cat "$2" >&2; exit 1
  fi
  sed -i "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=\$APPDIR/$1.jsa" "$cfg"
  log "AppCDS archive of $1: $(du -h "$IMAGE/lib/app/$1.jsa" | cut -f1)"
}

log "AppCDS training of $CLI (demo)"
train $CLI
"$IMAGE/bin/$CLI" --data-dir "$tmp/demo-data" demo --out "$tmp/demo" > "$tmp/cli.log" 2>&1 || { cat "$tmp/cli.log" >&2; exit 1; }
archived $CLI "$tmp/cli.log"

log "AppCDS training of $DESKTOP (under Xvfb: a first start, then a start reopening a response)"
# The first start answers the language and name questions (first-start.sh) and is not archived: an
# official meets it once. SIGTERM ends the second through the JVM's normal exit, where the archive is written.
xvfb-run -a -s "-screen 0 1366x768x24" "$(dirname "$0")/first-start.sh" "$IMAGE/bin/$DESKTOP"
"$IMAGE/bin/$CLI" response import "$(find "$tmp/demo" -name '*.asice' | head -1)" > "$tmp/import.log" 2>&1 \
  || { cat "$tmp/import.log" >&2; exit 1; }
train $DESKTOP org.msqoffline.ClassDataTraining
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$1" > "$2/desktop.log" 2>&1 & app=$!
  # The window is titled with the response once the form is there.
  if timeout 60 xdotool search --sync --onlyvisible --name "Azerbaijan" >/dev/null; then
    sleep 3   # let the first screen finish (deferred work, first paint)
    kill -TERM "$app"; wait "$app" || true; exit 0
  fi
  kill -KILL "$app" 2>/dev/null; cat "$2/desktop.log" >&2; exit 1' _ "$IMAGE/bin/$DESKTOP" "$tmp"
archived $DESKTOP "$tmp/desktop.log"
