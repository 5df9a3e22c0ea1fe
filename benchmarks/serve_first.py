"""Time a writable `lagebild serve`'s first ingest after a cold start (an empty knowledge cache) against a warm one
(round 27, stab27): seconds until the server answers, the first POST /api/articles, the median of the next ones and
the server's CPU for them. A server that builds its indexes in a request thread cannot fork the build away
(knowledge/cache.py) and keeps the builder's leftovers for life (round 26, cache26); ``--mode lazy`` runs that path
(create_app without preload, as a program embedding the app does) for comparison.

    .venv/bin/python benchmarks/serve_first.py                  # cli, cold then warm
    .venv/bin/python benchmarks/serve_first.py --mode lazy --posts 30
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
LAZY = ("import sys, uvicorn\nfrom lagebild.serve.api import create_app\n"
        "uvicorn.run(create_app(sys.argv[1], token=sys.argv[3]), host='127.0.0.1', port=int(sys.argv[2]), "
        "log_level='warning')\n")


def articles(n: int) -> list[dict[str, str]]:
    """``n`` POST bodies: the bundled examples in turn, each made unique by a numbered last sentence (the store keeps
    one copy of a text)."""
    texts = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        lang = "de" if "lang: de" in head else "en"
        texts.append((body.strip(), lang))
    return [{"text": f"{texts[i % len(texts)][0]}\n{'Meldung' if texts[i % len(texts)][1] == 'de' else 'Report'} {i}.",
             "lang": texts[i % len(texts)][1], "published": "2025-02-20"} for i in range(n)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def post(port: int, body: dict[str, str]) -> float:
    """Seconds one authorised POST /api/articles takes."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/articles", data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=600) as r:
        r.read()
    return time.perf_counter() - t


def run(mode: str, cache: Path, work: Path, posts: int) -> dict[str, float]:
    """One server on a fresh database with this cache folder: its start-up, first POST and the next ones."""
    port, db = free_port(), f"sqlite:///{work / f'{mode}-{time.time_ns()}.db'}"
    env = {**os.environ, "LAGEBILD_CACHE": str(cache), "LAGEBILD_API_TOKEN": TOKEN}
    python = str(ROOT / ".venv/bin/python") if (ROOT / ".venv/bin/python").exists() else sys.executable
    cmd = ([python, "-m", "lagebild", "serve", "--db", db, "--port", str(port)] if mode == "cli"
           else [python, "-c", LAZY, db, str(port), TOKEN])
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=5) as r:
                    r.read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise SystemExit(f"the server exited ({proc.returncode})") from None
                time.sleep(0.05)
        ready = time.perf_counter() - t0
        bodies = articles(posts + 1)
        first = post(port, bodies[0])
        cpu = cpu_seconds(proc.pid)
        rest = [post(port, b) for b in bodies[1:]]
        cpu = cpu_seconds(proc.pid) - cpu
        return {"ready_s": ready, "first_post_s": first, "next_median_s": statistics.median(rest),
                "next_cpu_s": cpu, "first_to_answer_s": ready + first}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["cli", "lazy"], default="cli",
                    help="cli: `lagebild serve` (preloads before its threads start); lazy: create_app without preload")
    ap.add_argument("--posts", type=int, default=20, help="POSTs after the first (their median and CPU are printed)")
    ap.add_argument("--repeats", type=int, default=1, help="cold and warm runs, alternating")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="lagebild-serve-bench-") as tmp:
        work = Path(tmp)
        rows = []
        for r in range(args.repeats):
            cache = work / f"cache-{r}"  # empty: the cold run builds every entry, the warm one reads them
            for state in ("cold", "warm"):
                rows.append((state, run(args.mode, cache, work, args.posts)))
                print(f"{args.mode} {state}: " + ", ".join(f"{k} {v:.3f}" for k, v in rows[-1][1].items()), flush=True)
        for state in ("cold", "warm"):
            mine = [x for s, x in rows if s == state]
            print(f"{args.mode} {state} median of {len(mine)}: " + ", ".join(
                f"{k} {statistics.median(x[k] for x in mine):.3f}" for k in mine[0]))


if __name__ == "__main__":
    main()
