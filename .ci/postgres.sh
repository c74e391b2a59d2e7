#!/usr/bin/env bash
# Sourced by .ci/run: starts a throw-away PostgreSQL server for `npm run test:pg`
# and exports SOKAN_TEST_DATABASE_URL; the server and its files go at exit.
# Installs Debian's postgresql (with contrib: pg_trgm) when no server binaries
# are found. Works as root (the server runs as the `postgres` user, or a user
# made for it) and as an ordinary user. Each run uses a new folder and a free
# port, so it can run again, and beside another cluster.

find_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && [ -x "$d/postgres" ]; then PG_BIN="$d"; fi
  done
  [ -n "${PG_BIN:-}" ]
}

PG_BIN=""
if ! find_pg_bin; then
  echo "installing Debian's postgresql for the PostgreSQL test run"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  if ! { $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y postgresql postgresql-contrib; }; then
    echo "error: apt-get install postgresql failed; the PostgreSQL tests cannot run" >&2
    exit 1
  fi
  if ! find_pg_bin; then
    echo "error: postgresql installed but no pg_ctl/initdb/postgres under /usr/lib/postgresql/*/bin" >&2
    exit 1
  fi
fi
echo "PostgreSQL: $("$PG_BIN/postgres" --version)"

# postgres refuses to run as root: run it as `postgres` (made by the Debian package) or a user made here.
PG_AS=()
if [ "$(id -u)" -eq 0 ]; then
  PG_USER=postgres
  if ! id "$PG_USER" >/dev/null 2>&1; then
    PG_USER=sokan-pg
    id "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
  fi
  PG_AS=(runuser -u "$PG_USER" --)
fi

PG_DIR="$(mktemp -d /tmp/sokan-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then chown "$PG_USER" "$PG_DIR"; fi
PG_PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop_postgres() {
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

# A UTF-8 LC_CTYPE lets pg_trgm index kana and kanji (see docs/scaling.md).
"${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
  { cat "$PG_DIR/initdb.log" >&2; exit 1; }
# Durability off: the cluster lives for one test run.
"${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$PG_DIR/server.log" >&2; exit 1; }
# The tests connect as an ordinary role that may create databases (each test makes its own).
"${PG_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "create role sokan login createdb" >/dev/null
export SOKAN_TEST_DATABASE_URL="postgres://sokan@127.0.0.1:$PG_PORT/postgres"
echo "PostgreSQL test server on 127.0.0.1:$PG_PORT ($PG_DIR)"
