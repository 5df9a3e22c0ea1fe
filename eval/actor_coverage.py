#!/usr/bin/env python3
"""Actor coverage on news-gold: does the evidence sentence name the gold source (and target) country?

An event can only be extracted when its actors resolve, so this measures the knowledge base apart
from the event rules: for each required gold event, the sentences its evidence span touches are
searched for an actor mention (``kind == "actor"``) whose country is the gold source country, and
the same for the target country where there is one. Goal (issue 14): source >= 0.90, target >= 0.85.
With ``--origins`` a country adjective counts too ("der österreichische Alleingang", "American attacks"):
news-gold makes it the actor, the mention stage marks it an origin and the event stage makes it the doer
or object of the noun it qualifies (eval/mentions/README.md, "actor or origin").

    python3 eval/actor_coverage.py --half dev            # totals per language
    python3 eval/actor_coverage.py --half dev --misses   # also each miss with the mentions found
    python3 eval/actor_coverage.py --half test --origins # origin adjectives count as actors too
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from news_gold import GOLD, half_of  # noqa: E402

from lagebild.model import Article  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402


def _span(text: str, evidence: str) -> tuple[int, int] | None:
    """Where the evidence lies in the text: exact, else whitespace-insensitive, else its first words."""
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    words = evidence.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    if m:
        return m.start(), m.end()
    if len(words) > 4:
        m = re.search(r"\s+".join(re.escape(w) for w in words[:5]), text)
        if m:
            return m.start(), m.end()
    return None


def coverage(half: str, gold: Path = GOLD, misses: bool = False,
             sentences: bool = False, origins: bool = False) -> dict[str, dict[str, list[int]]]:
    """Per language: {"source": [hit, total], "target": [hit, total], "unfound": [n, 0]}."""
    pipe = Pipeline(["segment", "dates", "quantities", "mentions"])
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"source": [0, 0], "target": [0, 0], "unfound": [0, 0]})
    for gold_file in sorted(gold.glob("*/*.json")):
        if half != "all" and half_of(gold_file.stem) != half:
            continue
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        text = gold_file.with_suffix(".txt").read_text(encoding="utf-8")
        lang = g.get("lang") or gold_file.parent.name
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        doc = pipe(Article(text, id=gold_file.stem, lang=lang, published=published))
        for ev in g["events"]:
            if ev.get("optional") or not ev.get("evidence"):
                continue
            span = _span(text, ev["evidence"])
            if span is None:
                out[lang]["unfound"][0] += 1
                continue
            sents = {s.i for s in doc.sentences if s.start < span[1] and span[0] < s.end}
            kinds = ("actor", "origin") if origins else ("actor",)
            found = [m for m in doc.mentions if m.kind in kinds and m.actor is not None
                     and doc.tokens[m.tok_start].sent in sents]
            countries = {m.actor.country for m in found}  # type: ignore[union-attr]
            for role in ("source", "target"):
                want = ev.get(role)
                if not want:
                    continue
                out[lang][role][1] += 1
                if want in countries:
                    out[lang][role][0] += 1
                elif misses:
                    got = ", ".join(f"{m.text}={m.actor.country}" for m in found)  # type: ignore[union-attr]
                    print(f"  {gold_file.stem} {ev['id']} {role} {want}: found [{got}]")
                    if sentences:
                        for s in doc.sentences:
                            if s.i in sents:
                                print("      | " + text[s.start:s.end].replace("\n", " "))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], required=True)
    ap.add_argument("--misses", action="store_true", help="print each miss (dev half only, to tune)")
    ap.add_argument("--sentences", action="store_true", help="with --misses: print each miss's sentences")
    ap.add_argument("--origins", action="store_true", help="count country adjectives (origins) as actors too")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    if args.misses and args.half != "dev":
        print("--misses is for the dev half only (the test half is scored, not read)", file=sys.stderr)
        return 2
    result = coverage(args.half, misses=args.misses, sentences=args.sentences, origins=args.origins)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for lang, r in sorted(result.items()):
        parts = [f"{role} {h}/{n} = {h / n:.3f}" if n else f"{role} -" for role, (h, n) in r.items() if role != "unfound"]
        print(f"lang {lang}: " + ", ".join(parts) + (f" (evidence not found: {r['unfound'][0]})" if r["unfound"][0] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
