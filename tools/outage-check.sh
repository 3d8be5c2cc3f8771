#!/usr/bin/env bash
# Proves, against the local PostgreSQL, that readiness goes DOWN while the database is unreachable, that a request
# during the outage gets a 503 problem (not a hang), and that readiness comes back UP without a restart.
# It STOPS and restarts the local PostgreSQL cluster: run it by hand on a development machine, never in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18081}
cluster="$(ls /etc/postgresql | head -n 1) main"
psql -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname='catalogue_outage'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "create database catalogue_outage" >/dev/null
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/catalogue_outage QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_HTTP_PORT=$port QUARKUS_LOG_CONSOLE_JSON_ENABLED=false java -jar target/quarkus-app/quarkus-run.jar > target/outage.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; pg_ctlcluster --skip-systemctl-redirect $cluster start 2>/dev/null || true' EXIT
ready() { curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/q/health/ready"; }
for _ in $(seq 1 60); do [ "$(ready)" = 200 ] && break; sleep 0.5; done
echo "before the outage: ready=$(ready)"
pg_ctlcluster --skip-systemctl-redirect $cluster stop
sleep 1
echo "during the outage: ready=$(ready)"
start=$(date +%s%N)
curl -s -w '\n%{http_code} %{content_type}\n' "http://127.0.0.1:$port/api/v1/achievements?category=drug&page=2"
echo "answered in $(( ($(date +%s%N) - start) / 1000000 )) ms"
pg_ctlcluster --skip-systemctl-redirect $cluster start
for _ in $(seq 1 60); do [ "$(ready)" = 200 ] && break; sleep 0.5; done
echo "after the outage: ready=$(ready)"
curl -s -o /dev/null -w "a request after the outage: %{http_code}\n" "http://127.0.0.1:$port/api/v1/achievements?category=drug&page=3"
