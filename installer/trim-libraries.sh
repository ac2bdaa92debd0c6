#!/usr/bin/env bash
# Trims the application's libraries in LIB_DIR (the jars an installer ships) to what MSQ Offline loads;
# run by the Linux and macOS builds after jdeps has read the jars whole (jdeps needs bcprov's module).
# Usage: installer/trim-libraries.sh LIB_DIR        Needs: zip, unzip.
set -euo pipefail
LIB=${1:?usage: trim-libraries.sh LIB_DIR}

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
