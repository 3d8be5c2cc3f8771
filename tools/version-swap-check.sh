#!/usr/bin/env bash
# Two instances on one PostgreSQL, a rolling update between them (issue 11): instance A writes release 1 and
# serves it, instance B starts on the same database and serves release 1 without writing; A is replaced by an
# instance with a changed seed, which writes release 2; meanwhile B is polled ten times a second. It checks that
# B's readiness never drops, that every response of B names one version and carries that version's data (the
# header and the body agree), and that B serves release 2 within 5 seconds of A' committing it.
# Needs psql as a superuser on 127.0.0.1:5432 (to create the database and its role) and target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
db=catalogue_swap pa=${PORT_A:-18381} pb=${PORT_B:-18391} limit_ms=${SWAP_LIMIT_MS:-5000}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
  -c "drop database if exists $db" -c "drop role if exists $db" \
  -c "create role $db login nosuperuser nocreatedb nocreaterole" -c "create database $db owner $db"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# release 2: the same seed with one record renamed
mkdir -p "$work/v1" "$work/v2"
cp src/main/resources/seed/*.json "$work/v1/"
cp src/main/resources/seed/*.json "$work/v2/"
sed -i '0,/"en": "/s//"en": "Renamed in release 2: /' "$work/v2/achievements.json"
id=$(grep -m1 -o '"id": "[^"]*"' "$work/v1/achievements.json" | cut -d'"' -f4)
start() { # name port seed-dir
  (cd "$work" && exec env QUARKUS_HTTP_PORT="$2" QUARKUS_MANAGEMENT_PORT="$(($2 + 1))" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=$db \
    CATALOGUE_SEED_LOCATION="$3" CATALOGUE_READ_MODEL_INDEX_DIRECTORY="$work/indexes-$1" \
    CATALOGUE_RATE_LIMIT_ENABLED=false CATALOGUE_ACCESS_LOG_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java -Xmx512m -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar") > "$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "version-swap-check: instance $1 did not become ready" >&2; tail -30 "$work/$1.log" >&2; exit 1
}
version() { curl -sf -D - -o /dev/null "http://127.0.0.1:$1/api/v1/meta" | tr -d '\r' | sed -n 's/^[Dd]ataset-[Vv]ersion: //p'; }
now_ms() { date +%s%3N; }

start a "$pa" "$work/v1"; a_pid=${pids[-1]}
v1=$(version "$pa")
start b "$pb" "$work/v1"
[ "$(version "$pb")" = "$v1" ] || { echo "B does not serve A's release $v1" >&2; exit 1; }
grep -q "already in the database" "$work/b.log" \
  || { echo "B did not find release 1 in the database:" >&2; grep -i seed "$work/b.log" >&2; exit 1; }
echo "release 1 ($v1) served by A and B"

# poll B: readiness, and for each response the version header against the body
: > "$work/poll.txt"
(
  while [ ! -f "$work/stop" ]; do
    r=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$pb/q/health/ready") || r=000
    resp=$(curl -s -D - "http://127.0.0.1:$pb/api/v1/achievements/$id" | tr -d '\r') || resp=
    v=$(printf '%s\n' "$resp" | sed -n 's/^[Dd]ataset-[Vv]ersion: //p' | head -n 1)
    renamed=no; printf '%s' "$resp" | grep -q 'Renamed in release 2: ' && renamed=yes
    echo "$(now_ms) $r $v $renamed" >> "$work/poll.txt"
    sleep 0.1
  done
) &
pids+=($!)
sleep 1
kill "$a_pid"; wait "$a_pid" 2>/dev/null || true
start a2 "$pa" "$work/v2"
committed=$(now_ms) # A' is ready: release 2 is committed (it was written before readiness)
v2=$(version "$pa")
[ "$v2" != "$v1" ] || { echo "A' did not write a new release" >&2; exit 1; }
for _ in $(seq 1 100); do
  [ "$(version "$pb")" = "$v2" ] && break
  sleep 0.1
done
sleep 1
touch "$work/stop"; sleep 0.5

fail=0
if awk '$2 != 200' "$work/poll.txt" | grep -q .; then
  echo "B's readiness dropped during the update:" >&2; awk '$2 != 200' "$work/poll.txt" | head >&2; fail=1
fi
if awk -v v1="$v1" -v v2="$v2" '!(($3 == v1 && $4 == "no") || ($3 == v2 && $4 == "yes"))' "$work/poll.txt" | grep -q .; then
  echo "B answered with a version header that does not match its body, or no version:" >&2
  awk -v v1="$v1" -v v2="$v2" '!(($3 == v1 && $4 == "no") || ($3 == v2 && $4 == "yes"))' "$work/poll.txt" | head >&2
  fail=1
fi
first=$(awk -v v2="$v2" '$3 == v2 { print $1; exit }' "$work/poll.txt")
if [ -z "$first" ]; then
  echo "B never served release 2 ($v2)" >&2; tail -20 "$work/b.log" >&2; exit 1
fi
# A' logs when it committed; readiness came after that, so the measured lag is an upper bound
lag=$((first - committed))
[ "$lag" -lt 0 ] && lag=0
polls=$(wc -l < "$work/poll.txt")
echo "release 2 ($v2) served by B at most ${lag} ms after A' was ready; $polls polls of B, all ready, each one version"
[ "$lag" -le "$limit_ms" ] || { echo "B took longer than $limit_ms ms to serve release 2" >&2; fail=1; }
# an integrator syncing from B: a full copy from nothing, and a copy of release 1 brought to release 2 (issue 13)
for since in 0 1; do
  java -cp 'target/quarkus-app/lib/main/*' tools/SyncCheck.java "http://127.0.0.1:$pb" "$since" 2> >(grep -v '^Note:' >&2) || fail=1
done
exit $fail
