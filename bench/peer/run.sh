#!/usr/bin/env bash
# Side by side on one PostgreSQL: PostGraphile 5 (+connection-filter, +pg-aggregates) and this server (Release),
# the same data, the same questions, the same load; with the prepared-SQL rate of hand-written SQL as the floor.
#
#   bench/peer/run.sh [scale ...]        default: 1 100
#
# For each scale: a throwaway PostgreSQL database (pg-up.sh) gets this server's schema (migrate), the 2023 plan and
# scale-1 copies of it under other document codes (吴政发〔2023〕1002号 …; import), six months of demo reports (seed-demo-reports), and
# PostGraphile's normalised schema "peer" filled from the same rows (peer-schema.sql). Both servers start; check.py
# compares their answers (the run stops if they differ); then each question is loaded on each server (load.mjs:
# autocannon, BENCH_C connections, BENCH_WARMUP s discarded, then BENCH_D s measured) and its hand-written SQL with
# pgbench -M prepared (queries/sql). This server is loaded twice: as it runs (its response cache on, the default) and
# with every request asking for a fresh answer (Cache-Control: no-cache: each answer computed, as before the cache).
# Then a second process of this server starts on the same database and invalidation.mjs measures, over 20 reports
# submitted to the first, the time from the commit's acknowledgement until the second no longer serves the old answer,
# and until its SSE subscriber hears of it. Last, each server is restarted and loaded with the headline question for
# the first 10 s after it answers (cold start). One line per question:
#   bench <question> scale=<n> postgraphile_rps=… p50=… p99=… ours_rps=… p50=… p99=… ratio=… ours_uncached_rps=… p50=… p99=…
#         uncached_ratio=… sql_prepared_tps=… uncached/sql=…
# Needs PostgreSQL's server binaries (installed with apt-get when missing), python3, the .NET SDK and npm (node@22,
# PostGraphile and autocannon are installed from package-lock.json into $BENCH_DIR). Not part of CI.
#
# With BENCH_SQLITE=1 (the default) this server then answers the same questions on the embedded SQLite with the same
# plans and reports, cached and computed: "bench <question> scale=<n> sqlite_rps=… postgresql_rps=… sqlite/postgresql=…
# … sqlite_uncached_rps=… postgresql_uncached_rps=… uncached_sqlite/postgresql=…".
#
# Env: BENCH_DIR (/tmp/wuzhong-bench), BENCH_C (10), BENCH_D (10), BENCH_WARMUP (30), BENCH_SQLITE (1), BENCH_INVALIDATION (1),
#      BENCH_QUESTIONS ("headline headline-varied grouped page compliance trend department-status standing-filter standing-sort
#      parents-ranked report-aggregates quarters").
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/wuzhong-bench}
C=${BENCH_C:-10}; D=${BENCH_D:-10}; WARMUP=${BENCH_WARMUP:-30}
QUESTIONS=${BENCH_QUESTIONS:-"headline headline-varied grouped page compliance trend department-status standing-filter standing-sort parents-ranked report-aggregates quarters"}
if [ $# -eq 0 ]; then SCALES=(1 100); else SCALES=("$@"); fi
OURS="http://127.0.0.1:5390/graphql"; PEER="http://127.0.0.1:5678/graphql"
OUT="$BENCH_DIR/results/$(date +%Y%m%dT%H%M%S)"
mkdir -p "$OUT" "$BENCH_DIR/node"
log() { echo "run.sh: $*" >&2; }

# --- tools: PostGraphile, Node 22, autocannon (pinned in package-lock.json); this server in Release ----------------
cp "$HERE/package.json" "$HERE/package-lock.json" "$HERE/graphile.config.mjs" "$HERE/load.mjs" "$BENCH_DIR/node/"
if [ ! -f "$BENCH_DIR/node/node_modules/postgraphile/package.json" ]; then
  (cd "$BENCH_DIR/node" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
NODE="$BENCH_DIR/node/node_modules/.bin/node"
log "node $("$NODE" --version), postgraphile $("$NODE" -p "require('$BENCH_DIR/node/node_modules/postgraphile/package.json').version")"
# The build a deployment runs (docs/manual/performance.md): published for this machine's runtime, so precompiled.
dotnet publish "$ROOT/src/Api" -c Release -r linux-x64 --self-contained false -o "$BENCH_DIR/api" -p:WuzhongInstallIde=false \
  -v quiet -nologo >&2
API=(dotnet "$BENCH_DIR/api/Wuzhong.Api.dll")

OURS_PID=""; PEER_PID=""; SECOND_PID=""
stop() { # pid variable name
  local pid=${!1}
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  printf -v "$1" '%s' ""
}
trap 'stop OURS_PID; stop PEER_PID; stop SECOND_PID' EXIT
trap 'exit 130' INT TERM

ready() { # url → seconds until { __typename } answers
  local started=$1 url=$2
  for _ in $(seq 600); do
    if curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url"; then
      awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $started }"; return 0
    fi
    sleep 0.05
  done
  return 1
}

start_ours() {
  local started; started=$(date +%s.%N)
  env Database__Provider=PostgreSql ConnectionStrings__Wuzhong="$CONN" Logging__LogLevel__Default=Warning \
    Security__QueriesPerMinute=100000000 Auth__SigningKey=side-by-side-benchmark-signing-key-0123456789 \
    "${API[@]}" --urls "http://127.0.0.1:5390" >"$OUT/ours-$SCALE.log" 2>&1 &
  OURS_PID=$!
  OURS_READY=$(ready "$started" "$OURS") || { log "this server did not start:"; cat "$OUT/ours-$SCALE.log" >&2; exit 1; }
}

start_peer() {
  local started; started=$(date +%s.%N)
  (cd "$BENCH_DIR/node" && exec env GRAPHILE_ENV=production NODE_ENV=production PEER_SCHEMA=peer PEER_GQL_PORT=5678 \
    PEER_DATABASE_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" \
    "$NODE" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) >"$OUT/postgraphile-$SCALE.log" 2>&1 &
  PEER_PID=$!
  PEER_READY=$(ready "$started" "$PEER") || { log "PostGraphile did not start:"; cat "$OUT/postgraphile-$SCALE.log" >&2; exit 1; }
}

load() { # url document seconds out.json [fresh: 1 asks for fresh answers]
  (cd "$BENCH_DIR/node" && BENCH_FRESH=${5:-0} "$NODE" load.mjs "$1" "$2" "$3" "$C") >"$4"
}

figures() { # autocannon json → "rps p50 p99 non2xx"
  python3 -c "import json,sys; a=json.load(open(sys.argv[1])); print(f\"{a['requests']['average']:.0f} {a['latency']['p50']} {a['latency']['p99']} {a.get('non2xx', 0) + a.get('errors', 0) + a.get('timeouts', 0)}\")" "$1"
}

pgbench_tps() { # sql file, search path
  PGOPTIONS="-c search_path=$2" pgbench -n -M prepared -c "$C" -T "$D" -f "$1" >"$OUT/$(basename "$1" .sql)-$SCALE.pgbench.txt" 2>&1 || true
  sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$OUT/$(basename "$1" .sql)-$SCALE.pgbench.txt" | awk '{ printf "%.0f", $1 }'
}

for SCALE in "${SCALES[@]}"; do
  # --- data ---------------------------------------------------------------------------------------------------------
  CONN=$(DB=wuzhong_bench "$HERE/pg-up.sh" 2>/dev/null | tail -1)
  field() { tr ';' '\n' <<<"$CONN" | sed -n "s/^$1=//p"; }
  export PGHOST=$(field Host) PGPORT=$(field Port) PGDATABASE=$(field Database) PGUSER=$(field Username) PGPASSWORD=$(field Password)
  rm -rf "$BENCH_DIR/plans" && mkdir -p "$BENCH_DIR/plans"
  plans=("$ROOT/data/plans/wuzhong-2023.txt")
  for k in $(seq 2 "$SCALE"); do
    copy="$BENCH_DIR/plans/wuzhong-2023-$(printf %03d "$k").txt"
    sed "s/吴政发〔2023〕2号/吴政发〔2023〕$((1000 + k))号/" "$ROOT/data/plans/wuzhong-2023.txt" >"$copy"
    plans+=("$copy")
  done
  export Database__Provider=PostgreSql ConnectionStrings__Wuzhong="$CONN" Logging__LogLevel__Default=Warning
  "${API[@]}" migrate >/dev/null
  "${API[@]}" import "${plans[@]}" >"$OUT/import-$SCALE.txt"
  "${API[@]}" seed-demo-reports --through 2023-06 >&2
  unset Database__Provider ConnectionStrings__Wuzhong Logging__LogLevel__Default
  psql -X -q -v ON_ERROR_STOP=1 -f "$HERE/peer-schema.sql" >/dev/null 2>"$OUT/peer-schema-$SCALE.txt"
  log "scale $SCALE: $(psql -X -Atc 'select count(*) from peer.work_task') tasks, $(psql -X -Atc 'select count(*) from peer.progress_report') reports, PostgreSQL $(psql -X -Atc 'show server_version')"

  # --- both servers, their answers ----------------------------------------------------------------------------------
  start_peer; start_ours
  log "ready: postgraphile ${PEER_READY}s, this server ${OURS_READY}s"
  python3 "$HERE/check.py" "$OURS" "$PEER" | tee "$OUT/check-$SCALE.txt" >&2 || { log "the answers differ: not loading"; exit 1; }

  # --- load ----------------------------------------------------------------------------------------------------------
  for q in $QUESTIONS; do
    peer_doc="$HERE/queries/postgraphile/$q.graphql"; ours_doc="$HERE/queries/ours/$q.graphql"
    peer_figures="- - - -"
    if [ -f "$peer_doc" ]; then
      load "$PEER" "$peer_doc" "$WARMUP" /dev/null
      load "$PEER" "$peer_doc" "$D" "$OUT/$q-$SCALE.postgraphile.json"
      peer_figures=$(figures "$OUT/$q-$SCALE.postgraphile.json")
    fi
    load "$OURS" "$ours_doc" "$WARMUP" /dev/null
    load "$OURS" "$ours_doc" "$D" "$OUT/$q-$SCALE.ours.json"
    ours_figures=$(figures "$OUT/$q-$SCALE.ours.json")
    load "$OURS" "$ours_doc" "$WARMUP" /dev/null 1
    load "$OURS" "$ours_doc" "$D" "$OUT/$q-$SCALE.ours-uncached.json" 1
    uncached_figures=$(figures "$OUT/$q-$SCALE.ours-uncached.json")
    path=public; [ -f "$peer_doc" ] && path=peer
    sql_tps=$(pgbench_tps "$HERE/queries/sql/$q.sql" "$path")
    read -r p_rps p_p50 p_p99 p_bad <<<"$peer_figures"
    read -r o_rps o_p50 o_p99 o_bad <<<"$ours_figures"
    read -r u_rps u_p50 u_p99 u_bad <<<"$uncached_figures"
    python3 - "$q" "$SCALE" "$p_rps" "$p_p50" "$p_p99" "$o_rps" "$o_p50" "$o_p99" "${sql_tps:-0}" "$p_bad" "$o_bad" "$u_rps" "$u_p50" "$u_p99" "$u_bad" <<'PY' | tee -a "$OUT/summary.txt"
import sys
q, scale, p_rps, p_p50, p_p99, o_rps, o_p50, o_p99, sql, p_bad, o_bad, u_rps, u_p50, u_p99, u_bad = sys.argv[1:]
ratio = lambda ours: f"{float(ours) / float(p_rps):.2f}" if p_rps != "-" else "-"
of_sql = f"{float(u_rps) / float(sql):.2f}" if float(sql) > 0 else "-"
print(f"bench {q} scale={scale} postgraphile_rps={p_rps} p50={p_p50} p99={p_p99} ours_rps={o_rps} p50={o_p50} p99={o_p99} "
      f"ratio={ratio(o_rps)} ours_uncached_rps={u_rps} p50={u_p50} p99={u_p99} uncached_ratio={ratio(u_rps)} "
      f"sql_prepared_tps={sql} uncached/sql={of_sql} errors={p_bad}/{o_bad}/{u_bad}")
PY
  done
  log "this server's resident memory after the load: $(( $(ps -o rss= -p "$OURS_PID") / 1024 )) MB"

  # --- invalidation: a commit on this server, the answer of a second process on the same database -----------------------
  if [ "${BENCH_INVALIDATION:-1}" = 1 ]; then
    SECOND="http://127.0.0.1:5391/graphql"
    env Database__Provider=PostgreSql ConnectionStrings__Wuzhong="$CONN" Logging__LogLevel__Default=Warning \
      Security__QueriesPerMinute=100000000 Security__MutationsPerMinute=100000000 Auth__SigningKey=side-by-side-benchmark-signing-key-0123456789 \
      "${API[@]}" --urls "http://127.0.0.1:5391" >"$OUT/second-$SCALE.log" 2>&1 &
    SECOND_PID=$!
    ready "$(date +%s.%N)" "$SECOND" >/dev/null || { log "the second process did not start"; cat "$OUT/second-$SCALE.log" >&2; exit 1; }
    token=$(env Database__Provider=PostgreSql ConnectionStrings__Wuzhong="$CONN" Logging__LogLevel__Default=Warning \
      Auth__SigningKey=side-by-side-benchmark-signing-key-0123456789 "${API[@]}" issue-token --role supervisor | tail -1)
    read -r task department < <(curl -sf -H 'content-type: application/json' "$OURS" -d '{"query":"{ tasks(first: 1, order: [{ number: ASC }]) { nodes { id departments { department { id } } } } }"}' |
      python3 -c 'import json, sys; n = json.load(sys.stdin)["data"]["tasks"]["nodes"][0]; print(n["id"], n["departments"][0]["department"]["id"])')
    (cd "$BENCH_DIR/node" && "$NODE" "$HERE/invalidation.mjs" "$OURS" "$SECOND" "$token" "$task" "$department" 20) | sed "s/^bench invalidation/bench invalidation scale=$SCALE/" | tee -a "$OUT/summary.txt"
    stop SECOND_PID
  fi

  # --- cold start: the first 10 s after each server answers ------------------------------------------------------------
  stop OURS_PID; start_ours
  load "$OURS" "$HERE/queries/ours/headline.graphql" 10 "$OUT/cold-$SCALE.ours.json"
  stop PEER_PID; start_peer
  load "$PEER" "$HERE/queries/postgraphile/headline.graphql" 10 "$OUT/cold-$SCALE.postgraphile.json"
  read -r p_rps p_p50 p_p99 _ <<<"$(figures "$OUT/cold-$SCALE.postgraphile.json")"
  read -r o_rps o_p50 o_p99 _ <<<"$(figures "$OUT/cold-$SCALE.ours.json")"
  echo "bench cold-start scale=$SCALE postgraphile_ready_s=$PEER_READY rps_first_10s=$p_rps p99=$p_p99 ours_ready_s=$OURS_READY rps_first_10s=$o_rps p99=$o_p99" | tee -a "$OUT/summary.txt"
  stop OURS_PID; stop PEER_PID

  # --- the same questions on the embedded SQLite (same plans and reports), this server alone ----------------------------
  if [ "${BENCH_SQLITE:-1}" = 1 ]; then
    sqlite="Data Source=$BENCH_DIR/sqlite-$SCALE.db"
    rm -f "$BENCH_DIR/sqlite-$SCALE.db"*
    env ConnectionStrings__Wuzhong="$sqlite" Logging__LogLevel__Default=Warning "${API[@]}" import "${plans[@]}" >/dev/null
    env ConnectionStrings__Wuzhong="$sqlite" Logging__LogLevel__Default=Warning "${API[@]}" seed-demo-reports --through 2023-06 >&2
    started=$(date +%s.%N)
    env ConnectionStrings__Wuzhong="$sqlite" Logging__LogLevel__Default=Warning Security__QueriesPerMinute=100000000 \
      Auth__SigningKey=side-by-side-benchmark-signing-key-0123456789 "${API[@]}" --urls "http://127.0.0.1:5390" >"$OUT/sqlite-$SCALE.log" 2>&1 &
    OURS_PID=$!
    SQLITE_READY=$(ready "$started" "$OURS") || { log "this server did not start on SQLite:"; cat "$OUT/sqlite-$SCALE.log" >&2; exit 1; }
    for q in $QUESTIONS; do
      load "$OURS" "$HERE/queries/ours/$q.graphql" "$WARMUP" /dev/null
      load "$OURS" "$HERE/queries/ours/$q.graphql" "$D" "$OUT/$q-$SCALE.sqlite.json"
      read -r s_rps s_p50 s_p99 s_bad <<<"$(figures "$OUT/$q-$SCALE.sqlite.json")"
      o_rps=$(figures "$OUT/$q-$SCALE.ours.json" | cut -d' ' -f1)
      # Computed answers too (Cache-Control: no-cache), against PostgreSQL's computed ones: the database's own work.
      load "$OURS" "$HERE/queries/ours/$q.graphql" "$WARMUP" /dev/null 1
      load "$OURS" "$HERE/queries/ours/$q.graphql" "$D" "$OUT/$q-$SCALE.sqlite-uncached.json" 1
      read -r su_rps su_p50 su_p99 su_bad <<<"$(figures "$OUT/$q-$SCALE.sqlite-uncached.json")"
      ou_rps=$(figures "$OUT/$q-$SCALE.ours-uncached.json" | cut -d' ' -f1)
      echo "bench $q scale=$SCALE sqlite_rps=$s_rps p50=$s_p50 p99=$s_p99 postgresql_rps=$o_rps sqlite/postgresql=$(awk "BEGIN { printf \"%.2f\", $s_rps / $o_rps }") errors=$s_bad" \
        "sqlite_uncached_rps=$su_rps p50=$su_p50 p99=$su_p99 postgresql_uncached_rps=$ou_rps uncached_sqlite/postgresql=$(awk "BEGIN { printf \"%.2f\", $su_rps / $ou_rps }") errors=$su_bad" | tee -a "$OUT/summary.txt"
    done
    log "SQLite: ready in ${SQLITE_READY}s"
    stop OURS_PID
  fi
done
log "raw results in $OUT"
