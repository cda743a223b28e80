#!/usr/bin/env bash
# Time to the first answers of a fresh process, plain build against the precompiled publish, on one database:
#   bench/cold-start.sh [rounds]      (default 2; each round starts each build once)
# Both builds go to $BENCH_DIR (/tmp/wuzhong-bench/cold); the database is the one the environment names
# (Database__Provider, ConnectionStrings__Wuzhong: migrate and import the plan first), else the SQLite default.
# Per start: seconds until { __typename } answers (polled every 20 ms) and until the headline question answers.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_DIR:-/tmp/wuzhong-bench}/cold
ROUNDS=${1:-2}
export Logging__LogLevel__Default=Warning Auth__SigningKey=${Auth__SigningKey:-cold-start-benchmark-signing-key-0123456789}
dotnet build "$ROOT/src/Api" -c Release -o "$OUT/build" -p:WuzhongInstallIde=false -v quiet -nologo >&2
dotnet publish "$ROOT/src/Api" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" -p:WuzhongInstallIde=false -v quiet -nologo >&2
origin=http://127.0.0.1:5394; url=$origin/graphql
headline=$(python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$ROOT/bench/peer/queries/ours/headline.graphql")
for _ in $(seq "$ROUNDS"); do
  for build in build publish; do
    started=$(date +%s.%N)
    dotnet "$OUT/$build/Wuzhong.Api.dll" --urls "$origin" >"$OUT/$build.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url"; do
      kill -0 "$pid" 2>/dev/null || { cat "$OUT/$build.log" >&2; exit 1; }
      sleep 0.02
    done
    ready=$(date +%s.%N)
    curl -sf -o /dev/null -H 'content-type: application/json' -H 'cache-control: no-cache' -d "$headline" "$url"
    answered=$(date +%s.%N)
    awk -v b="$build" -v s="$started" -v r="$ready" -v a="$answered" 'BEGIN { printf "cold-start %s ready_s=%.2f headline_s=%.2f\n", b, r - s, a - s }'
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
