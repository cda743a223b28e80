#!/usr/bin/env bash
# Median (and p95) latency of dashboard queries over real HTTP against the release build, on the 2023 plan (1×)
# and on 100 plans (100×: the 2023 plan and 99 synthetic plans of 108 tasks, 10,800 tasks in all), each with
# 12 months of demo reports (seed-demo-reports --through 2023-12).
# Usage: bench/query-latency.sh [requests per query, default 200]. Figures go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-200}
port=${PORT:-5391}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build src/Api -c Release -o "$work/api" -v quiet -nologo >/dev/null
api=("dotnet" "$work/api/Wuzhong.Api.dll")
"${api[@]}" generate-plans "$work/plans" 99 108 >/dev/null

headline='{"query":"query TasksOfDepartmentInTown { tasks(first: 1000, where: { departments: { some: { department: { name: { eq: \"资规分局\" } } } } districts: { some: { name: { eq: \"金庭镇\" } } } } order: [{ number: ASC }]) { totalCount nodes { number text latestStatus leadDepartments { name } latestReport { progressPercent summary period { label } } } } }"}'
led_by='{"query":"{ tasks(first: 50, where: { leadDepartments: { some: { name: { eq: \"水务局\" } } } }) { totalCount nodes { number text districts { name } leaders { name } } } }"}'
no_leader='{"query":"{ tasks(first: 50, where: { leaders: { any: false } }, order: [{ group: { number: DESC } }, { number: ASC }]) { totalCount nodes { number text } } }"}'
departments='{"query":"{ departments(first: 100) { nodes { name tasks(first: 5, role: LEAD) { totalCount nodes { number leaders { name } } } } } }"}'
compliance='{"query":"{ reportingCompliance(period: \"2023-06\") { rank department { name } expected onTime late missing onTimeRate } }"}'
grouped='{"query":"{ tasks { totalCount groupedAggregates(groupBy: [DEPARTMENT, STATUS], having: { count: { gte: 3 } }, order: [{ count: DESC }], first: 20) { keys { department { name } status } aggregates { count completedCount averageProgress } } } }"}'
trend='{"query":"{ tasks { totalCount groupedAggregates(groupBy: [PERIOD]) { keys { period { label } } aggregates { completedCount overdueCount averageProgress completionRate } } } }"}'
totals='{"query":"{ tasks { totalCount aggregates { count byStatus { status count } overdueCount lateReportCount averageProgress onTimeRate } } }"}'

measure() { # name body
  local name=$1 body=$2 times="$work/times"
  local rows
  rows=$(curl -s "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$body" | { grep -o '"totalCount":[0-9]*' || echo ':-'; } | head -1 | cut -d: -f2)
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$body"; done
  : > "$times"
  for _ in $(seq "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$body" >> "$times"
  done
  sort -n "$times" | awk -v name="$name" -v rows="$rows" -v n="$requests" -v scale="$scale" '
    { t[NR] = $1 * 1000 }
    END { printf "| %-4s | %-22s | %6s | %8.2f | %8.2f |\n", scale, name, rows, t[int((n + 1) / 2)], t[int(n * 0.95)] }'
}

run() { # scale, plan files to import
  scale=$1; shift
  local db="$work/$scale.db"
  "${api[@]}" import data/plans/wuzhong-2023.txt "$@" "--ConnectionStrings:Wuzhong=Data Source=$db" >/dev/null
  "${api[@]}" seed-demo-reports --through 2023-12 "--ConnectionStrings:Wuzhong=Data Source=$db" >/dev/null
  ConnectionStrings__Wuzhong="Data Source=$db" Logging__LogLevel__Default=Warning "${api[@]}" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/graphql?query=%7B__typename%7D" && break; sleep 0.2; done
  measure "headline (资规分局, 金庭镇)" "$headline"
  measure "led by 水务局" "$led_by"
  measure "no leader, 2-key order" "$no_leader"
  measure "departments + nested tasks" "$departments"
  measure "aggregates (all tasks)" "$totals"
  measure "grouped: department × status" "$grouped"
  measure "trend: 12 periods" "$trend"
  measure "compliance 2023-06" "$compliance"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

echo "$requests requests per query, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "| data | query                  |   rows | median ms | p95 ms |"
echo "| ---- | ---------------------- | -----: | --------: | -----: |"
run "1×"
run "100×" "$work"/plans/*.txt
