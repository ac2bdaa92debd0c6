# Sourced by startup.sh and memory.sh: their set-up check, and what they compare the installed app with.
# installed_app TOOL...    checks the installed app ($APP), target/app and the tools the benchmark needs (a one-line
#                          error and exit 2 otherwise), then sets APPDIR, RUNTIME and APP_CFG (the launcher's
#                          configuration) from $APP
# build_empty_window DIR   compiles Empty.java into DIR against the JavaFX jars the app ships (target/app)
# app_jvm_options CFG      the app's JVM options from its launcher configuration, one per line, without those
#                          naming the app's own files (its AppCDS archive among them): the empty window runs on
#                          the app's runtime with the rest
installed_app() {
  [ -x "$APP" ] || { echo "error: $APP not found: install the .deb first" >&2; exit 2; }
  [ -f "$ROOT/target/app/msq-offline.jar" ] || { echo "error: target/app/msq-offline.jar missing (mvn -DskipTests package)" >&2; exit 2; }
  local tool
  for tool in "$@"; do command -v "$tool" >/dev/null || { echo "error: $tool missing" >&2; exit 2; }; done
  APPDIR=$(cd "$(dirname "$APP")/.." && pwd)
  RUNTIME=$APPDIR/lib/runtime
  APP_CFG=$APPDIR/lib/app/$(basename "$APP").cfg
}

build_empty_window() {
  local fxpath
  fxpath=$(ls "$ROOT"/target/app/lib/javafx-*-linux.jar | tr '\n' ':')
  mkdir -p "$1"
  javac -d "$1" --module-path "$fxpath" --add-modules javafx.controls "$ROOT/docs/benchmarks/Empty.java"
}

app_jvm_options() {
  # Options naming a file of the app ($APPDIR: its archive, SQLite's library, its fonts) mean nothing to the empty window.
  sed -n 's/^java-options=//p' "$1" | grep -v 'APPDIR\|jpackage.app-version'
}
