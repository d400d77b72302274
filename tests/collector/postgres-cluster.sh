#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the Postgres tests of the collector kit.
#
#   eval "$(bash tests/collector/postgres-cluster.sh start)"    # exports HEARKEN_TEST_DATABASE_URL, HEARKEN_TEST_PG_DIR
#   npx vitest run tests/collector
#   bash tests/collector/postgres-cluster.sh stop "$HEARKEN_TEST_PG_DIR"
#
# Installs Debian's postgresql when no server binaries are found. The cluster lives in a temporary folder, listens on
# 127.0.0.1 at a free port, trusts local connections, and runs as the `postgres` user when started by root.
# Everything but the export lines goes to stderr.
set -euo pipefail

# (none found is an empty answer, not a failure: under pipefail a failing `ls` would end the script before it installs)
find_bin() { { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1; }

as_owner() {
  # (from /: the postgres user may not enter the directory this runs in, which psql and initdb say on stderr)
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

start() {
  local bin
  bin="$(find_bin)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres-cluster: installing Debian's postgresql" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin="$(find_bin)"
  fi
  local dir port
  dir="$(mktemp -d /tmp/hearken-pg.XXXXXX)"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
  echo "export HEARKEN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
  echo "export HEARKEN_TEST_PG_DIR=$dir"
}

stop() {
  local dir="${1:-}"
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "postgres-cluster: no cluster at '$dir'" >&2; return 0; }
  as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
