"""Extraction time on pathological inputs, at a small size and at 10x that size.

Each input is run through the per-article function of every ingest engine in this process (CPU
time, best of ``--repeat``);
the ratio large/small must stay at or below 10 (linear time) — a quadratic stage shows as ~100.

    .venv/bin/python benchmarks/pathological.py                 # sizes 20k and 200k characters
    .venv/bin/python benchmarks/pathological.py --small 5000 --repeat 1

Exit status 1 if any ratio is above --max-ratio (default 12: linear, with room for timing noise on a
shared machine; a quadratic stage gives ~100). Not a test: it measures.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "examples" / "en-deployment-denial.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
EXAMPLE_DE = (ROOT / "examples" / "de-truppen-belarus.txt").read_text(encoding="utf-8").split("---\n", 2)[2]

INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "commas": ("en", lambda n: "," * n),
    "no punctuation (one line)": ("en", lambda n: "soldiers " * (n // 9)),
    "example repeated (en)": ("en", lambda n: EXAMPLE * (n // len(EXAMPLE))),
    "example repeated (de)": ("de", lambda n: EXAMPLE_DE * (n // len(EXAMPLE_DE))),
    "example on one line": ("en", lambda n: (EXAMPLE.replace("\n", " ") * (n // len(EXAMPLE)))),
    "digits": ("en", lambda n: "7" * n),
    "dates and numbers": ("de", lambda n: "Am 3. März 2024 kamen 4.000 Soldaten. " * (n // 38)),
    "superscripts": ("de", lambda n: "Am ² März ²⁰²⁴ kamen 10³ Soldaten ①. " * (n // 36)),
}


def cpu(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=20_000, help="characters of the small input")
    ap.add_argument("--factor", type=int, default=10, help="the large input is this many times larger")
    ap.add_argument("--repeat", type=int, default=2, help="runs per input (the fastest counts)")
    ap.add_argument("--max-ratio", type=float, default=12.0,
                    help="fail above this time ratio (10 for linear time, plus room for timing noise)")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from lagebild.ingest.parallel import Failure, extract_article
    from lagebild.model import Article

    def pipeline(article: Article) -> None:
        """What every ingest engine runs per article (with its time budget and GC setting)."""
        _, outcome = extract_article(article)
        if isinstance(outcome, Failure):
            raise SystemExit(f"{outcome.where}: {outcome.problem}")
    for lang in ("de", "en"):
        pipeline(Article("Warm up.", lang=lang))
    worst = 0.0
    print(f"{'input':<28}{'small s':>9}{'large s':>9}{'ratio':>7}")
    for name, (lang, make) in INPUTS.items():
        small, large = make(args.small), make(args.small * args.factor)
        ts = cpu(lambda text=small, lang=lang: pipeline(Article(text, lang=lang)), args.repeat)
        tl = cpu(lambda text=large, lang=lang: pipeline(Article(text, lang=lang)), args.repeat)
        ratio = tl / max(ts, 1e-3)
        worst = max(worst, ratio)
        print(f"{name:<28}{ts:>9.3f}{tl:>9.3f}{ratio:>7.1f}", flush=True)
    print(f"worst ratio for {args.factor}x the input: {worst:.1f} (limit {args.max_ratio:g})")
    return 0 if worst <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
