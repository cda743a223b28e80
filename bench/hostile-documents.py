#!/usr/bin/env python3
"""What one small hostile request costs a running server (issue 23): each document five times, fresh answers asked for
(Cache-Control: no-cache), the median and range printed with the status, codes and computed cost.

    dotnet run --project src/Api -- seed-demo-reports --through 2023-12
    dotnet run --project src/Api &
    python3 bench/hostile-documents.py http://127.0.0.1:5000
"""
import json, time, urllib.request, urllib.error
import sys
URL = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000") + "/graphql"
def post(body):
    req = urllib.request.Request(URL, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "GraphQL-Cost": "report", "Cache-Control": "no-cache", "Accept": "application/graphql-response+json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as r: status, answer = r.status, json.loads(r.read())
    except urllib.error.HTTPError as e: status, answer = e.code, json.loads(e.read())
    took = time.perf_counter() - t
    codes = sorted({(e.get("extensions") or {}).get("code") for e in answer.get("errors") or []} - {None})
    cost = (answer.get("extensions") or {}).get("operationCost", {}).get("fieldCost")
    return status, codes, cost, took
def fan(n):
    return "{ tasks(first: 1) { nodes { ...F0 } } } " + " ".join(f"fragment F{i} on WorkTask {{ ...F{i+1} ...F{i+1} }}" for i in range(n)) + f" fragment F{n} on WorkTask {{ number }}"
one = 'tasks { groupedAggregates(groupBy: [DEPARTMENT, DISTRICT, LEADER, STATUS]) { keys { department { name } } aggregates { count overdueCount } } }'
cases = [("warm-up", {"query": "{ tasks { totalCount } }"})] + [(f"fan-out {n}", {"query": fan(n)}) for n in (16, 18, 19, 30, 60)] + [
    ("introspection 5 deep", {"query": "{ __schema { types { interfaces { possibleTypes { interfaces { possibleTypes { interfaces { name } } } } } } } }"}),
    ("5 grouped, 4 dims", {"query": "{ " + " ".join(f"a{i}: {one}" for i in range(5)) + " }"}),
    ("20 grouped, 4 dims", {"query": "{ " + " ".join(f"a{i}: {one}" for i in range(20)) + " }"})]
for name, body in cases:
    runs = [post(body) for _ in range(5)]
    status, codes, cost, _ = runs[-1]
    times = sorted(r[3] for r in runs)
    print(f"{name}: status {status} {codes} cost {cost}; median {times[2]*1000:.0f} ms (min {times[0]*1000:.0f}, max {times[-1]*1000:.0f})")
