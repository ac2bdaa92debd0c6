#!/usr/bin/env bash
# Renders the first two pages of an unsigned PDF copy whose labels are French and whose answers are
# Arabic (issue 6's evidence) to docs/screenshots/pdf-copy-fr-ar-1.png and -2.png.
# Needs: target/app built (mvn -DskipTests package), poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
msq() { java -jar target/app/msq-offline.jar --data-dir "$data" "$@"; }
id=$(msq response create --country MAR)
msq answer set "$id" contact-name "فاطمة الزهراء بنعلي" > /dev/null
msq answer set "$id" contact-title "مديرة التحول الرقمي" > /dev/null
msq answer set "$id" contact-organization "وزارة الانتقال الرقمي وإصلاح الإدارة" > /dev/null
msq answer set "$id" a-portal-national "البوابة الوطنية للخدمات الإلكترونية متاحة على الرابط https://www.service-public.ma وتقدم أكثر من ٣٠٠ خدمة للمواطنين والمقاولات باللغتين العربية والفرنسية." > /dev/null
msq --lang fr pdf "$id" --out "$data/copie.pdf" > /dev/null
pdftoppm -r 70 -png -f 1 -l 2 "$data/copie.pdf" docs/screenshots/pdf-copy-fr-ar
ls docs/screenshots/pdf-copy-fr-ar-*.png
