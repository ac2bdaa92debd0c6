# Sourced by startup.sh and memory.sh: what they compare the installed app with, measured the same way.
# build_empty_window DIR   compiles Empty.java into DIR against the JavaFX jars the app ships (target/app)
# app_jvm_options CFG      the app's JVM options from its launcher configuration, one per line, without
#                          its AppCDS archive (the empty window runs on the app's runtime with them)
build_empty_window() {
  local fxpath
  fxpath=$(ls "$ROOT"/target/app/lib/javafx-*-linux.jar | tr '\n' ':')
  mkdir -p "$1"
  javac -d "$1" --module-path "$fxpath" --add-modules javafx.controls "$ROOT/docs/benchmarks/Empty.java"
}

app_jvm_options() {
  sed -n 's/^java-options=//p' "$1" | grep -v 'SharedArchiveFile\|jpackage.app-version\|org.sqlite'
}
