#!/usr/bin/env bash
# This server against an earlier revision of itself, side by side in one run on one machine: the yardstick for a
# change that must not cost speed (a refactoring). Each revision is built in Release and gets its own database on the
# benchmark's PostgreSQL (bench/peer/pg-up.sh) with the same rows: its own migrations, the 2023 plan, six months of
# demo reports (deterministic). Then, for each question of bench/peer/queries/ours, both servers are loaded in turn,
# twice, in alternating order (A B B A), each load after its own warm-up; the figure is the mean of the two loads.
#
#   bench/ab.sh BASE_REV [HEAD_REV]        HEAD_REV defaults to the working tree
#
# One line per question: "ab <question> base_rps=… head_rps=… head/base=… base_p99=… head_p99=…".
# Env: BENCH_DIR (/tmp/wuzhong-bench), BENCH_C (10), BENCH_D (10), BENCH_WARMUP (10), BENCH_QUESTIONS (all).
# Needs what bench/peer/run.sh needs (it installs autocannon the same way). Not part of CI.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BASE_REV=${1:?usage: bench/ab.sh BASE_REV [HEAD_REV]}; HEAD_REV=${2:-}
BENCH_DIR=${BENCH_DIR:-/tmp/wuzhong-bench}
C=${BENCH_C:-10}; D=${BENCH_D:-10}; WARMUP=${BENCH_WARMUP:-10}
QUESTIONS=${BENCH_QUESTIONS:-"headline headline-varied grouped page compliance trend department-status"}
OUT="$BENCH_DIR/results/ab-$(date +%Y%m%dT%H%M%S)"
mkdir -p "$OUT" "$BENCH_DIR/node"
log() { echo "ab.sh: $*" >&2; }

cp "$HERE/peer/package.json" "$HERE/peer/package-lock.json" "$HERE/peer/load.mjs" "$BENCH_DIR/node/"
[ -f "$BENCH_DIR/node/node_modules/autocannon/package.json" ] || (cd "$BENCH_DIR/node" && npm ci --no-audit --no-fund --loglevel=error >&2)
NODE="$BENCH_DIR/node/node_modules/.bin/node"; [ -x "$NODE" ] || NODE=node

build() { # revision (empty: working tree) → output folder
  local rev=$1 out=$2 src=$ROOT
  if [ -n "$rev" ]; then
    src="$BENCH_DIR/ab-src-$rev"; rm -rf "$src"
    git -C "$ROOT" worktree add -f --detach "$src" "$rev" >/dev/null 2>&1
  fi
  dotnet build "$src/src/Api" -c Release -o "$out" -p:WuzhongInstallIde=false -v quiet -nologo >&2
  if [ -n "$rev" ]; then git -C "$ROOT" worktree remove --force "$src"; fi
}
build "$BASE_REV" "$BENCH_DIR/ab-base"
build "$HEAD_REV" "$BENCH_DIR/ab-head"

PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start() { # side port → waits until it answers
  local side=$1 port=$2 conn
  conn=$(DB="wuzhong_ab_$side" "$HERE/peer/pg-up.sh" 2>/dev/null | tail -1)
  local api=(dotnet "$BENCH_DIR/ab-$side/Wuzhong.Api.dll")
  export Database__Provider=PostgreSql ConnectionStrings__Wuzhong="$conn" Logging__LogLevel__Default=Warning
  "${api[@]}" migrate >/dev/null
  "${api[@]}" import "$ROOT/data/plans/wuzhong-2023.txt" >/dev/null
  "${api[@]}" seed-demo-reports --through 2023-06 >/dev/null
  Security__QueriesPerMinute=100000000 Auth__SigningKey=side-by-side-benchmark-signing-key-0123456789 \
    "${api[@]}" --urls "http://127.0.0.1:$port" >"$OUT/$side.log" 2>&1 &
  PIDS+=($!)
  unset Database__Provider ConnectionStrings__Wuzhong Logging__LogLevel__Default
  for _ in $(seq 600); do
    curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" && return 0
    sleep 0.1
  done
  log "$side did not start"; cat "$OUT/$side.log" >&2; exit 1
}
start base 5391
start head 5392

load() { # side question round
  local port=5391; [ "$1" = head ] && port=5392
  (cd "$BENCH_DIR/node" && "$NODE" load.mjs "http://127.0.0.1:$port/graphql" "$HERE/peer/queries/ours/$2.graphql" "$WARMUP" "$C") >/dev/null
  (cd "$BENCH_DIR/node" && "$NODE" load.mjs "http://127.0.0.1:$port/graphql" "$HERE/peer/queries/ours/$2.graphql" "$D" "$C") >"$OUT/$2.$1.$3.json"
}

for q in $QUESTIONS; do
  load base "$q" 1; load head "$q" 1; load head "$q" 2; load base "$q" 2
  python3 - "$OUT" "$q" <<'PY' | tee -a "$OUT/summary.txt"
import json, sys
out, q = sys.argv[1:]
def figures(side):
    runs = [json.load(open(f"{out}/{q}.{side}.{r}.json")) for r in (1, 2)]
    bad = sum(a.get("non2xx", 0) + a.get("errors", 0) + a.get("timeouts", 0) for a in runs)
    return sum(a["requests"]["average"] for a in runs) / 2, max(a["latency"]["p99"] for a in runs), bad
b, h = figures("base"), figures("head")
print(f"ab {q} base_rps={b[0]:.0f} head_rps={h[0]:.0f} head/base={h[0] / b[0]:.2f} base_p99={b[1]} head_p99={h[1]} errors={b[2]}/{h[2]}")
PY
done
log "raw results in $OUT"
