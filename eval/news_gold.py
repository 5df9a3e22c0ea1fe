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
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "news-gold"
SCORER = SHARED / "tools" / "score_events.py"


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
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
