"""Query benchmark: p50/p95 latency of every API endpoint and CLI read command on a store
(make one with benchmarks/generate.py), SQLite and PostgreSQL, cold and warm.

*Cold* is the first request of each endpoint in a freshly started app (new database connections,
no cached aggregates; the operating system's file cache is as it is). *Warm* repeats each request
``--runs`` times. Requests go through the real ASGI app in-process (FastAPI's TestClient), so the
figures are the server's time including JSON encoding, without network; beside the wall time it
prints the CPU time of this process (on a shared machine the wall time mostly measures the wait
for a core; on PostgreSQL the server's own CPU is not in it). CLI commands run as
subprocesses (their time includes starting Python). Peak RSS of this process (which held the app)
is printed at the end.

    .venv/bin/python benchmarks/queries.py --db bench.db --db postgresql+psycopg://… [--runs 20] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def requests(client) -> list[tuple[str, str]]:  # noqa: ANN001
    """The endpoints with realistic parameters, ids sampled from the store."""
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    deep = min(20_000, total // 2)
    ev = client.get("/api/events", params={"limit": 1, "offset": deep // 2}).json()["items"][0]
    busy = client.get("/api/summary").json()
    country = next(iter(busy["countries"]))
    etype = next(iter(busy["event_types"]))
    page = client.get("/api/events", params={"limit": 50, "offset": deep}).json()
    fused = client.get("/api/fused", params={"limit": 1, "offset": 50}).json()["items"][0]
    story = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()["items"][0]
    word = ev["source"]["name"].split()[0]
    last = busy["dates"]["last"] or "2025-01-01"
    since = (date.fromisoformat(last) - timedelta(days=30)).isoformat()  # the last month: a date filter
    return [
        ("summary", "/api/summary"),
        ("articles", "/api/articles?limit=50"),
        ("articles q", f"/api/articles?q={word}&limit=50"),
        ("article", f"/api/articles/{ev['article']}"),
        ("events", "/api/events?limit=50"),
        (f"events offset {deep // 1000}k", f"/api/events?limit=50&offset={deep}"),
        ("events after cursor", f"/api/events?limit=50&after={page['next']}"),
        ("events filtered", f"/api/events?limit=50&country={country}&type={etype}"),
        ("events q", f"/api/events?limit=50&q={word}"),
        ("event", f"/api/events/{ev['event_id']}"),
        ("actors", "/api/actors?limit=100"),
        ("actors filtered", f"/api/actors?limit=100&country={country}"),
        ("network", "/api/network"),
        ("network filtered", f"/api/network?type={etype}"),
        ("network since", f"/api/network?since={since}"),
        ("places", "/api/places"),
        ("places filtered", f"/api/places?country={country}"),
        ("places modality", "/api/places?modality=negated"),
        ("fused", "/api/fused?limit=50"),
        ("fused min_sources", "/api/fused?limit=50&min_sources=3"),
        ("fused filtered", f"/api/fused?limit=50&country={country}&type={etype}"),
        ("fused since", f"/api/fused?limit=50&since={since}"),
        ("actors modality", "/api/actors?limit=100&modality=negated"),
        ("fused one", f"/api/fused/{fused['fused_id']}"),
        ("stories", "/api/stories?limit=50"),
        ("stories country", f"/api/stories?limit=50&country={country}"),
        ("story", f"/api/stories/{story['story_id']}"),
        ("search", f"/api/search?q={word}"),
    ]


def bench_api(db: str, runs: int) -> tuple[list[dict], str]:
    """The endpoints' figures, and the date filter they used (the CLI runs it too)."""
    from fastapi.testclient import TestClient

    from lagebild.serve.api import create_app

    with TestClient(create_app(db)) as probe:
        reqs = requests(probe)
    since = dict(reqs)["fused since"].rsplit("since=", 1)[1]
    out = []
    with TestClient(create_app(db)) as client:  # a fresh app: the first call of each is cold
        for name, url in reqs:
            c, t = time.process_time(), time.perf_counter()
            r = client.get(url)
            cold, cold_cpu = time.perf_counter() - t, time.process_time() - c
            assert r.status_code == 200, (url, r.text[:200])
            warm, warm_cpu = [], []
            for _ in range(runs):
                c, t = time.process_time(), time.perf_counter()
                client.get(url)
                warm.append(time.perf_counter() - t)
                warm_cpu.append(time.process_time() - c)
            out.append({"what": f"GET {name}", "url": url, "cold": cold, "p50": statistics.median(warm),
                        "p95": pct(warm, 95), "cold_cpu": cold_cpu, "p95_cpu": pct(warm_cpu, 95), "bytes": len(r.content)})
            print(f"  {name:22} cold {cold * 1000:7.0f} ms (CPU {cold_cpu * 1000:5.0f})   warm p50 "
                  f"{out[-1]['p50'] * 1000:6.0f}  p95 {out[-1]['p95'] * 1000:6.0f} ms (CPU p95 "
                  f"{out[-1]['p95_cpu'] * 1000:5.0f})   {len(r.content):>9,} B", flush=True)
    return out, since


def bench_cli(db: str, runs: int, since: str) -> list[dict]:
    exe = [sys.executable, "-m", "lagebild"]
    cmds = [("events --limit 50", ["events", "--limit", "50", "--format", "jsonl"]),
            ("fused --limit 50", ["fused", "--limit", "50", "--json"]),
            ("fused --since", ["fused", "--limit", "50", "--since", since, "--json"]),
            ("stories --limit 50", ["stories", "--limit", "50", "--json"]),
            ("--help", ["--help"])]
    out = []
    for name, args in cmds:
        times, cpu = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            r = subprocess.run([*exe, *args, *([] if args == ["--help"] else ["--db", db])], capture_output=True,
                               cwd=ROOT, check=False)
            times.append(time.perf_counter() - t)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            assert r.returncode == 0, r.stderr[-300:]
        out.append({"what": f"CLI {name}", "cold": times[0], "p50": statistics.median(times), "p95": pct(times, 95),
                    "cpu_p50": statistics.median(cpu)})
        print(f"  lagebild {name:20} first {times[0] * 1000:6.0f} ms   p50 {out[-1]['p50'] * 1000:6.0f}  "
              f"p95 {out[-1]['p95'] * 1000:6.0f} ms (process start included); CPU p50 "
              f"{out[-1]['cpu_p50'] * 1000:5.0f} ms", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", action="append", required=True, help="Store to benchmark (repeatable).")
    ap.add_argument("--runs", type=int, default=20, help="Warm repetitions per request.")
    ap.add_argument("--cli-runs", type=int, default=5)
    ap.add_argument("--cli-only", action="store_true", help="Only the CLI read commands (the API part takes minutes).")
    ap.add_argument("--json", type=Path, help="Write the figures here.")
    args = ap.parse_args()
    from lagebild.store.db import Store

    results = {}
    for db in args.db:
        with Store(db, create=False) as store:
            counts = store.counts()
        print(f"{db}: {counts['articles']:,} articles, {counts['events']:,} events", flush=True)
        if args.cli_only:
            from fastapi.testclient import TestClient

            from lagebild.serve.api import create_app

            with TestClient(create_app(db)) as probe:  # the same date filter as the API part's
                api, since = [], dict(requests(probe))["fused since"].rsplit("since=", 1)[1]
        else:
            api, since = bench_api(db, args.runs)
        results[db] = {"counts": counts, "api": api, "cli": bench_cli(db, args.cli_runs, since)}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the benchmark process (app included): {rss:.0f} MiB")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "max_rss_mib": rss}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
