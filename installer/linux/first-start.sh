#!/usr/bin/env bash
# Plays an official's very first start of MSQ Offline on a fresh data folder, as the training runs and
# benchmarks need it: the language asked on the first start is accepted (the system's), the name asked
# once is given, then the app is closed normally. Later starts then open straight to the main window,
# as they do for a user (otherwise every scripted start would stop at the language question).
# Usage: first-start.sh LAUNCHER [ARGS...]   on an X display (xvfb-run), with HOME / MSQ_DATA_DIR set
#        by the caller.                       Needs: xdotool.
set -euo pipefail
[ -n "${DISPLAY:-}" ] || { echo "error: first-start.sh needs an X display (run it under xvfb-run)" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "error: xdotool is missing (apt-get install xdotool)" >&2; exit 2; }

log=$(mktemp); trap 'rm -f "$log"' EXIT
"$@" > "$log" 2>&1 & app=$!
answer() { # answer TITLE_REGEX KEYS...: focus the window titled so and send the keys, again until it goes away
  local title=$1; shift
  local wid
  wid=$(timeout 60 xdotool search --sync --onlyvisible --name "$title" | head -1) || return 1
  for _ in 1 2 3 4 5; do
    sleep 0.5   # a dialog ignores keys until its first frame is painted: later on a busy machine
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    "$@"
    for _ in 1 2 3 4 5 6; do
      xdotool search --onlyvisible --name "$title" >/dev/null 2>&1 || return 0
      sleep 0.5
    done
  done
  return 1
}
if answer 'Language$' xdotool key Return \
    && answer '^Your name$' bash -c 'xdotool key ctrl+a && xdotool type "Training run" && xdotool key Return'; then
  sleep 1   # the name is written off the UI thread
  kill -TERM "$app"; wait "$app" || true
  exit 0
fi
kill -KILL "$app" 2>/dev/null || true
echo "error: the first start did not ask for the language and the name as expected" >&2
cat "$log" >&2
exit 1
