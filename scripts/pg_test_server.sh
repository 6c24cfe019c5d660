#!/usr/bin/env bash
# A throwaway PostgreSQL (+ PostGIS when installed) on 127.0.0.1 for the store tests.
#
# Idempotent: the first call runs initdb in $SITREP_PG_DIR (default ${TMPDIR:-/tmp}/sitrep-pg,
# never inside the repository), starts the server on a free loopback port and creates the
# database `sitrep_test`; later calls reuse the running server (or restart a stopped one).
# The last line of stdout is `export SITREP_TEST_PG=postgresql+psycopg://...`, so
#     eval "$(scripts/pg_test_server.sh)"
# sets the variable the tests read. `scripts/pg_test_server.sh stop` stops the server.
# Postgres refuses to run as root: as root, the cluster belongs to the `postgres` system user
# (created if missing). Authentication is `trust` on loopback only: a test server, no secrets.
set -euo pipefail

DIR="${SITREP_PG_DIR:-${TMPDIR:-/tmp}/sitrep-pg}"
DB="${SITREP_PG_DB:-sitrep_test}"

find_bin() {
  local name="$1" candidate
  for candidate in "$(command -v "$name" 2>/dev/null || true)" /usr/lib/postgresql/*/bin/"$name"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  echo "pg_test_server: $name not found; install Debian's postgresql (apt-get install -y postgresql)" >&2
  exit 1
}
INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"
PSQL="$(find_bin psql)"

if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" --shell /usr/sbin/nologin postgres
  as_pg() { runuser -u postgres -- "$@"; }
  mkdir -p "$DIR"
  chown postgres "$DIR"
else
  as_pg() { "$@"; }
  mkdir -p "$DIR"
fi
chmod 700 "$DIR"
DATA="$DIR/data"
LOG="$DIR/server.log"

if [ "${1:-}" = stop ]; then
  [ -f "$DATA/PG_VERSION" ] && as_pg "$PG_CTL" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

init() {
  as_pg "$INITDB" -D "$DATA" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
    >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
}
start() {
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  echo "$PORT" >"$DIR/port"
  # Sockets in the cluster folder: no need for a writable /var/run/postgresql. fsync off: tests.
  as_pg "$PG_CTL" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
}
answers() {
  [ -f "$DIR/port" ] && PGOPTIONS="-c client_min_messages=warning" as_pg "$PSQL" -h 127.0.0.1 \
    -p "$(cat "$DIR/port")" -U postgres -d postgres -qAt -c "SELECT 1" >/dev/null 2>&1
}

[ -f "$DATA/PG_VERSION" ] || init
if ! answers; then
  # Not running, or left for dead by an earlier session (a stale postmaster.pid, a zombie):
  # stop what can be stopped and start again; a cluster that still will not start is
  # thrown away and made anew (it only ever holds test data).
  as_pg "$PG_CTL" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -f "$DATA/postmaster.pid"
  if ! start; then
    rm -rf "$DATA"
    init
    start || { tail -20 "$LOG" >&2; exit 1; }
  fi
fi
PORT="$(cat "$DIR/port")"

psql_do() { PGOPTIONS="-c client_min_messages=warning" as_pg "$PSQL" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(psql_do -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  psql_do -d postgres -c "CREATE DATABASE $DB"
fi
# Extensions live in `public`, so the tests' per-test schemas (search_path <schema>,public) share them.
psql_do -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" >/dev/null
if [ -n "$(psql_do -d "$DB" -c "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")" ]; then
  psql_do -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public" >/dev/null
else
  echo "pg_test_server: PostGIS is not installed (apt-get install -y postgresql-15-postgis-3);" \
    "the PostGIS tests will be skipped" >&2
fi
echo "export SITREP_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
