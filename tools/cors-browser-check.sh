#!/usr/bin/env bash
# Checks CORS from a real browser: a page served from another origin (127.0.0.1:18291) fetches the API
# (127.0.0.1:18290) in headless Chromium, including a request that needs a preflight, and prints what it saw.
# Needs Debian's chromium and python3; by hand, not in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); app=""; web=""
trap '[ -n "$app" ] && kill $app; [ -n "$web" ] && kill $web; rm -rf "$work"' EXIT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
QUARKUS_HTTP_PORT=18290 QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:mem:cors;DB_CLOSE_DELAY=-1" java -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:18290/q/health/ready && break; sleep 0.5; done
cat > "$work/index.html" <<'HTML'
<!doctype html><html><body><pre id="out">pending</pre><script>
const api = 'http://127.0.0.1:18290/api/v1';
Promise.all([
  fetch(api + '/achievements/gv-971').then(r => r.json().then(j => 'simple GET ' + r.status + ' ' + j.id + ' etag=' + r.headers.get('ETag'))),
  fetch(api + '/search?q=xuelong', {headers: {'Accept-Language': 'en', 'X-Request-Id': 'browser-check-1'}})
    .then(r => r.json().then(j => 'preflighted GET ' + r.status + ' ' + j.items[0].id + ' link=' + (r.headers.get('Link') !== null)))
]).then(lines => document.getElementById('out').textContent = lines.join('\n'))
  .catch(e => document.getElementById('out').textContent = 'FAILED ' + e);
</script></body></html>
HTML
(cd "$work" && exec python3 -m http.server 18291 --bind 127.0.0.1) > /dev/null 2>&1 &
web=$!
sleep 1
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --virtual-time-budget=5000 \
  --dump-dom http://127.0.0.1:18291/index.html 2>/dev/null | tr "\n" " " | sed -n "s/.*<pre id=\"out\">\(.*\)<\/pre>.*/\1\n/p"
