#!/usr/bin/env bash
# The explorer in a real browser (issue 14): Debian's Chromium with the Noto CJK fonts, driven by playwright-core
# (pinned, installed into target/browser from npm, launching /usr/bin/chromium: never a browser download), axe-core
# for WCAG 2 A/AA on every page type, exceljs to read the downloaded workbooks back; screenshots at phone and desktop widths go to target/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18091} management=${MANAGEMENT_PORT:-19091}
PLAYWRIGHT=1.65.1 AXE=4.14.1 EXCELJS=4.4.0
if ! command -v npm >/dev/null 2>&1; then
  echo "browser-check: npm is not installed; skipped" >&2
  exit 0
fi
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -q chromium fonts-noto-cjk >/dev/null
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "browser-check: /usr/bin/chromium is not installed; skipped" >&2
  exit 0
fi
dir=target/browser
mkdir -p "$dir"
if [ ! -d "$dir/node_modules/playwright-core" ] || [ ! -d "$dir/node_modules/axe-core" ] \
  || [ ! -d "$dir/node_modules/exceljs" ]; then
  (cd "$dir" && { [ -f package.json ] || echo '{"private": true, "type": "module"}' > package.json; } \
    && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT" "axe-core@$AXE" \
      "exceljs@$EXCELJS" >/dev/null)
fi
cp tools/browser/explore-check.mjs "$dir/"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
(cd "$work" && exec env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/catalogue" CATALOGUE_READ_MODEL_INDEX_DIRECTORY="$work/indexes" \
  CATALOGUE_RATE_LIMIT_EXEMPT=127.0.0.1 CATALOGUE_PUBLIC_URL="http://127.0.0.1:$port" \
  java -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar") > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
node "$dir/explore-check.mjs" "http://127.0.0.1:$port" "$PWD/target/screenshots"
