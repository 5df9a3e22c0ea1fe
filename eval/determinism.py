#!/usr/bin/env python3
"""Is extraction deterministic? news-gold's articles alone, in a batch, reversed, under CPU load, other hash seeds.

Each run feeds the articles of ../shared/data/news-gold to `lagebild extract` (JSONL in, JSONL out, as the shared
scorer's batch mode does) and groups the events by article; every run is compared with the plain batch, per mode
(rules: LAGEBILD_SCORER=off; default: the shipped setting). An event fewer or a changed field under load or in
another order points at time budgets, set/dict order or caches that carry state between documents; a difference
under another PYTHONHASHSEED (the `seeds` run: a batch per seed 1..--seeds) at an order read from a set of strings,
which changes from process to process and so looks like chance ("once, under load").

    .venv/bin/python eval/determinism.py                          # all runs, both modes (~10 min on 2 cores)
    .venv/bin/python eval/determinism.py --runs batch,reversed,load --modes rules
    .venv/bin/python eval/determinism.py --runs batch --save /tmp/before   # keep the output to compare later
    .venv/bin/python eval/determinism.py --runs batch --compare /tmp/before

Exit status 0 when every run matches (and --compare matches), 1 otherwise, 2 when news-gold is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "news-gold"
RUNS = ("batch", "alone", "reversed", "load", "seeds")
MODES = ("rules", "default")
BUSY = "while True: pass"


def articles(gold: Path = GOLD, only: str = "") -> list[dict[str, str]]:
    """news-gold's articles as scorer batch lines (id, text, published, lang), sorted by id."""
    found = []
    for gold_file in sorted(gold.glob("*/*.json")):
        if only and only not in gold_file.stem:
            continue
        meta = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (gold_file.parent / meta["article"]).read_text(encoding="utf-8")
        found.append({"id": gold_file.stem, "text": text, "published": meta["published"], "lang": meta["lang"]})
    return found


def _env(mode: str, seed: int | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("LAGEBILD_SCORER", None)
    if mode == "rules":
        env["LAGEBILD_SCORER"] = "off"
    if seed is not None:
        env["PYTHONHASHSEED"] = str(seed)
    return env


def extract(cmd: str, batch: list[dict[str, str]], mode: str, seed: int | None = None) -> dict[str, list[str]]:
    """The event lines of each article id after one `lagebild extract` over ``batch``, in output order."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in batch))
    try:
        proc = subprocess.run([cmd, "extract", fh.name, "--format", "jsonl"], capture_output=True, text=True,
                              env=_env(mode, seed), check=False)
    finally:
        os.unlink(fh.name)
    if proc.returncode != 0:
        raise SystemExit(f"extract failed ({mode}): {proc.stderr.strip()[-400:]}")
    events: dict[str, list[str]] = {a["id"]: [] for a in batch}
    for line in proc.stdout.splitlines():
        if line.strip():
            events.setdefault(json.loads(line)["article"], []).append(line)
    return events


def run(kind: str, cmd: str, batch: list[dict[str, str]], mode: str) -> dict[str, list[str]]:
    """One run of ``kind``: the batch as is, each article in its own process, reversed, under 2 busy loops, or
    (``seed<n>``) the batch under PYTHONHASHSEED=n."""
    if kind.startswith("seed"):
        return extract(cmd, batch, mode, int(kind[4:]))
    if kind == "alone":
        out: dict[str, list[str]] = {}
        for article in batch:
            out.update(extract(cmd, [article], mode))
        return out
    if kind == "reversed":
        return extract(cmd, batch[::-1], mode)
    if kind == "load":
        busy = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(2)]
        try:
            return extract(cmd, batch, mode)
        finally:
            for proc in busy:
                proc.kill()
                proc.wait()
    return extract(cmd, batch, mode)


def differences(ref: dict[str, list[str]], got: dict[str, list[str]]) -> list[str]:
    """One line per article whose events differ: its id and the event counts."""
    return [f"{aid}: {len(ref.get(aid, []))} -> {len(got.get(aid, []))} events"
            + ("" if len(ref.get(aid, [])) != len(got.get(aid, [])) else " (fields differ)")
            for aid in sorted(set(ref) | set(got)) if ref.get(aid, []) != got.get(aid, [])]


def _save(path: Path, events: dict[str, list[str]]) -> None:
    path.write_text("".join(line + "\n" for aid in sorted(events) for line in events[aid]), encoding="utf-8")


def _load(path: Path) -> dict[str, list[str]]:
    events: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        events[json.loads(line)["article"]].append(line)
    return events


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated, of {', '.join(RUNS)} (batch always runs)")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated, of rules, default")
    ap.add_argument("--seeds", type=int, default=3, help="the seeds run: PYTHONHASHSEED 1..N (default 3)")
    ap.add_argument("--only", default="", help="only articles whose id contains this text")
    ap.add_argument("--save", type=Path, help="write each run's events to DIR/<mode>-<run>.jsonl")
    ap.add_argument("--compare", type=Path, help="compare the batch with DIR/<mode>-batch.jsonl of an earlier --save")
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "lagebild"))
    args = ap.parse_args()
    kinds = [k for k in RUNS if k in args.runs.split(",")]
    bad = set(args.runs.split(",")) - set(RUNS) or set(args.modes.split(",")) - set(MODES)
    if bad:
        ap.error(f"unknown run or mode: {', '.join(sorted(bad))}")
    if not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    batch = articles(only=args.only)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    same = True
    for mode in (m for m in MODES if m in args.modes.split(",")):
        ref = run("batch", args.cmd, batch, mode)
        print(f"{mode}: batch of {len(batch)} articles, {sum(map(len, ref.values()))} events")
        if args.save:
            _save(args.save / f"{mode}-batch.jsonl", ref)
        if args.compare:
            diff = differences(_load(args.compare / f"{mode}-batch.jsonl"), ref)
            same &= not diff
            print(f"  vs {args.compare}: {'identical' if not diff else f'{len(diff)} articles differ'}")
            print("".join(f"    {d}\n" for d in diff), end="")
        for kind in (k for each in kinds for k in ([f"seed{n}" for n in range(1, args.seeds + 1)]
                                                   if each == "seeds" else [each])):
            if kind == "batch":
                continue
            got = run(kind, args.cmd, batch, mode)
            if args.save:
                _save(args.save / f"{mode}-{kind}.jsonl", got)
            diff = differences(ref, got)
            same &= not diff
            print(f"  {kind}: {'identical' if not diff else f'{len(diff)} articles differ'}")
            print("".join(f"    {d}\n" for d in diff), end="")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
