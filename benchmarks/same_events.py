"""Check that two versions of lagebild extract byte-for-byte the same events from real news.

A change to HOW extraction runs (loading, caching, lazy parsing) must not change WHAT it extracts.
This script exports each git ref (``git archive``, nothing is checked out in place), runs
``python -m lagebild extract`` from it on the same real articles (German Wikinews, 10kGNAD,
MEANTIME; 80 of each by default) under each mode, and compares the JSONL outputs byte for byte.

    .venv/bin/python benchmarks/same_events.py                    # main vs the working tree
    .venv/bin/python benchmarks/same_events.py --base main~1 --head main --per-source 40
    .venv/bin/python benchmarks/same_events.py --ingest 2 --modes default   # stored by a 2-process ingest

Modes: ``default`` (parse and learned scorer as shipped), ``no-scorer`` (LAGEBILD_SCORER=off) and
``rules`` (LAGEBILD_ANALYSER=rules, scorer off). Exit 0 when every output is identical, 1 when one
differs (the first differing article is named), 0 with a note when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from throughput import DEFAULT_DATA, gnad, meantime_en, wikinews_de  # noqa: E402

MODES = {
    "default": {},
    "no-scorer": {"LAGEBILD_SCORER": "off"},
    "rules": {"LAGEBILD_ANALYSER": "rules", "LAGEBILD_SCORER": "off"},
}


def corpus(data: Path, per_source: int) -> list[dict[str, Any]]:
    """The first ``per_source`` articles of each corpus (a fixed order, so both runs read the same)."""
    sources: list[Iterator[dict[str, Any]]] = [wikinews_de(data), gnad(data), meantime_en(data)]
    return [a for src in sources for a in islice(src, per_source)]


def export(ref: str, folder: Path) -> Path:
    """The source tree of ``ref`` (or the working tree for ``WORKTREE``) under ``folder``; its src/ path."""
    if ref == "WORKTREE":
        return ROOT / "src"
    dest = folder / ref.replace("/", "_").replace("~", "_")
    dest.mkdir(parents=True)
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as fh:
        fh.write(tar)
        fh.seek(0)
        with tarfile.open(fileobj=fh) as tf:
            tf.extractall(dest, filter="data")
    return dest / "src"


def extract(src: Path, articles: Path, mode: dict[str, str], out: Path, workers: int = 0) -> None:
    """The events the lagebild under ``src`` gets from ``articles``, written to ``out``: printed by
    ``extract``, or with ``workers`` stored by ``ingest`` (that many processes) and printed by ``events``."""
    env = {**os.environ, **mode, "PYTHONPATH": str(src)}
    for key in ("LAGEBILD_ANALYSER", "LAGEBILD_SCORER"):
        if key not in mode:
            env.pop(key, None)
    lagebild = [sys.executable, "-m", "lagebild"]
    with tempfile.TemporaryDirectory(prefix="same-events-db-") as tmp:
        db = Path(tmp) / "events.db"
        steps = ([[*lagebild, "ingest", str(articles), "--db", str(db), "--workers", str(workers), "--quiet"],
                  [*lagebild, "events", "--db", str(db), "--format", "json"]] if workers
                 else [[*lagebild, "extract", str(articles)]])
        for cmd in steps:
            with out.open("wb") as fh:
                proc = subprocess.run(cmd, env=env, stdout=fh, stderr=subprocess.PIPE, cwd=src.parent)
            if proc.returncode != 0:
                raise SystemExit(f"{src}: {cmd[3]} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")


def first_difference(a: Path, b: Path) -> str:
    """The first line (article) where the two outputs differ, described in one line."""
    la, lb = a.read_bytes().splitlines(), b.read_bytes().splitlines()
    for n, (x, y) in enumerate(zip(la, lb, strict=False), start=1):
        if x != y:
            try:
                ident = json.loads(x).get("article", "?")
            except (ValueError, AttributeError):
                ident = "?"
            return f"line {n} (article {ident}) differs"
    return f"line counts differ: {len(la)} vs {len(lb)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="git ref to compare against (default main)")
    ap.add_argument("--head", default="WORKTREE", help="git ref to check (default: the working tree)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the corpora (default ../shared/data)")
    ap.add_argument("--per-source", type=int, default=80, help="articles from each of the three corpora (default 80)")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    ap.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    ap.add_argument("--ingest", type=int, default=0, metavar="WORKERS",
                    help="compare the events stored by `ingest --workers WORKERS` instead of `extract`'s")
    args = ap.parse_args()
    items = corpus(args.data, args.per_source)
    if not items:
        print(f"no corpora under {args.data}: nothing to compare")
        return 0
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        raise SystemExit(f"--modes: unknown mode(s) {', '.join(unknown)} (known: {', '.join(MODES)})")
    with tempfile.TemporaryDirectory(prefix="same-events-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        articles = folder / "articles.jsonl"
        articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items), encoding="utf-8")
        srcs = {ref: export(ref, Path(tmp) / "refs") for ref in (args.base, args.head)}
        failed = False
        for mode in modes:
            outs = []
            for ref, src in srcs.items():
                out = folder / f"{mode}-{ref.replace('/', '_')}.jsonl"
                extract(src, articles, MODES[mode], out, args.ingest)
                outs.append(out)
            same = outs[0].read_bytes() == outs[1].read_bytes()
            n_events = sum(1 for _ in outs[0].read_bytes().splitlines())
            verdict = "identical" if same else first_difference(*outs)
            print(f"{mode:10} {len(items)} articles, {n_events} output lines: {verdict}")
            failed |= not same
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
