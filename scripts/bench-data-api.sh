#!/usr/bin/env bash
# Benchmark of the data module and REST API: imports the contact history of a 2,000-agent site (5 queues x 2 years
# x 96 quarter-hours = 350,400 rows, 18 MB of CSV) through POST /api/v1/sites/{id}/history, reads it back, and runs a
# seasonal-naive forecast over all of it. Uses api/target/staffcast.jar (build it first) and the database in
# DATASOURCE_URL (default: a fresh embedded H2 file database in a temporary directory).
#   scripts/bench-data-api.sh
#   DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/bench DATASOURCE_USERNAME=u DATASOURCE_PASSWORD=p scripts/bench-data-api.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/java-env.sh"
staffcast_find_java || exit 1
JAR="$ROOT/api/target/staffcast.jar"
[ -f "$JAR" ] || { echo "error: $JAR missing: ./mvnw -pl api -am package -DskipTests" >&2; exit 1; }
WORK="$(mktemp -d -t staffcast-bench.XXXXXX)"
PORT="${BENCH_PORT:-18089}"
export DATASOURCE_URL="${DATASOURCE_URL:-jdbc:h2:file:$WORK/db;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "database: ${DATASOURCE_URL%%\;*}"
TOKEN="$(cd "$WORK" && "$JAVA" -jar "$JAR" token create --role ADMIN --name bench 2>/dev/null)"
(cd "$WORK" && exec "$JAVA" -Xmx2g -jar "$JAR" serve --port "$PORT" >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
api() { curl -sS -H "Authorization: Bearer $TOKEN" "$@"; }
J='Content-Type: application/json'
SITE="$(api -H "$J" -d '{"name":"Bench","timeZone":"Europe/Berlin"}' "http://127.0.0.1:$PORT/api/v1/sites" | sed -E 's/.*"id":([0-9]+).*/\1/')"
for q in 1 2 3 4 5; do
  api -H "$J" -d "{\"name\":\"queue$q\",\"channel\":\"VOICE\",\"target\":{\"serviceLevel\":0.8,\"seconds\":20}}" \
    "http://127.0.0.1:$PORT/api/v1/sites/$SITE/queues" >/dev/null
done
python3 - "$WORK/history.csv" <<'PY'
import sys, datetime, math, random
from zoneinfo import ZoneInfo
z = ZoneInfo("Europe/Berlin"); rnd = random.Random(1)
with open(sys.argv[1], "w") as f:
    f.write("queue,interval_start,offered,handled,abandoned,aht_seconds\n")
    for q in range(1, 6):
        day = datetime.date(2024, 1, 1)
        for d in range(730):
            start = datetime.datetime.combine(day, datetime.time(), z)
            t = start.astimezone(datetime.timezone.utc)
            nxt = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(), z).astimezone(datetime.timezone.utc)
            while t < nxt:
                h = t.astimezone(z).hour
                vol = max(0, int(40 * q * (0.2 + math.sin(math.pi * max(0, h - 6) / 14) ** 2) + rnd.gauss(0, 5)))
                f.write(f"queue{q},{t.astimezone(z).isoformat()},{vol},{vol},0,{180 + 10 * q}\n")
                t += datetime.timedelta(minutes=15)
            day += datetime.timedelta(days=1)
PY
ROWS=$(($(wc -l <"$WORK/history.csv") - 1))
echo "history: $ROWS rows, $(du -h "$WORK/history.csv" | cut -f1) CSV"
t0=$(now)
code=$(api -o "$WORK/import.json" -w '%{http_code}' -H 'Content-Type: text/csv' --data-binary @"$WORK/history.csv" \
  "http://127.0.0.1:$PORT/api/v1/sites/$SITE/history")
t1=$(now)
echo "import: HTTP $code in $(secs "$t0" "$t1") s ($(head -c 120 "$WORK/import.json"))"
[ "$code" = 200 ] || { cat "$WORK/import.json" >&2; exit 1; }
t0=$(now); api -o /dev/null "http://127.0.0.1:$PORT/api/v1/sites/$SITE/history"; t1=$(now)
echo "summary query (rows, first, last per queue): $(secs "$t0" "$t1") s"
t0=$(now)
RUN="$(api -H "$J" -d '{"model":"seasonal-naive","horizonDays":7}' "http://127.0.0.1:$PORT/api/v1/sites/$SITE/forecasts" \
  | sed -E 's/^\{"id":([0-9]+).*/\1/')"
case "$RUN" in ''|*[!0-9]*) echo "error: forecast not started: $RUN" >&2; exit 1;; esac
for _ in $(seq 1 1500); do
  api "http://127.0.0.1:$PORT/api/v1/sites/$SITE/forecasts/$RUN" | grep -qE '"status":"(SUCCEEDED|FAILED)"' && break
  sleep 0.2
done
t1=$(now)
echo "forecast run (load 350k rows + seasonal naive + 4-fold backtest + store): $(secs "$t0" "$t1") s, status $(api "http://127.0.0.1:$PORT/api/v1/sites/$SITE/forecasts/$RUN" | grep -oE '"status":"[A-Z]+"')"
grep -E "forecast run .* failed" "$WORK/server.log" | head -3 || true
t0=$(now); code=$(api -o /dev/null -w '%{http_code}' -H 'Content-Type: text/csv' --data-binary @"$WORK/history.csv" \
  "http://127.0.0.1:$PORT/api/v1/sites/$SITE/history"); t1=$(now)
echo "re-import of the same rows (replace): HTTP $code in $(secs "$t0" "$t1") s"
echo "uptime: $(uptime)"
