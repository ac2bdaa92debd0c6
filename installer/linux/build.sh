#!/usr/bin/env bash
# Builds the Linux deliverables of MSQ Offline into target/installer/ (or $OUT):
#   msq-offline_<version>_amd64.deb       install with: sudo apt-get install ./msq-offline_<version>_amd64.deb
#   msq-offline-<version>-linux-x64.tar.gz portable copy (USB stick), no installation needed
#   app-image/msq-offline/                 the jpackage app-image both are made from
# Two launchers: bin/msq-offline (the command, and the window when given no command) and
# bin/msq-offline-desktop (the same app, run by the menu entry and by files opened from the file manager).
#
# The runtime is trimmed with jlink: only the JDK modules the app needs (jdeps), the JavaFX jars from
# Maven used as modules, JavaFX's native libraries copied into runtime/lib (so nothing is extracted to
# ~/.openjfx at run time), CLDR locale data for the six UN languages only, and the JDK's default CDS
# archive regenerated for this runtime (--generate-cds-archive). The .deb also gets an AppCDS archive
# per launcher: the command line's classes for an export, the desktop's up to its first window with a
# response open (deb-appcds.sh: training runs at the installed path, make-appcds.sh).
#
# Usage: installer/linux/build.sh [--skip-build] [--no-deb] [--no-appcds]
#   --skip-build  use target/app as it is (else: mvn -B -q -DskipTests package)
#   --no-deb      app-image and portable .tar.gz only
#   --no-appcds   no AppCDS training run for the .deb (the runtime's own CDS archive is still there)
# Needs: JDK 17 with jmods (Debian: openjdk-17-jdk), Maven, fakeroot and dpkg-deb (for the .deb),
#        binutils (objcopy, used by jlink --strip-debug), and for the AppCDS training run
#        xvfb, xdotool and libgtk-3-0.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$ROOT/target/installer}
NAME=msq-offline                 # package name, launcher name and /opt/msq-offline
TITLE="MSQ Offline"              # what people see (menu entry, window title)
VENDOR="MSQ Offline project"
DESCRIPTION="Answer the UN E-Government Survey Member States Questionnaire offline"
MAIN_CLASS=org.msqoffline.Main
LOCALES=en,ar,zh,fr,ru,es        # CLDR data kept by jlink: the six UN languages
# JVM options of the installed launcher. -Dprism.order=sw is NOT set: real machines have GPUs.
# -XX:+UseSerialGC: smaller and quicker to start than G1 on a 2-core laptop. -Xmn16m: a young generation of
# 16 MB on any machine (by default a third of RAM/64: 120 MB on a 23 GB machine, where start-up's garbage then
# stays resident, uncollected); collections take a few ms, and neither the window nor an export got slower
# (docs/benchmarks.md). -XX:TieredStopAtLevel=1:
# C1 only; the C2 compiler threads compete with start-up for 2 cores (window 25 % sooner here, and the
# cold export twice as fast, see docs/benchmarks.md). -Xlog:cds...=off: a CDS
# archive that does not match (a moved copy) is ignored without a warning on standard output.
# org.sqlite.lib.*: SQLite's native library is loaded from the app folder instead of being extracted
# to /tmp at every start (which also fails where /tmp is mounted noexec). org.sqlite.tmpdir: where it looks
# for stale copies at every start; the app folder spares it a listing of the whole of /tmp. msq.fontFolder:
# the bundled fonts as files, which JavaFX reads in place (from the jar it would copy 5 MB to /tmp at every start).
JAVA_OPTIONS=(-XX:+UseSerialGC -Xmn16m -XX:TieredStopAtLevel=1 -Xss1m -Dfile.encoding=UTF-8 -Xlog:cds=off,cds+dynamic=off
  '-Dorg.sqlite.lib.path=$APPDIR/native' -Dorg.sqlite.lib.name=libsqlitejdbc.so '-Dorg.sqlite.tmpdir=$APPDIR/native'
  '-Dmsq.fontFolder=$APPDIR/fonts')

skip_build=false; make_deb=true; appcds=true
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    --no-deb) make_deb=false ;;
    --no-appcds) appcds=false ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "error: unknown option $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "error: $*" >&2; exit 1; }

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
for tool in zip unzip; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install zip unzip)"; done
for tool in jlink jpackage jdeps jar; do
  [ -x "$JAVA_HOME/bin/$tool" ] || die "$JAVA_HOME/bin/$tool not found (set JAVA_HOME to a JDK 17)"
done
[ -d "$JAVA_HOME/jmods" ] || die "$JAVA_HOME/jmods is missing: jlink needs a JDK with jmods (Debian: openjdk-17-jdk)"

# The version comes from the pom: the <version> that is a direct child of <project>.
project_version() {
  # Records split at "<": each begins with a tag. Comments are removed first.
  sed -e ':a' -e 'N' -e '$!ba' -e 's/<!--[^-]*\(-[^-][^-]*\)*-->//g' "$ROOT/pom.xml" | awk 'BEGIN { RS = "<" }
    NR == 1 || /^[?!]/ { next }
    /^\// { depth--; next }
    {
      split($0, parts, ">"); tag = parts[1]
      if (tag ~ /\/$/) next
      depth++
      if (!found && depth == 2 && tag == "version") { print parts[2]; found = 1 }
    }'
}
VERSION=$(project_version)
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}(-SNAPSHOT)?$ ]] || die "cannot read the project version from pom.xml (got '$VERSION')"
# jpackage wants 1 to 3 numbers; a -SNAPSHOT suffix is dropped for the package version.
PKG_VERSION=${VERSION%-SNAPSHOT}
log "MSQ Offline $VERSION (package version $PKG_VERSION)"

if ! $skip_build; then
  log "mvn package"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
fi
APP=$ROOT/target/app
[ -f "$APP/$NAME.jar" ] || die "$APP/$NAME.jar is missing (run mvn -DskipTests package)"

WORK=$OUT/work
rm -rf "$WORK" "$OUT/app-image" "$OUT/$NAME"_*.deb "$OUT/$NAME"-*-linux-x64.tar.gz
mkdir -p "$WORK/input/lib" "$WORK/fx" "$WORK/native"

# 1. Split the libraries: JavaFX platform jars become modules of the runtime; the rest stays on the
#    class path (lib/app/lib, as the jar's Class-Path says; the missing JavaFX entries are ignored).
cp "$APP/$NAME.jar" "$WORK/input/"
# The bundled fonts leave the jar for lib/app/fonts, where -Dmsq.fontFolder points.
mkdir -p "$WORK/input/fonts"
unzip -q -j -o "$WORK/input/$NAME.jar" 'org/msqoffline/exchange/fonts/*.ttf' -d "$WORK/input/fonts"
zip -q -d "$WORK/input/$NAME.jar" 'org/msqoffline/exchange/fonts/*' >/dev/null
for jar in "$APP"/lib/*.jar; do
  base=$(basename "$jar")
  case "$base" in
    javafx-*-linux.jar) cp "$jar" "$WORK/fx/" ;;
    javafx-*.jar) ;;   # the classifier-less javafx jars are empty placeholders
    *) cp "$jar" "$WORK/input/lib/" ;;
  esac
done
# sqlite-jdbc carries its native library for 20 platforms (11 MB): keep this machine's one, outside the
# jar, where -Dorg.sqlite.lib.path points.
case "$(uname -m)" in x86_64) sqlite_arch=x86_64 ;; aarch64) sqlite_arch=aarch64 ;; *) die "unsupported architecture $(uname -m)" ;; esac
sqlite_jar=$(ls "$WORK"/input/lib/sqlite-jdbc-*.jar)
mkdir -p "$WORK/input/native"
unzip -q -j -o "$sqlite_jar" "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" -d "$WORK/input/native"
zip -q -d "$sqlite_jar" 'org/sqlite/native/*' >/dev/null
ls "$WORK"/fx/javafx-graphics-*-linux.jar >/dev/null 2>&1 || die "no javafx-*-linux.jar in $APP/lib"

# 2. The JavaFX native libraries go into runtime/lib (found there through sun.boot.library.path).
for jar in "$WORK"/fx/*.jar; do
  (cd "$WORK/native" && "$JAVA_HOME/bin/jar" xf "$jar" $(unzip -Z1 "$jar" | grep '\.so$' || true))
done
find "$WORK/native" -name '*.so' -exec mv -t "$WORK/native" {} + 2>/dev/null || true
find "$WORK/native" -mindepth 1 -type d -exec rm -rf {} + 2>/dev/null || true
# ... and out of the modules, where they would only be a second copy.
for jar in "$WORK"/fx/*.jar; do zip -q -d "$jar" '*.so' >/dev/null 2>&1 || true; done

# 3. The modules: what jdeps finds, JavaFX, and what jdeps cannot see (service lookups by name).
if [ -n "${JLINK_MODULES:-}" ]; then
  modules=$JLINK_MODULES
else
  log "jdeps (about 30 s)"
  found=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
      --module-path "$WORK/fx" --add-modules javafx.controls \
      --class-path "$WORK/input/lib/*" "$WORK/input/$NAME.jar" "$WORK"/input/lib/*.jar 2>/dev/null | tail -1)
  [[ "$found" == java.base* ]] || die "jdeps failed: $found"
  # jdk.crypto.ec: KeyPairGenerator "EC" (the default signing key) comes from SunEC.
  # jdk.localedata: dates and numbers in ar, zh, fr, ru, es (java.base holds English only).
  modules=$found,javafx.controls,jdk.crypto.ec,jdk.localedata
fi
log "modules: $modules"

# 3b. Libraries trimmed to what the app loads (after jdeps has read them whole).
"$JAVA_HOME/bin/java" "$ROOT/installer/TrimLibraries.java" "$WORK/input/$NAME.jar" "$WORK/input/lib"

# 4. The runtime. jpackage's own jlink step would do the same with --jlink-options (which replace its
#    defaults); running jlink here lets the .so files go in before the app-image is made.
#    --generate-cds-archive cannot be combined with --strip-native-commands, so bin/java stays.
log "jlink"
"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$WORK/fx" \
  --add-modules "$modules" \
  --include-locales="$LOCALES" \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive \
  --output "$WORK/runtime"
cp "$WORK"/native/*.so "$WORK/runtime/lib/"
# classes_nocoops.jsa serves only heaps over 32 GB; the symbol table of libjvm.so only crash reports.
rm -f "$WORK/runtime/lib/server/classes_nocoops.jsa"
if command -v strip >/dev/null; then chmod u+w "$WORK/runtime/lib/server/libjvm.so"; strip --strip-unneeded "$WORK/runtime/lib/server/libjvm.so"; fi

# 5. The app-image.
log "jpackage app-image"
java_opts=()
for opt in "${JAVA_OPTIONS[@]}"; do java_opts+=(--java-options "$opt"); done
"$JAVA_HOME/bin/jpackage" --type app-image \
  --name "$NAME" --app-version "$PKG_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "Copyright (c) $VENDOR" \
  --input "$WORK/input" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" \
  --icon "$ROOT/packaging/icons/msq-offline.png" \
  "${java_opts[@]}" \
  --dest "$OUT/app-image"
IMAGE=$OUT/app-image/$NAME
# The desktop's launcher: the same launcher binary, which reads the .cfg named after itself, so that it
# can map an AppCDS archive of its own (make-appcds.sh). jpackage's --add-launcher makes exactly these two
# files, but its .deb step then gives the copy a second menu entry.
cp "$IMAGE/bin/$NAME" "$IMAGE/bin/$NAME-desktop"
cp "$IMAGE/lib/app/$NAME.cfg" "$IMAGE/lib/app/$NAME-desktop.cfg"
mkdir -p "$IMAGE/lib/licenses"
cp "$ROOT/packaging/LICENSE" "$IMAGE/lib/licenses/LICENSE"
cp "$ROOT/packaging/licenses/THIRD-PARTY.md" "$IMAGE/lib/licenses/"
cp -r "$ROOT/packaging/licenses/fonts" "$IMAGE/lib/licenses/"
for launcher in "$NAME" "$NAME-desktop"; do
  "$IMAGE/bin/$launcher" --version | grep -q "^MSQ Offline" || die "the app-image launcher $launcher does not print its version"
done

# 6. The portable copy: the app-image plus a launcher that keeps the data next to the app.
log "portable .tar.gz"
PORTABLE=$WORK/portable/$NAME-$VERSION
mkdir -p "$PORTABLE"
cp -a "$IMAGE/." "$PORTABLE/"
install -m 0755 "$ROOT/installer/linux/portable/MSQ Offline (portable)" "$PORTABLE/"
install -m 0644 "$ROOT/installer/linux/portable/README-portable.txt" "$PORTABLE/"
tar -C "$WORK/portable" --owner=0 --group=0 -czf "$OUT/$NAME-$VERSION-linux-x64.tar.gz" "$NAME-$VERSION"

# 7. The .deb (jpackage), then its AppCDS archive.
if $make_deb; then
  command -v fakeroot >/dev/null || die "fakeroot is missing (apt-get install fakeroot)"
  log "jpackage deb"
  # jpackage looks for the desktop entry override as <launcher name>.desktop (it installs it as
  # <package>-<launcher>.desktop).
  cp -r "$ROOT/installer/linux/resources" "$WORK/resources"
  cp "$ROOT/packaging/linux/msq-offline.desktop" "$WORK/resources/$NAME.desktop"
  cat "$ROOT/packaging/LICENSE" - "$ROOT/packaging/licenses/THIRD-PARTY.md" > "$WORK/LICENSE.txt" <<< $'\n----------------------------------------------------------------------\n'
  "$JAVA_HOME/bin/jpackage" --type deb \
    --app-image "$IMAGE" \
    --name "$NAME" --app-version "$PKG_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --linux-package-name "$NAME" \
    --linux-shortcut --linux-menu-group Office --linux-app-category office \
    --license-file "$WORK/LICENSE.txt" \
    --icon "$ROOT/packaging/icons/msq-offline.png" \
    --file-associations "$ROOT/packaging/associations/asice.properties" \
    --file-associations "$ROOT/packaging/associations/msqd.properties" \
    --resource-dir "$WORK/resources" \
    --dest "$OUT"
  deb=$(ls "$OUT"/${NAME}_*.deb)
  if $appcds; then
    "$ROOT/installer/linux/deb-appcds.sh" "$deb" || log "WARNING: the AppCDS step failed; the .deb is complete but starts slower (no app archive)"
  fi
fi

rm -rf "$WORK"
log "done:"
ls -l "$OUT"/*.deb "$OUT"/*.tar.gz 2>/dev/null
du -sh "$IMAGE"
