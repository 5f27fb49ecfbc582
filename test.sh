#!/usr/bin/env bash
# The whole test suite: makes sure a MariaDB 10.11 server is reachable for the data/API tests (installs and starts
# a private one when needed), then runs ./mvnw -B verify and stops what it started.
#
# Use an existing server instead: STAFFCAST_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/staffcast_test
#   STAFFCAST_TEST_DB_USER=... STAFFCAST_TEST_DB_PASSWORD=...  (the user must be allowed to CREATE DATABASE).
# Extra arguments go to Maven, e.g. ./test.sh -pl forecasting
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/java-env.sh
. "$ROOT/scripts/java-env.sh"
staffcast_find_java || exit 1

DB_PORT="${STAFFCAST_TEST_DB_PORT:-33061}"
DB_DIR="$ROOT/target/mariadb-test"
STARTED_PID=""

say() { echo "test.sh: $*" >&2; }

db_reachable() {
  [ -n "${STAFFCAST_TEST_DB_URL:-}" ] || return 1
  local hostport="${STAFFCAST_TEST_DB_URL#jdbc:mariadb://}"
  hostport="${hostport%%/*}"
  local host="${hostport%%:*}" port="${hostport##*:}"
  [ "$port" = "$hostport" ] && port=3306
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

stop_db() {
  if [ -n "$STARTED_PID" ] && kill -0 "$STARTED_PID" 2>/dev/null; then
    say "stopping the test MariaDB (pid $STARTED_PID)"
    kill "$STARTED_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$STARTED_PID" 2>/dev/null || break; sleep 0.5; done
  fi
}

start_private_db() {
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    say "installing mariadb-server with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q mariadb-server >/dev/null
  fi
  local mariadbd; mariadbd="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
  # a server left over from an interrupted run on the same directory
  if [ -f "$DB_DIR/pid" ] && kill -0 "$(cat "$DB_DIR/pid")" 2>/dev/null; then
    kill "$(cat "$DB_DIR/pid")" 2>/dev/null || true; sleep 2
  fi
  rm -rf "$DB_DIR"; mkdir -p "$DB_DIR"
  say "initialising a private MariaDB in $DB_DIR on 127.0.0.1:$DB_PORT"
  mariadb-install-db --user=root --datadir="$DB_DIR/data" --auth-root-authentication-method=socket >"$DB_DIR/install.log" 2>&1 \
    || { cat "$DB_DIR/install.log" >&2; exit 1; }
  "$mariadbd" --no-defaults --user=root --datadir="$DB_DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$DB_DIR/sock" --pid-file="$DB_DIR/pid" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 --max-connections=300 \
    --log-error="$DB_DIR/error.log" &
  STARTED_PID=$!
  trap stop_db EXIT
  for _ in $(seq 1 120); do
    [ -S "$DB_DIR/sock" ] && mariadb --no-defaults --socket="$DB_DIR/sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$STARTED_PID" 2>/dev/null || { cat "$DB_DIR/error.log" >&2; echo "error: MariaDB did not start" >&2; exit 1; }
    sleep 0.5
  done
  mariadb --no-defaults --socket="$DB_DIR/sock" -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS staffcast_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'staffcast'@'127.0.0.1' IDENTIFIED BY 'staffcast';
CREATE USER IF NOT EXISTS 'staffcast'@'localhost' IDENTIFIED BY 'staffcast';
GRANT ALL PRIVILEGES ON *.* TO 'staffcast'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO 'staffcast'@'localhost';
FLUSH PRIVILEGES;
SQL
  export STAFFCAST_TEST_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/staffcast_test"
  export STAFFCAST_TEST_DB_USER=staffcast
  export STAFFCAST_TEST_DB_PASSWORD=staffcast
  say "MariaDB $(mariadb --no-defaults --socket="$DB_DIR/sock" -uroot -N -e 'SELECT VERSION()') ready"
}

if db_reachable; then
  say "using the MariaDB at $STAFFCAST_TEST_DB_URL"
else
  start_private_db
fi

./mvnw -B verify -Dstaffcast.requireMariaDb=true "$@"
