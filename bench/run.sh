#!/usr/bin/env bash
# The benchmark suite: starts the packaged service, warms it, and measures each endpoint with wrk (2 threads,
# 32 connections, DURATION s each); in the same run nginx serves the identical response bytes as static files on
# another loopback port, measured the same way, as this machine's ceiling. Prints one line per endpoint and writes
# a Markdown table to bench/results/. Traffic stays on 127.0.0.1; servers are stopped by their own PIDs.
#
#   bench/run.sh                      the real seed, on embedded H2
#   bench/run.sh --records 100000     a synthetic catalogue of that many achievements (bench/Generate.java)
#   bench/run.sh --db postgres        on the local PostgreSQL (127.0.0.1:5432, database bench)
#
# A benchmark, not a test: it never fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=0
DB=h2
DURATION=${DURATION:-10}
while [ $# -gt 0 ]; do
  case "$1" in
    --records) RECORDS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# small-footprint flags (README, "Running small"): the serial collector, a heap sized to the data, a heap that
# shrinks after the seed is written, native memory trimmed; override with JAVA_OPTS
if [ "$RECORDS" -gt 20000 ]; then heap="-Xms640m -Xmx1g"; else heap="-Xms32m -Xmx128m"; fi
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC $heap -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=2000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
RESTARTS=3
APP_PORT=18180
NGINX_PORT=18190
BARE_PORT=18185
work=$(mktemp -d)
app_pid=""
nginx_pid=""
bare_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$bare_pid" ] && kill "$bare_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx-light
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

# --- the data
seed_location=classpath:seed
label="real seed"
if [ "$RECORDS" -gt 0 ]; then
  seed_location="$work/seed"
  java -cp 'target/quarkus-app/lib/main/*' bench/Generate.java "$RECORDS" "$seed_location" >/dev/null
  label="$RECORDS synthetic records"
fi
if [ "$DB" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists bench" >/dev/null 2>&1 || true
  psql -h 127.0.0.1 -U postgres -qc "create database bench" >/dev/null
  jdbc=jdbc:postgresql://127.0.0.1:5432/bench
  user=postgres
else
  jdbc="jdbc:h2:file:$work/db/catalogue;DB_CLOSE_ON_EXIT=FALSE"
  user=sa
fi

start_app() {
  if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/live"; then
    echo "port $APP_PORT is already in use" >&2
    return 1
  fi
  local started=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL="$jdbc" QUARKUS_DATASOURCE_USERNAME="$user" QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 1)) \
  CATALOGUE_SEED_LOCATION="$seed_location" CATALOGUE_RATE_LIMIT_EXEMPT=127.0.0.1 QUARKUS_HTTP_ACCESS_LOG_ENABLED=false CATALOGUE_ACCESS_LOG_ENABLED=false \
    java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 15000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/q/health/ready")" = 200 ]; then
      ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then tail -20 "$work/app.log" >&2; return 1; fi
    sleep 0.02
  done
  return 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

start_app
cold_ms=$ready_ms
restarts=()
for _ in $(seq 1 $RESTARTS); do
  stop_app
  start_app
  restarts+=("$ready_ms")
done
warm_ms=$(printf '%s\n' "${restarts[@]}" | median)
echo "time to ready: first start (writes the seed) ${cold_ms} ms, restart ${warm_ms} ms (median of ${restarts[*]})"

# --- the yardstick: a bare Quarkus REST + Panache app (bench/bare) on embedded H2, same JVM flags, time to its
# first answer, median of as many starts
[ -f bench/bare/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -f bench/bare/pom.xml package -DskipTests
bare_runs=()
for _ in $(seq 1 $RESTARTS); do
  bare_start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$BARE_PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/bare/items;DB_CLOSE_ON_EXIT=FALSE" \
    java $JAVA_OPTS -jar bench/bare/target/quarkus-app/quarkus-run.jar > "$work/bare.log" 2>&1 &
  bare_pid=$!
  for _ in $(seq 1 2000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BARE_PORT/items")" = 200 ] && break
    kill -0 "$bare_pid" 2>/dev/null || break
    sleep 0.02
  done
  bare_runs+=("$(( ($(date +%s%N) - bare_start) / 1000000 ))")
  kill "$bare_pid"; wait "$bare_pid" 2>/dev/null || true; bare_pid=""
done
bare_ms=$(printf '%s\n' "${bare_runs[@]}" | median)
ready_ratio=$(awk -v a="$warm_ms" -v b="$bare_ms" 'BEGIN { printf "%.2f", a/b }')
echo "bare REST + Panache app: ready in ${bare_ms} ms (median of ${bare_runs[*]}); the service's restart is ${ready_ratio}x that"

# --- the endpoints, with ids and queries that exist in the data
if [ "$RECORDS" -gt 0 ]; then
  detail=/api/v1/achievements/ach-4242; zh=%E9%87%8F%E5%AD%90; py=liangzi; en=quantum
  filtered="/api/v1/achievements?category=drug&from=2015&to=2018"
else
  detail=/api/v1/achievements/gv-971; zh=%E9%9B%AA%E9%BE%99; py=xuelong; en=Xuelong
  filtered="/api/v1/achievements?category=drug&from=2018&to=2019"
fi
names=(detail list filtered search-zh search-pinyin search-en facets)
paths=("$detail" "/api/v1/achievements?page=2&size=20" "$filtered" "/api/v1/search?q=$zh" "/api/v1/search?q=$py"
       "/api/v1/search?q=$en" "/api/v1/achievements/facets")

# --- nginx serving the same bytes
mkdir -p "$work/static" "$work/nginx"
declare -A failed
declare -A first_fetch
for i in "${!names[@]}"; do
  # the first request computes the answer; a 503 (a query over its time limit on a cold database) is retried
  # twice, as a client would, and reported
  first_fetch[${names[$i]}]=""
  for attempt in 1 2 3; do
    fetch_start=$(date +%s%N)
    code=$(curl -s -w '%{http_code}' "http://127.0.0.1:$APP_PORT${paths[$i]}" -o "$work/static/${names[$i]}")
    took=$(( ($(date +%s%N) - fetch_start) / 1000000 ))
    echo "first ${names[$i]}: $code in $took ms (uncached, attempt $attempt)"
    first_fetch[${names[$i]}]+="$code in $took ms; "
    [ "$code" = 503 ] || break
  done
  [ "$code" = 200 ] || failed[${names[$i]}]=$code
done
cat > "$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/static; location / { try_files \$uri =404; } }
}
EOF
nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

# --- measure
measure() {  # url -> "rps p50 p99"
  local out
  out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "$1" 2>/dev/null)
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { echo "$1" | awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; printf "%.2f", v}'; }

echo "warming up"
for i in "${!names[@]}"; do [ -n "${failed[${names[$i]}]:-}" ] && continue; wrk -t2 -c32 -d3s "http://127.0.0.1:$APP_PORT${paths[$i]}" >/dev/null 2>&1; done

stamp=$(date -u +%Y-%m-%dT%H%MZ)
mkdir -p bench/results
report="bench/results/$stamp-${DB}-$([ "$RECORDS" -gt 0 ] && echo "${RECORDS}" || echo real).md"
{
  echo "# Benchmark, $label, $DB, $(date -u +%Y-%m-%d)"
  echo
  echo "wrk -t2 -c32 -d${DURATION}s on one 2-core machine shared by wrk, the service and nginx. JVM: $JAVA_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
  echo "Time to ready: first start ${cold_ms} ms (includes writing the seed), restart ${warm_ms} ms (median of ${restarts[*]});"
  echo "a bare Quarkus REST + Panache app (bench/bare, same flags) answers after ${bare_ms} ms (median of ${bare_runs[*]}): restart ${ready_ratio}x the bare app."
  echo
  echo "First (uncached) answers: $(for n in "${names[@]}"; do printf '%s %s' "$n" "${first_fetch[$n]}"; done)"
  echo
  echo "| endpoint | bytes | service rps | p50 ms | p99 ms | nginx rps | share of nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$report"
printf "%-14s %8s %10s %8s %8s %10s %7s\n" endpoint bytes rps p50ms p99ms nginx share
for i in "${!names[@]}"; do
  if [ -n "${failed[${names[$i]}]:-}" ]; then
    printf "%-14s answered %s: not measured\n" "${names[$i]}" "${failed[${names[$i]}]}"
    echo "| ${names[$i]} | - | answered ${failed[${names[$i]}]} | - | - | - | - |" >> "$report"
    continue
  fi
  read -r rps p50 p99 <<<"$(measure "http://127.0.0.1:$APP_PORT${paths[$i]}")"
  read -r nrps _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT/${names[$i]}")"
  bytes=$(stat -c %s "$work/static/${names[$i]}")
  share=$(awk -v a="$rps" -v b="$nrps" 'BEGIN { if (b > 0) printf "%.1f%%", 100*a/b; else print "-" }')
  printf "%-14s %8s %10s %8s %8s %10s %7s\n" "${names[$i]}" "$bytes" "$rps" "$p50" "$p99" "$nrps" "$share"
  echo "| ${names[$i]} | $bytes | $rps | $p50 | $p99 | $nrps | $share |" >> "$report"
done

# --- the long tail: distinct URLs built from the served data, each sent once (bench/LongTail.java, bench/distinct.lua),
# so that what is measured is the read model answering new questions, not the representation cache
LONG_TAIL=${LONG_TAIL:-200000}
WARM=${WARM:-15}
java -cp 'target/quarkus-app/lib/main/*' bench/LongTail.java "http://127.0.0.1:$APP_PORT" "$work/tail" "$LONG_TAIL" | tee "$work/tail.txt"
head -c 1024 /dev/zero | tr '\0' 'x' > "$work/static/one-kb"
read -r kb_rps _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT/one-kb")"
{
  echo
  echo "## The long tail: distinct URLs, each sent once"
  echo
  echo "URLs built from the served data ($(cat "$work/tail.txt")); wrk as above with bench/distinct.lua, after ${WARM} s of other URLs of the same workload; nginx serves a 1 KB file at $kb_rps rps in the same run."
  echo
  echo "| workload | service rps | p50 ms | p99 ms | non-2xx | share of nginx (1 KB) |"
  echo "|---|---:|---:|---:|---:|---:|"
} >> "$report"
printf "%-14s %10s %8s %8s %8s %7s   (nginx 1 KB: %s rps)\n" workload rps p50ms p99ms non2xx share "$kb_rps"
# each workload is first sent WARM s of URLs of its own (the second half of its file), so that the figures are of
# compiled code, not of the JIT at work, and then measured on the first half, which no request has asked yet
for w in search q-list filtered facets; do
  half=$(( $(wc -l < "$work/tail/$w.txt") / 2 ))
  tail -n +$((half + 1)) "$work/tail/$w.txt" > "$work/tail/$w-warm.txt"
  head -n "$half" "$work/tail/$w.txt" > "$work/tail/$w-measured.txt"
  wrk -t2 -c32 -d"${WARM}s" -s bench/distinct.lua "http://127.0.0.1:$APP_PORT" -- "$work/tail/$w-warm.txt" >/dev/null 2>&1
  out=$(wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/distinct.lua "http://127.0.0.1:$APP_PORT" -- "$work/tail/$w-measured.txt" 2>/dev/null)
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  wrapped=$(echo "$out" | awk '/^wrapped/ {print $2}')
  share=$(awk -v a="$rps" -v b="$kb_rps" 'BEGIN { if (b > 0) printf "%.1f%%", 100*a/b; else print "-" }')
  note=""; [ "${wrapped:-0}" != 0 ] && note=" (the URL file ran out: some URLs were sent twice)"
  printf "%-14s %10s %8s %8s %8s %7s%s\n" "$w" "$rps" "$p50" "$p99" "${bad:-0}" "$share" "$note"
  echo "| $w | $rps | $p50 | $p99 | ${bad:-0} | $share |$note" >> "$report"
done

# --- the CSV export of everything, twice (the first also compiles its code path): time and memory
rss_before=$(ps -o rss= -p "$app_pid" | tr -d ' ')
export_ms=()
for _ in 1 2; do
  export_start=$(date +%s%N)
  export_code=$(curl -s -o "$work/export.csv" -w '%{http_code}' "http://127.0.0.1:$APP_PORT/api/v1/achievements/export?format=csv")
  export_ms+=("$(( ($(date +%s%N) - export_start) / 1000000 ))")
  export_bytes=$(stat -c %s "$work/export.csv")
  if [ "$export_code" != 200 ]; then
    echo "export answered $export_code: $(head -c 400 "$work/export.csv")"
    echo "export answered $export_code: $(head -c 400 "$work/export.csv")" >> "$report"
    grep -iE 'error|timeout' "$work/app.log" | tail -5 || true
  fi
done
rss_after=$(ps -o rss= -p "$app_pid" | tr -d ' ')
echo "csv export of everything: ${export_bytes} bytes in ${export_ms[0]} ms (first), ${export_ms[1]} ms (second); RSS ${rss_before} KiB before, ${rss_after} KiB after"
{
  echo
  echo "CSV export of everything: ${export_bytes} bytes in ${export_ms[0]} ms the first time, ${export_ms[1]} ms the second."
  echo "RSS after the run: $((rss_after / 1024)) MiB (before the export: $((rss_before / 1024)) MiB)."
} >> "$report"
echo "wrote $report"
