#!/usr/bin/env python3
"""Why a gold event whose trigger fired loses its source or target: a class for each role loss.

recall_stages.py tells where recall is lost (no trigger, no source, wrong source, wrong target); this
sorts the role losses by where the gold actor stands, so the largest class gets a mechanism first:

  source lost (no event, or a wrong source):
    here-actor / here-origin / here-place   the sentence names the gold source (an actor, a country
                                            adjective, a place of it): the role rules did not take it
    previous     not in the sentence, but in the two sentences before in its paragraph or in the title
                 (an inherited doer: "Die Armee ... Sie beschoss", an agentless passive, "man")
    elsewhere    named elsewhere in the article only;  absent   named nowhere
  target wrong (right source): the same classes for the gold target, a named one split by what governs
    it (here-prep-<p>, here-genitive, here-bare).
Each loss also carries the clause's shape: passive (an auxiliary "wurde/worden"), man, pronoun, speech.

    python3 eval/role_losses.py --half dev --lang de           # counts per class
    python3 eval/role_losses.py --set dev2 --part a --show     # each loss (never part f: the carry check)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from recall_stages import _record_candidates, articles, gold_stage  # noqa: E402

from lagebild.model import Article, Doc  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

PASSIVE = {"wurde", "wurden", "worden", "wird", "werden", "war", "was", "were", "been"}
PRONOUNS = {"er", "sie", "es", "dieser", "diese", "he", "she", "they", "it"}
GENITIVE = {"der", "des", "of"}


def _countries(doc: Doc, sents: set[int], kinds: tuple[str, ...]) -> dict[str, str]:
    """Country -> the kind of the first mention of it in these sentences ('actor', 'origin', 'place')."""
    toks = doc.tokens
    found: dict[str, str] = {}
    for m in doc.mentions:
        if toks[m.tok_start].sent not in sents or m.kind not in kinds:
            continue
        country = (m.actor.country if m.actor else None) or (m.place.country if m.place else None)
        if country and country not in found:
            found[country] = "place" if m.is_location and m.kind == "actor" else m.kind
    return found


def where(doc: Doc, sents: set[int], country: str | None) -> str:
    """Where the article names ``country`` for a gold event told in ``sents``."""
    if not country:
        return "no-country"
    here = _countries(doc, sents, ("actor", "origin", "place"))
    if country in here:
        return "here-" + here[country]
    first = min(sents)
    para = doc.sentences[first].paragraph
    before = {k for k in range(max(0, first - 2), first) if doc.sentences[k].paragraph == para} | {0}
    if country in _countries(doc, before, ("actor", "origin")):
        return "previous"
    if country in _countries(doc, set(range(len(doc.sentences))), ("actor", "origin", "place")):
        return "elsewhere"
    return "absent"


def governed(doc: Doc, sents: set[int], country: str) -> str:
    """What stands before the sentence's first mention of ``country``: a preposition, a genitive, nothing."""
    toks = doc.tokens
    for m in doc.mentions:
        c = (m.actor.country if m.actor else None) or (m.place.country if m.place else None)
        if c == country and toks[m.tok_start].sent in sents:
            if m.preposition:
                return "prep-" + m.preposition
            if m.tok_start and toks[m.tok_start - 1].lower in GENITIVE:
                return "genitive"
            return "bare"
    return "?"


def shape(doc: Doc, sents: set[int]) -> list[str]:
    """The clause shapes that decide where an unnamed doer comes from."""
    words = {t.lower for t in doc.tokens if t.sent in sents}
    flags = [name for name, hit in (("passive", words & PASSIVE), ("man", "man" in words),
                                    ("pronoun", words & PRONOUNS)) if hit]
    return flags


def _articles(which: str, lang: str, half: str, part: str | None) -> Iterator[tuple[str, dict, str]]:
    """news-gold's half, or dev2's parts (one, or all but the carry check) rebuilt from ../shared/data."""
    if which != "dev2":
        return articles(which, lang, half)
    return articles(which, lang, half, part.split(",") if part else None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "all"], default="dev")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold")
    ap.add_argument("--part", help="dev2 only: one part or several (a or f,g,h); all parts but the carry check by default")
    ap.add_argument("--show", action="store_true", help="print each loss with its sentence")
    args = ap.parse_args()
    log: list[tuple[int, str, str | None, str | None, bool]] = []
    _record_candidates(log)
    pipe = Pipeline(scorer=False)
    counts: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    for stem, g, text in _articles(args.set, args.lang, args.half, args.part):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
        for ev in g["events"]:
            found = None if ev.get("optional") else gold_stage(doc, text, ev, log)
            if found is None:
                continue
            sents, cands, stage = found
            if stage in ("trigger", "event"):
                cls = f"source {stage}: " + where(doc, sents, ev["source"])
            elif stage == "source":
                at = where(doc, sents, ev.get("target"))
                cls = "target: " + (at + "-" + governed(doc, sents, ev["target"]) if at.startswith("here") else at)
            else:
                continue
            counts[cls] += 1
            for f in shape(doc, sents):
                flags[f"{cls.split(':')[0]} {f}"] += 1
            if args.show:
                sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
                print(f"{stem} {ev['id']} {ev['types']} {ev['source']}->{ev.get('target')} [{cls}] "
                      f"{shape(doc, sents)}\n  {sent[:300]}\n  candidates: {[c[1:] for c in cands]}")
    print(f"{args.lang} {args.set} {args.part or ''}: role losses by class")
    for cls, n in sorted(counts.items()):
        print(f"  {n:4}  {cls}")
    print("  shapes: " + ", ".join(f"{k} {v}" for k, v in sorted(flags.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
