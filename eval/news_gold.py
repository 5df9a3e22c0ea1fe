#!/usr/bin/env python3
"""Score lagebild on one half of ../shared/data/news-gold, split by a fixed rule.

The split is the first byte of sha256(article id): even -> dev (tune on it), odd -> test (score
only). The texts stay in ../shared: this script links them into a temporary folder per language
and runs the shared scorer (../shared/tools/score_events.py) on that folder.

    python3 eval/news_gold.py --half dev             # per-article lines, totals, topics
    python3 eval/news_gold.py --half test --json     # any further option goes to the scorer
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "news-gold"
SCORER = SHARED / "tools" / "score_events.py"
sys.path.insert(0, str(ROOT / "eval"))
from scorer_failures import batch_failure, failures, report  # noqa: E402


def half_of(article_id: str) -> str:
    """'dev' or 'test' for an article id such as 'de-wn-49475' (fixed, order-independent)."""
    return "dev" if hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def ids(half: str, gold: Path = GOLD) -> list[str]:
    """The article ids of one half ('dev', 'test' or 'all'), sorted."""
    found = sorted(p.stem for p in gold.glob("*/*.json"))
    return found if half == "all" else [i for i in found if half_of(i) == half]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], required=True)
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "lagebild"))
    args, rest = ap.parse_known_args()
    if not GOLD.is_dir() or not SCORER.is_file():
        print(f"news-gold not found at {GOLD} (or its scorer at {SCORER})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="news-gold-") as tmp:
        dirs = []
        for lang_dir in sorted(p for p in GOLD.iterdir() if p.is_dir()):
            out = Path(tmp) / lang_dir.name
            out.mkdir()
            for gold_file in lang_dir.glob("*.json"):
                if args.half == "all" or half_of(gold_file.stem) == args.half:
                    for src in (gold_file, gold_file.with_suffix(".txt")):
                        (out / src.name).symlink_to(src)
            dirs.append(str(out))
        cmd = [sys.executable, str(SCORER), "--cmd", args.cmd, "--gold", *dirs, *rest]
        proc = subprocess.run(cmd, capture_output=True, text=True)
    return said(proc, "--json" in rest)


def said(proc: subprocess.CompletedProcess, as_json: bool) -> int:
    """Pass the scorer's output on, and say each article the extractor failed on (its 300 s timeout, a crash) in one
    line on stderr and after the totals (under "failed" in JSON): the scorer counts it as zero events, so such a run
    exits 1 rather than pass for a weak one."""
    sys.stderr.write(proc.stderr)
    why = batch_failure(proc.stderr)
    failed = failures(proc.stderr)
    if why is not None:
        print(f"batch extract failed: {why} (scored article by article)", file=sys.stderr)
    if failed:
        print(report(failed), file=sys.stderr)
    if as_json and failed and proc.stdout.strip().startswith("{"):
        data = json.loads(proc.stdout)
        data["failed"] = [list(f) for f in failed]
        sys.stdout.write(json.dumps(data, indent=1) + "\n")
    else:
        sys.stdout.write(proc.stdout)
        if failed:
            print(f"{report(failed)} (scored as zero events above: these totals are not the extractor's)")
    return proc.returncode or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main())
