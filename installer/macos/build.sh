#!/usr/bin/env bash
# Builds the macOS installer of MSQ Offline into target/installer/ (or $OUT):
#   MSQ Offline-<version>.dmg   drag "MSQ Offline" to Applications (or anywhere: no admin rights needed)
#
# Same recipe as installer/linux/build.sh: a jlink runtime with only the modules the app needs, the
# JavaFX jars from Maven (-mac or -mac-aarch64 classifier, whichever this Mac built) used as modules,
# their .dylib files copied into the runtime's lib/ (nothing extracted to ~/.openjfx at run time), CLDR
# data for the six UN languages, and the JDK's CDS archive regenerated for this runtime.
# The .dmg is for the architecture of the Mac that builds it (Apple silicon or Intel).
#
# Signing and notarisation happen only when the environment provides credentials:
#   MACOS_SIGNING_IDENTITY   e.g. "Developer ID Application: Example Org (TEAMID1234)" — the part
#                            after "Developer ID Application: " is passed to jpackage
#                            --mac-signing-key-user-name; the certificate must be in the keychain
#                            (MACOS_KEYCHAIN: a keychain file other than the default, optional).
#   Notarisation (after signing), either
#     MACOS_NOTARY_PROFILE   a profile stored with `xcrun notarytool store-credentials`, or
#     MACOS_NOTARY_APPLE_ID + MACOS_NOTARY_PASSWORD (app-specific password) + MACOS_NOTARY_TEAM_ID.
# Without them the .dmg is unsigned: people must right-click > Open the first time (Gatekeeper).
#
# Usage: installer/macos/build.sh [--skip-build]
# Needs: macOS 11+, JDK 17 with jmods (e.g. Temurin 17), Maven, Xcode command line tools
#        (xcode-select --install: codesign, xcrun notarytool, stapler, hdiutil is built in).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$ROOT/target/installer}
TITLE="MSQ Offline"
VENDOR="MSQ Offline project"
DESCRIPTION="Answer the UN E-Government Survey Member States Questionnaire offline"
MAIN_CLASS=org.msqoffline.Main
BUNDLE_ID=org.msqoffline
LOCALES=en,ar,zh,fr,ru,es
JAVA_OPTIONS=(-XX:+UseSerialGC -Xmn16m -XX:TieredStopAtLevel=1 -Xss1m -Dfile.encoding=UTF-8 -Xlog:cds=off,cds+dynamic=off
  '-Dorg.sqlite.lib.path=$APPDIR/native' -Dorg.sqlite.lib.name=libsqlitejdbc.dylib '-Dorg.sqlite.tmpdir=$APPDIR/native'
  '-Dmsq.fontFolder=$APPDIR/fonts')

skip_build=false
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "error: unknown option $arg" >&2; exit 2 ;;
  esac
done
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { echo "error: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || die "run this on macOS (jpackage builds a .dmg only there)"
JAVA_HOME=${JAVA_HOME:-$(/usr/libexec/java_home -v 17 2>/dev/null || true)}
[ -n "$JAVA_HOME" ] || die "no JDK 17 found (set JAVA_HOME)"
for tool in jlink jpackage jdeps jar; do
  [ -x "$JAVA_HOME/bin/$tool" ] || die "$JAVA_HOME/bin/$tool not found (a JDK 17 is needed)"
done
[ -d "$JAVA_HOME/jmods" ] || die "$JAVA_HOME/jmods is missing: jlink needs a JDK with jmods"

# The version: the <version> directly under <project> in pom.xml (same parser as the Linux script).
VERSION=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/<!--[^-]*\(-[^-][^-]*\)*-->//g' "$ROOT/pom.xml" | awk 'BEGIN { RS = "<" }
  NR == 1 || /^[?!]/ { next }
  /^\// { depth--; next }
  { split($0, parts, ">"); tag = parts[1]; if (tag ~ /\/$/) next; depth++
    if (!found && depth == 2 && tag == "version") { print parts[2]; found = 1 } }')
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}(-SNAPSHOT)?$ ]] || die "cannot read the project version from pom.xml (got '$VERSION')"
PKG_VERSION=${VERSION%-SNAPSHOT}
# jpackage on macOS refuses an app-version whose first number is 0, so a 0.x.y pom version becomes
# 1.x.y in the bundle (CFBundleVersion) and the .dmg name only; the app's --version still prints the
# pom version. From 1.0.0 on both are the same.
MAC_VERSION=$PKG_VERSION
if [[ "$MAC_VERSION" == 0.* ]]; then MAC_VERSION="1.${MAC_VERSION#0.}"; fi
log "MSQ Offline $VERSION (bundle version $MAC_VERSION)"

if ! $skip_build; then
  log "mvn package"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
fi
APP=$ROOT/target/app
[ -f "$APP/msq-offline.jar" ] || die "$APP/msq-offline.jar is missing"

WORK=$OUT/work
rm -rf "$WORK" "$OUT/app-image" "$OUT/$TITLE"-*.dmg
mkdir -p "$WORK/input/lib" "$WORK/input/native" "$WORK/fx" "$WORK/native"

# 1. JavaFX platform jars become modules; the rest stays on the class path.
cp "$APP/msq-offline.jar" "$WORK/input/"
# The bundled fonts leave the jar for Contents/app/fonts, where -Dmsq.fontFolder points (JavaFX reads a font
# file in place; one inside the jar it copies to $TMPDIR at every start, 5 MB).
mkdir -p "$WORK/input/fonts"
unzip -q -j -o "$WORK/input/msq-offline.jar" 'org/msqoffline/exchange/fonts/*.ttf' -d "$WORK/input/fonts"
zip -q -d "$WORK/input/msq-offline.jar" 'org/msqoffline/exchange/fonts/*' >/dev/null
for jar in "$APP"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" "$WORK/fx/" ;;
    javafx-*.jar) ;;
    *) cp "$jar" "$WORK/input/lib/" ;;
  esac
done
ls "$WORK"/fx/javafx-graphics-*.jar >/dev/null 2>&1 || die "no javafx-*-mac*.jar in $APP/lib: build on the Mac (mvn package)"

# sqlite-jdbc: only this Mac's library, outside the jar (no extraction to $TMPDIR at each start).
case "$(uname -m)" in arm64) sqlite_arch=aarch64 ;; x86_64) sqlite_arch=x86_64 ;; *) die "unknown arch $(uname -m)" ;; esac
sqlite_jar=$(ls "$WORK"/input/lib/sqlite-jdbc-*.jar)
(cd "$WORK/input/native" && unzip -q -j -o "$sqlite_jar" "org/sqlite/native/Mac/$sqlite_arch/libsqlitejdbc.dylib")
zip -q -d "$sqlite_jar" 'org/sqlite/native/*' >/dev/null

# 2. JavaFX .dylib files out of the jars, into the runtime's lib/.
for jar in "$WORK"/fx/*.jar; do
  (cd "$WORK/native" && unzip -q -j -o "$jar" '*.dylib' 2>/dev/null || true)
  zip -q -d "$jar" '*.dylib' >/dev/null 2>&1 || true
done

# 3. Modules.
if [ -n "${JLINK_MODULES:-}" ]; then modules=$JLINK_MODULES; else
  log "jdeps (about 30 s)"
  found=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
      --module-path "$WORK/fx" --add-modules javafx.controls \
      --class-path "$WORK/input/lib/*" "$WORK/input/msq-offline.jar" "$WORK"/input/lib/*.jar 2>/dev/null | tail -1)
  [[ "$found" == java.base* ]] || die "jdeps failed: $found"
  modules=$found,javafx.controls,jdk.crypto.ec,jdk.localedata
fi
log "modules: $modules"

# 3b. Libraries trimmed to what the app loads (after jdeps has read them whole), as on Linux.
"$JAVA_HOME/bin/java" "$ROOT/installer/TrimLibraries.java" "$WORK/input/msq-offline.jar" "$WORK/input/lib"

# 4. Runtime. --generate-cds-archive must not be combined with --strip-native-commands.
log "jlink"
"$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods:$WORK/fx" --add-modules "$modules" \
  --include-locales="$LOCALES" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$WORK/runtime"
cp "$WORK"/native/*.dylib "$WORK/runtime/lib/"
rm -f "$WORK/runtime/lib/server/classes_nocoops.jsa"

# 5. Signing options (only with credentials).
sign_args=()
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  user_name=${MACOS_SIGNING_IDENTITY#Developer ID Application: }
  sign_args=(--mac-sign --mac-signing-key-user-name "$user_name")
  [ -n "${MACOS_KEYCHAIN:-}" ] && sign_args+=(--mac-signing-keychain "$MACOS_KEYCHAIN")
  log "signing as: $MACOS_SIGNING_IDENTITY"
else
  log "signing skipped: MACOS_SIGNING_IDENTITY is not set (the .dmg will be unsigned)"
fi

# 6. App-image, then the .dmg from it (licence files go inside the bundle's Resources).
log "jpackage app-image"
java_opts=(); for opt in "${JAVA_OPTIONS[@]}"; do java_opts+=(--java-options "$opt"); done
"$JAVA_HOME/bin/jpackage" --type app-image \
  --name "$TITLE" --app-version "$MAC_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "Copyright (c) $VENDOR" \
  --input "$WORK/input" --main-jar msq-offline.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" --icon "$ROOT/packaging/icons/msq-offline.icns" \
  --mac-package-identifier "$BUNDLE_ID" --mac-package-name "$TITLE" \
  --file-associations "$ROOT/packaging/associations/asice.properties" \
  --file-associations "$ROOT/packaging/associations/msqd.properties" \
  "${java_opts[@]}" "${sign_args[@]}" \
  --dest "$OUT/app-image"
IMAGE="$OUT/app-image/$TITLE.app"
mkdir -p "$IMAGE/Contents/Resources/licenses"
cp "$ROOT/packaging/LICENSE" "$ROOT/packaging/licenses/THIRD-PARTY.md" "$IMAGE/Contents/Resources/licenses/"
cp -R "$ROOT/packaging/licenses/fonts" "$IMAGE/Contents/Resources/licenses/"
if [ ${#sign_args[@]} -gt 0 ]; then
  # Files added after jpackage signed the bundle: sign the bundle again (hardened runtime, as jpackage).
  codesign --force --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" \
    ${MACOS_KEYCHAIN:+--keychain "$MACOS_KEYCHAIN"} \
    --entitlements "$ROOT/installer/macos/entitlements.plist" "$IMAGE"
  codesign --verify --deep --strict "$IMAGE" || die "the signed app does not verify"
fi
"$IMAGE/Contents/MacOS/$TITLE" --version | grep -q '^MSQ Offline' || die "the app-image does not start"

log "jpackage dmg"
cat "$ROOT/packaging/LICENSE" - "$ROOT/packaging/licenses/THIRD-PARTY.md" > "$WORK/LICENSE.txt" <<< $'\n----------------------------------------------------------------------\n'
"$JAVA_HOME/bin/jpackage" --type dmg --app-image "$IMAGE" \
  --name "$TITLE" --app-version "$MAC_VERSION" --vendor "$VENDOR" \
  --mac-package-identifier "$BUNDLE_ID" \
  --license-file "$WORK/LICENSE.txt" \
  "${sign_args[@]}" \
  --dest "$OUT"
DMG=$(ls "$OUT/$TITLE"-*.dmg)

# 7. Notarisation (only when signed and credentials are there), then staple the ticket.
if [ ${#sign_args[@]} -gt 0 ]; then
  notary=()
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    notary=(--keychain-profile "$MACOS_NOTARY_PROFILE")
  elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ]; then
    notary=(--apple-id "$MACOS_NOTARY_APPLE_ID" --password "$MACOS_NOTARY_PASSWORD" --team-id "$MACOS_NOTARY_TEAM_ID")
  fi
  if [ ${#notary[@]} -gt 0 ]; then
    log "notarising (this waits for Apple, usually a few minutes)"
    xcrun notarytool submit "$DMG" "${notary[@]}" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
  else
    log "notarisation skipped: set MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID + MACOS_NOTARY_PASSWORD + MACOS_NOTARY_TEAM_ID"
  fi
else
  log "notarisation skipped: the app is not signed"
fi

rm -rf "$WORK"
log "done: $DMG ($(du -h "$DMG" | cut -f1))"
