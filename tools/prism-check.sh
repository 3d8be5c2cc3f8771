#!/usr/bin/env bash
# Checks the packaged service against openapi.yaml with a tool nobody here wrote: Prism (@stoplight/prism-cli,
# pinned, installed into target/prism from the npm registry) runs as a validating proxy in front of the jar, and
# tools/PrismReplay.java sends requests to every operation through it (successes, 304, 400, 404, 406 and a 429),
# failing on any response Prism finds in breach of the contract. Needs node and npm, and target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
PRISM=5.16.0
port=${PORT:-18081} management=${MANAGEMENT_PORT:-19001} proxy=${PRISM_PORT:-4010}
dir=target/prism
if ! command -v npm >/dev/null 2>&1; then
  echo "prism-check: npm is not installed; skipped" >&2
  exit 0
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p "$dir"
if [ ! -x "$dir/node_modules/.bin/prism" ]; then
  (cd "$dir" && { [ -f package.json ] || echo '{"private": true}' > package.json; } \
    && npm install --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM" >/dev/null)
fi
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
# its own embedded database; the replay's client (127.0.0.1) is exempt from the rate limit and a trusted proxy, so
# that the 429 case can speak for another client, whose bucket refills slowly enough to stay empty
(cd "$work" && exec env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/catalogue" \
  QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 CATALOGUE_RATE_LIMIT_EXEMPT=127.0.0.1 CATALOGUE_RATE_LIMIT_PER_SECOND=1 \
  java -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar") > "$work/service.log" 2>&1 &
pids+=($!)
"$dir/node_modules/.bin/prism" proxy openapi.yaml "http://127.0.0.1:$port" --host 127.0.0.1 --port "$proxy" \
  > "$work/prism.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && curl -s "http://127.0.0.1:$proxy/" >/dev/null 2>&1 && break
  sleep 0.5
done
if ! curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then
  echo "prism-check: the service did not become ready" >&2
  tail -20 "$work/service.log" >&2
  exit 1
fi
java -cp 'target/quarkus-app/lib/main/*' tools/PrismReplay.java "http://127.0.0.1:$proxy" "http://127.0.0.1:$port" \
  2> >(grep -v '^Note:' >&2)
