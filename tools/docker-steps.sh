#!/usr/bin/env bash
# Runs the Dockerfile's steps without Docker (no engine here): build with the wrapper as the build stage does,
# lay the fast-jar out as the run stage does, start it as an unprivileged user, and run the image's HEALTHCHECK.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
chmod 755 "$work"
port=${PORT:-18080}
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== build stage: ./mvnw -B -q package -DskipTests"
./mvnw -B -q package -DskipTests

echo "== run stage: /app from target/quarkus-app/, owned by an unprivileged user"
mkdir -p "$work/app/data"
cp -r target/quarkus-app/. "$work/app/"
runner=(java -XX:MaxRAMPercentage=75 -Dquarkus.http.port="$port" -jar "$work/app/quarkus-run.jar")
if [ "$(id -u)" = "0" ] && command -v runuser >/dev/null; then
  chown -R nobody "$work/app"
  (cd "$work/app" && exec runuser -u nobody -- "${runner[@]}") > "$work/app.log" 2>&1 &
else
  (cd "$work/app" && exec "${runner[@]}") > "$work/app.log" 2>&1 &
fi
pid=$!

echo "== HEALTHCHECK: GET /q/health/ready until UP (start period 40 s)"
for _ in $(seq 1 80); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /q/health/ready HTTP/1.0\r\n\r\n' >&3 && grep -q '"UP"' <&3) 2>/dev/null; then
    echo "healthy: $(curl -s "http://127.0.0.1:$port/api/v1/meta" | head -c 120)…"
    exit 0
  fi
  sleep 0.5
done
echo "not healthy after 40 s:" >&2
tail -20 "$work/app.log" >&2
exit 1
