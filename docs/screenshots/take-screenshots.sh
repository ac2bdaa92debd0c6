#!/usr/bin/env bash
# Takes the README screenshots from a real MSQ Offline window under Xvfb, driven by xdotool.
# Needs: apt-get install -y xvfb x11-utils xdotool imagemagick libgtk-3-0
# Usage: docs/screenshots/take-screenshots.sh [WIDTHxHEIGHT] [LANG]   (default 1366x768 en)
#   LANG=en takes welcome.png, form.png, history.png, review.png; ar, es, fr, ru, zh take
#   welcome-LANG.png and form-LANG.png (the app runs with --lang LANG).
#   SKIP_BUILD=1  use the jar already in $APP_DIR (default target/app)
#   OUT_DIR=...   where the PNGs go (default docs/screenshots)
#   BUNDLED_FONTS_ONLY=1  hide every system font but DejaVu from fontconfig, to see that Arabic and Chinese
#                 come from the fonts bundled in the jar
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE="${1:-1366x768}"
SHOT_LANG="${2:-en}"
APP_DIR="${APP_DIR:-target/app}"
OUT_DIR="${OUT_DIR:-docs/screenshots}"
if [ "${SKIP_BUILD:-0}" != "1" ]; then
    mvn -B -q -DskipTests package
fi
mkdir -p "$OUT_DIR"
OUT_DIR="$(cd "$OUT_DIR" && pwd)"
DATA_DIR="$(mktemp -d)"
trap 'rm -rf "$DATA_DIR"' EXIT
if [ "${BUNDLED_FONTS_ONLY:-0}" = "1" ]; then
    mkdir -p "$DATA_DIR/fontconfig"
    cat > "$DATA_DIR/fontconfig/fonts.conf" <<FONTS
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>$DATA_DIR/fontconfig/cache</cachedir></fontconfig>
FONTS
    export FONTCONFIG_FILE="$DATA_DIR/fontconfig/fonts.conf"
fi
# The title of the contributor's-name dialog in the language of the run (xdotool finds windows by title).
NAME_TITLE="$(grep -h '^ui.contributor.title=' "src/main/resources/org/msqoffline/i18n/messages$([ "$SHOT_LANG" = en ] || echo "_$SHOT_LANG").properties" | cut -d= -f2-)"

xvfb-run -a -s "-screen 0 ${SIZE}x24" bash -s "$APP_DIR" "$DATA_DIR" "$OUT_DIR" "$SHOT_LANG" "$NAME_TITLE" <<'DRIVE'
set -euo pipefail
APP_DIR="$1"; DATA_DIR="$2"; OUT_DIR="$3"; SHOT_LANG="$4"; NAME_TITLE="$5"
# --lang skips the first-run language question (and is not saved).
java -Dprism.order=sw -Duser.language=en -jar "$APP_DIR/msq-offline.jar" --data-dir "$DATA_DIR" --lang "$SHOT_LANG" \
    > "$DATA_DIR/app.log" 2>&1 &
APP=$!
key() { xdotool key --delay 60 "$@"; sleep 0.4; }
type_text() { xdotool type --delay 30 "$1"; sleep 0.4; }
shot() { sleep "${2:-1}"; import -window root "$OUT_DIR/$1"; echo "saved $OUT_DIR/$1"; }
focus_window() {
    local id
    id="$(xdotool search --sync --onlyvisible --name "$1" | tail -1)"
    xdotool windowfocus --sync "$id" 2>/dev/null || true
}

# First start: the contributor's name is asked once.
focus_window "$NAME_TITLE"
sleep 2
type_text "Leyla Mammadova"
key Return
focus_window "MSQ Offline"
sleep 2

if [ "$SHOT_LANG" != "en" ]; then
    # Mnemonics differ per language: start a response for Kenya by its ISO3 code, which every language filters by.
    shot "welcome-$SHOT_LANG.png"
    type_text "ken"
    key Down
    key Tab
    key space
    sleep 3
    key ctrl+Next
    for _ in $(seq 1 7); do key ctrl+Down; done
    shot "form-$SHOT_LANG.png"
    kill "$APP"
    wait "$APP" 2>/dev/null || true
    exit 0
fi
# Welcome: filter the country list.
type_text "aze"
key Down
shot welcome.png

# Open the Azerbaijan 2024 sample (Alt+A), go to section A and to question 14, whose "Yes" shows 15-18.
key alt+a
sleep 3
key ctrl+Next
for _ in $(seq 1 7); do key ctrl+Down; done
shot form.png

# Change the CIO's name (question 15) and look at its history.
key ctrl+Down
key ctrl+a
type_text "Rashad Nabiyev"
sleep 1
key ctrl+h
shot history.png 1.5
key Escape

# Leave an invalid email (18) and a missing title (16), then open the review.
key ctrl+Down
key ctrl+a BackSpace
key ctrl+Down
key ctrl+Down
key ctrl+a
type_text "rashad.nabiyev@"
key Tab
key ctrl+r
shot review.png

kill "$APP"
wait "$APP" 2>/dev/null || true
DRIVE
