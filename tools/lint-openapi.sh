#!/usr/bin/env bash
# Lints openapi.yaml with Spectral (OpenAPI + OWASP API Security rules, .spectral.yaml) and Redocly (redocly.yaml),
# at pinned versions installed into target/lint from the npm registry. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
SPECTRAL=6.16.3 OWASP=2.0.1 REDOCLY=2.77.0
dir=target/lint
if ! command -v npm >/dev/null 2>&1; then
  echo "lint-openapi: npm is not installed; skipped" >&2
  exit 0
fi
mkdir -p "$dir"
if [ ! -x "$dir/node_modules/.bin/spectral" ] || [ ! -x "$dir/node_modules/.bin/redocly" ]; then
  (cd "$dir" && [ -f package.json ] || echo '{"private": true}' > package.json
   npm install --no-audit --no-fund --loglevel=error \
     "@stoplight/spectral-cli@$SPECTRAL" "@stoplight/spectral-owasp-ruleset@$OWASP" "@redocly/cli@$REDOCLY" >/dev/null)
fi
cp .spectral.yaml "$dir/.spectral.yaml"
echo "== spectral (OpenAPI + OWASP)"
"$dir/node_modules/.bin/spectral" lint openapi.yaml --ruleset "$dir/.spectral.yaml" --fail-severity warn
echo "== redocly (recommended)"
"$dir/node_modules/.bin/redocly" lint openapi.yaml --config redocly.yaml
