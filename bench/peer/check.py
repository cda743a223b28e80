"""Checks that this server and PostGraphile give the same answers to the benchmark's questions before either is loaded.

    python3 check.py OURS_URL POSTGRAPHILE_URL
Exit code 1 (and the differences) when an answer differs; prints one line per question otherwise.
"""
import json
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent


def ask(url, name, server, variables=None):
    query = (HERE / "queries" / server / f"{name}.graphql").read_text(encoding="utf-8")
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, body, {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise SystemExit(f"{server} {name}: {answer['errors']}")
    return answer["data"]


def headline(ours, theirs):
    a = [(n["number"], n["text"], [d["name"] for d in n["leadDepartments"]]) for n in ours["tasks"]["nodes"]]
    b = [(n["number"], n["text"], [d["department"]["name"] for d in n["leadDepartments"]["nodes"]]) for n in theirs["allWorkTasks"]["nodes"]]
    return a, b


def grouped(ours, theirs):
    # PostGraphile groups the link table, so tasks without a leader are not a group there.
    a = sorted((g["keys"]["leader"]["name"], g["aggregates"]["count"]) for g in ours["tasks"]["groupedAggregates"] if g["keys"]["leader"])
    names = {l["rowId"]: l["name"] for l in theirs["allLeaders"]["nodes"]}
    b = sorted((names[int(g["keys"][0])], int(g["distinctCount"]["taskId"])) for g in theirs["allTaskLeaders"]["groupedAggregates"])
    return a, b


def page(ours, theirs):
    a = [(n["number"], n["text"], [(d["department"]["name"], d["isLead"]) for d in n["departments"]], [d["name"] for d in n["districts"]],
          [l["name"] for l in n["leaders"]]) for n in ours["tasks"]["nodes"]]
    b = [(n["number"], n["text"], [(d["department"]["name"], d["isLead"]) for d in n["taskDepartments"]["nodes"]],
          [d["district"]["name"] for d in n["taskDistricts"]["nodes"]], [l["leader"]["name"] for l in n["taskLeaders"]["nodes"]])
         for n in theirs["allWorkTasks"]["nodes"]]
    return a, b


def main(ours_url, theirs_url):
    failed = False
    checks = [("headline", headline, None), ("grouped", grouped, None), ("page", page, None)]
    checks += [("headline-varied", headline, {"department": d, "district": x})
               for d, x in [("水务局", "甪直镇"), ("住建局", "木渎镇"), ("农业农村局", "东山镇")]]
    for name, compare, variables in checks:
        a, b = compare(ask(ours_url, name, "ours", variables), ask(theirs_url, name, "postgraphile", variables))
        same = a == b
        failed |= not same
        print(f"check {name}{' ' + json.dumps(variables, ensure_ascii=False) if variables else ''}: {len(a)} rows, {'same answer' if same else 'DIFFERENT'}")
        if not same:
            print(f"  ours:         {json.dumps(a[:3], ensure_ascii=False)}\n  postgraphile: {json.dumps(b[:3], ensure_ascii=False)}")
    for name in ["compliance", "trend", "department-status"]:
        data = ask(ours_url, name, "ours")
        print(f"check {name}: answered ({len(json.dumps(data))} bytes; no PostGraphile equivalent)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
