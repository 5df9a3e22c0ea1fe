#!/usr/bin/env python3
"""Generic actors given a country by context, and what a previous sentence's scene would make of them (scene26).

For each required gold event of a tuning set, every actor mention in its evidence sentences whose country came
from the article (``context.fill_generic``: via "sector+article", "sector+earlier", "sector+speaker",
"appositive+article" ...; a place right after the noun or its owner named are not counted) is put in a class:
``right`` (its country is the gold source or target), ``wrong-scene<k>`` (wrong, its sentence names no place and
the k-th sentence before, k <= 2, sets a scene of a gold country with a static location, "in Nepal"),
``wrong-other``; a right one whose sentence names no place while the k-th sentence before sets another
country's scene is ``right-break<k>``: a scene rule would break it. Then per variant of such a rule (``p1`` the
previous sentence; ``p2`` the nearest of the two before; ``p2par`` those in the same paragraph; ``par`` the
nearest in the paragraph) and per sector group (pol, mil, gov, other): fix / break / neutral.

    .venv/bin/python eval/scene_counts.py --half dev               # news-gold dev, both languages
    .venv/bin/python eval/scene_counts.py --set dev2 --part a,b,c,d,e,f,g,h,o --show
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _articles, _dev2_articles  # noqa: E402
from news_gold import GOLD  # noqa: E402
from unseen_gold import CARRY_PARTS  # noqa: E402

from lagebild.knowledge import resources  # noqa: E402
from lagebild.model import Article, Doc, Mention  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

_NOT_CONTEXT = ("+place", "+name", "+owner", "+org")  # the country was read from words next to the noun
VARIANTS = (("p1", 1, False), ("p2", 2, False), ("p2par", 2, True), ("par", 99, True))
_GROUPS = {"POL": "pol", "MIL": "mil", "GOV": "gov"}


def verdict(old: str | None, new: str, gold: set[str]) -> str:
    """What moving a mention from ``old`` to ``new`` does against the gold countries of its event."""
    if new in gold and old not in gold:
        return "fix"
    return "break" if old in gold and new not in gold else "neutral"


def _scene(doc: Doc, sent: int, reach: int, same_par: bool, preps: frozenset[str]) -> str | None:
    """The one country of the static locations of the nearest sentence before ``sent`` (at most ``reach`` back)
    that has any; None where none or several."""
    toks = doc.tokens
    for k in range(1, reach + 1):
        if sent - k < 0 or (same_par and doc.sentences[sent - k].paragraph != doc.sentences[sent].paragraph):
            return None
        here = {x.place.country for x in doc.mentions if x.place is not None and x.place.country
                and x.is_location and x.preposition in preps and toks[x.tok_start].sent == sent - k}
        if here:
            return here.pop() if len(here) == 1 else None
    return None


def _generic(m: Mention) -> bool:
    return (m.kind == "actor" and m.actor is not None and m.via.startswith(("sector+", "appositive+"))
            and not m.via.endswith(_NOT_CONTEXT))


def count(articles, show: bool = False) -> Counter:  # type: ignore[no-untyped-def]
    """The classes and the variants' verdicts, per language."""
    pipe = Pipeline(["segment", "dates", "quantities", "mentions"])
    out: Counter = Counter()
    for stem, lang, text, published, events in articles:
        preps = frozenset(resources.load("lexicon", lang).get("static_location_prepositions") or ())
        doc = pipe(Article(text, id=stem, lang=lang, published=published))
        toks = doc.tokens
        for ev in events:
            if ev.get("optional") or ev["span"] is None:
                continue
            sents = {s.i for s in doc.sentences if s.start < ev["span"][1] and ev["span"][0] < s.end}
            gold = {ev.get("source"), ev.get("target")} - {None, ""}
            for m in doc.mentions:
                if not _generic(m) or toks[m.tok_start].sent not in sents:
                    continue
                sent, country = toks[m.tok_start].sent, m.actor.country  # type: ignore[union-attr]
                placed = any(x.place is not None and x.place.country and toks[x.tok_start].sent == sent
                             for x in doc.mentions)
                near = None if placed else next(((k, c) for k in (1, 2)
                                                 if (c := _scene(doc, sent, k, False, preps)) is not None), None)
                if country in gold:
                    cls = f"right-break{near[0]}" if near and near[1] != country else "right"
                else:
                    cls = f"wrong-scene{near[0]}" if near and near[1] in gold else "wrong-other"
                out[(lang, "class", cls)] += 1
                if show and cls != "right":
                    print(f"  {stem} {ev.get('id')} {cls}: {m.text}={country} ({m.via}, "
                          f"{m.actor.sector}) gold {sorted(gold)} scene {near}")  # type: ignore[union-attr]
                if placed:
                    continue
                group = _GROUPS.get(m.actor.sector or "", "other")  # type: ignore[union-attr]
                for name, reach, same_par in VARIANTS:
                    scene = _scene(doc, sent, reach, same_par, preps)
                    if scene is not None and scene != country:
                        out[(lang, name, f"{group} {verdict(country, scene, gold)}")] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--half", choices=["dev"], help="news-gold's dev half (the test half is a hold-out)")
    src.add_argument("--set", choices=["dev2"])
    ap.add_argument("--part", help="dev2 parts, e.g. a,b,c (never the carry-check parts)")
    ap.add_argument("--lang", default="de,en")
    ap.add_argument("--show", action="store_true", help="each mention that is not plainly right")
    args = ap.parse_args()
    if args.set and (not args.part or CARRY_PARTS & set(args.part.split(","))):
        ap.error(f"--part must name dev2 tuning parts only (not {''.join(sorted(CARRY_PARTS))})")
    arts = _dev2_articles(args.part) if args.set else _articles("dev", GOLD)
    langs = set(args.lang.split(","))
    out = count((a for a in arts if a[1] in langs), args.show)
    for key in sorted(out):
        print(" ".join(key), out[key])
    return 0


if __name__ == "__main__":
    sys.exit(main())
