#!/usr/bin/env bash
# Runs the Dockerfile's steps without Docker (no engine here): build with the wrapper as the build stage does, lay
# the fast-jar out as the run stage does, start the image's ENTRYPOINT under dash (the image's /bin/sh) as an
# unprivileged user, and run the image's HEALTHCHECK command exactly as the Dockerfile writes it, also under dash.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
chmod 755 "$work"
port=${PORT:-18080}
management=${MANAGEMENT_PORT:-19000}
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v dash >/dev/null || { echo "docker-steps: dash is needed (apt-get install dash)" >&2; exit 2; }

# the exec-form array of a Dockerfile instruction (ENTRYPOINT, or HEALTHCHECK's CMD), one word a line
exec_form() {
  python3 - "$1" <<'PY'
import json, re, sys
text = open('Dockerfile').read().replace('\\\n', ' ')
line = next(l for l in text.splitlines() if l.startswith(sys.argv[1] + ' '))
words = json.loads(line[line.index('['):line.rindex(']') + 1])
print('\n'.join(words))
PY
}
relocate() { sed "s#/app/#$work/app/#g"; }

echo "== build stage: ./mvnw -B -q package -DskipTests"
./mvnw -B -q package -DskipTests

echo "== run stage: /app from target/quarkus-app/, owned by an unprivileged user"
mkdir -p "$work/app/data"
cp -r target/quarkus-app/. "$work/app/"
mapfile -t entrypoint < <(exec_form ENTRYPOINT | relocate)
mapfile -t probe < <(exec_form HEALTHCHECK | relocate)
[ "${entrypoint[0]}" = "sh" ] && entrypoint[0]=dash
echo "ENTRYPOINT under dash: ${entrypoint[*]}"
echo "HEALTHCHECK: ${probe[*]}"
env_vars=(JAVA_OPTS="-XX:MaxRAMPercentage=75" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management" LANG=C.UTF-8)
if [ "$(id -u)" = "0" ] && command -v runuser >/dev/null; then
  chown -R nobody "$work/app"
  (cd "$work/app" && exec runuser -u nobody -- env "${env_vars[@]}" "${entrypoint[@]}") > "$work/app.log" 2>&1 &
else
  (cd "$work/app" && exec env "${env_vars[@]}" "${entrypoint[@]}") > "$work/app.log" 2>&1 &
fi
pid=$!

echo "== the HEALTHCHECK fails while the service is down, as it must"
if QUARKUS_HTTP_PORT=$((port + 1)) "${probe[@]}"; then echo "the health check passed against nothing" >&2; exit 1; fi

echo "== HEALTHCHECK until healthy (start period 40 s), run from dash"
quoted=$(printf "'%s' " "${probe[@]}")
for _ in $(seq 1 80); do
  if QUARKUS_HTTP_PORT=$port dash -c "exec $quoted" 2>/dev/null; then
    echo "healthy: $(curl -s "http://127.0.0.1:$port/api/v1/meta" | head -c 120)…"
    exit 0
  fi
  sleep 0.5
done
echo "not healthy after 40 s:" >&2
tail -20 "$work/app.log" >&2
exit 1
