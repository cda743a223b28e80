#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL cluster for the benchmarks on 127.0.0.1:$PGPORT (Debian's server
# binaries; installed with apt-get when missing), creates the role and an empty database $DB (dropped first), and
# prints the Npgsql connection string. The cluster is left running for the next run; stop it with
#   runuser -u postgres -- /usr/lib/postgresql/*/bin/pg_ctl -D "$PGROOT/data" stop
set -euo pipefail
PGROOT=${PGROOT:-/tmp/wuzhong-bench/pg}; PGPORT=${PGPORT:-55440}; DB=${DB:-wuzhong_bench}
DBUSER=${DBUSER:-wz}; DBPASS=${DBPASS:-wzpass}
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PGBIN=$(pgbin || true)
if [ ! -x "${PGBIN:-/nonexistent}/initdb" ]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(pgbin)
fi
as_pg() { runuser -u postgres -- "$@"; }
mkdir -p "$PGROOT"; chown postgres:postgres "$PGROOT"
[ -s "$PGROOT/data/PG_VERSION" ] || as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1 || as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" \
  -l "$PGROOT/server.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c max_connections=200" start >/dev/null
PGHOST="$PGROOT" PGPORT=$PGPORT psql -X -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA >/dev/null <<SQL
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L CREATEDB','$DBUSER','$DBPASS') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='$DBUSER') \gexec
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)','$DB') \gexec
SELECT format('CREATE DATABASE %I OWNER %I','$DB','$DBUSER') \gexec
SQL
echo "Host=127.0.0.1;Port=$PGPORT;Database=$DB;Username=$DBUSER;Password=$DBPASS"
