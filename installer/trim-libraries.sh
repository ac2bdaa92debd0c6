#!/usr/bin/env bash
# Trims the application's libraries in LIB_DIR (the jars an installer ships) to what MSQ Offline (APP_JAR)
# loads; run by the Linux and macOS builds after jdeps has read the jars whole (jdeps needs bcprov's module).
# Usage: installer/trim-libraries.sh APP_JAR LIB_DIR     Needs: zip, unzip, jdeps (JAVA_HOME or PATH), strings.
set -euo pipefail
APP_JAR=${1:?usage: trim-libraries.sh APP_JAR LIB_DIR}
LIB=${2:?usage: trim-libraries.sh APP_JAR LIB_DIR}
JDEPS=${JAVA_HOME:+$JAVA_HOME/bin/}jdeps

# ICU4J serves only the PDF copy's Arabic shaping, bidi and line breaking: keep its character
# properties, canonical normalisation and line-break rules; drop its locale data (collation, time zones, units, currencies, names,
# transliteration, other break rules, dictionaries for Thai-like scripts...): 14.7 MB -> 3.6 MB.
# The Linux smoke test makes a PDF with Arabic, Chinese and Russian answers through this trimmed jar.
icu_jar=$(ls "$LIB"/icu4j-*.jar)
icu_data=com/ibm/icu/impl/data/icudata
unzip -Z1 "$icu_jar" | grep "^$icu_data/.*[^/]$" \
  | grep -vE "^$icu_data/((uprops|ubidi|ucase|pnames|uemoji|ulayout)\.icu|nfc\.nrm|(root|res_index|pool|metadata|supplementalData|keyTypeData|icuver|icustd|langInfo)\.res|brkitr/(line[^/]*\.brk|[^/]+\.res))$" \
  | zip -q -d "$icu_jar" -@ >/dev/null
# BouncyCastle builds and checks CMS structures; the cryptography itself is the JDK's (SunEC,
# SunRsaSign): BC's own JCA provider and its post-quantum algorithms are never loaded (LayerRulesTest
# keeps it so): 7.3 -> 3.5 MB. The Linux smoke test signs with EC and RSA keys through this trimmed jar.
# Its module descriptor would name the removed packages, so it goes too (the jar is on the class path).
zip -q -d "$(ls "$LIB"/bcprov-*.jar)" 'org/bouncycastle/pqc/*' 'org/bouncycastle/jcajce/provider/*' \
  'org/bouncycastle/jce/provider/*' '*module-info.class' >/dev/null
# BouncyCastle's jars are signed for use as a JCA provider, which they are not here. Unsigned, their
# classes can go into the AppCDS archive (the JVM skips signed jars) and load without jar verification.
for jar in "$LIB"/bc*-jdk18on-*.jar; do
  zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.DSA' 'META-INF/*.RSA' 'META-INF/*.EC' >/dev/null 2>&1 || true
done

# ControlsFX serves only the form's validation marks: keep the classes APP_JAR names and those they reach,
# class by class (jdeps, with no filter: its default hides a class's own package; a class with its nested
# classes), the resources those classes name (images by file name) and the jar's top-level files; drop
# dialogs, spreadsheets, a world map, an icon font: 1.4 MB -> 50 KB. Nothing kept loads a ControlsFX class by
# name, and the desktop's AppCDS training run (which fails on a missing class) loads them. Its module
# descriptor names the removed packages, so it goes too.
keep_reached_classes() { # keep_reached_classes JAR PACKAGE_PATTERN
  local jar=$1 pattern=$2 classes
  zip -q -d "$jar" '*module-info.class' >/dev/null 2>&1 || true
  classes=$(awk -v pattern="$pattern" 'function top(c) { sub(/\$.*/, "", c); return c }
      FNR == NR { if ($2 == "->" && $3 ~ pattern && !(top($3) in keep)) { keep[top($3)] = 1; queue[++n] = top($3) }; next }
      $2 == "->" && $3 ~ pattern { reach[top($1)] = reach[top($1)] " " top($3) }
      END {
        for (i = 1; i <= n; i++) {
          m = split(reach[queue[i]], next_, " ")
          for (j = 1; j <= m; j++) if (!(next_[j] in keep)) { keep[next_[j]] = 1; queue[++n] = next_[j] }
        }
        for (c in keep) { gsub(/\./, "/", c); print c }
      }' <("$JDEPS" -verbose:class -filter:none "$APP_JAR" 2>/dev/null) <("$JDEPS" -verbose:class -filter:none --multi-release 17 "$jar" 2>/dev/null))
  [ -n "$classes" ] || { echo "error: found nothing of $(basename "$jar") that $(basename "$APP_JAR") uses" >&2; exit 1; }
  local entries class_files named
  entries=$(unzip -Z1 "$jar")
  class_files=$(awk -v classes="$classes" 'BEGIN { n = split(classes, c, "\n"); for (i = 1; i <= n; i++) keep[c[i]] = 1 }
      /\.class$/ { t = $0; sub(/\.class$/, "", t); sub(/\$.*/, "", t); if (t in keep) print }' <<< "$entries")
  named=$(unzip -p "$jar" $class_files | strings -n 3)
  awk -v class_files="$class_files" -v named="$named" '
      function keep_with_folders(f) { kept[f] = 1; while (sub(/[^\/]*\/?$/, "", f) && f != "") kept[f] = 1 }
      BEGIN {
        n = split(named, s, "\n"); for (i = 1; i <= n; i++) { w = s[i]; sub(/^.*\//, "", w); word[w] = 1 }
        n = split(class_files, c, "\n"); for (i = 1; i <= n; i++) keep_with_folders(c[i])
      }
      { entry[++count] = $0 }
      !/\/$/ && !/\.class$/ { base = $0; sub(/^.*\//, "", base)
        if ($0 !~ /\// || $0 == "META-INF/MANIFEST.MF" || base in word) keep_with_folders($0) }
      END { for (i = 1; i <= count; i++) if (!(entry[i] in kept)) print entry[i] }' <<< "$entries" \
    | zip -q -d "$jar" -@ >/dev/null
  if "$JDEPS" -verbose:class -filter:none "$jar" 2>/dev/null | awk -v pattern="$pattern" '$2 == "->" && $3 ~ pattern && /not found/' | grep .; then
    echo "error: the trimmed $(basename "$jar") misses classes it uses (above)" >&2; exit 1
  fi
}
keep_reached_classes "$(ls "$LIB"/controlsfx-*.jar)" '^(impl[.])?org[.]controlsfx[.]'
