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
    python3 eval/actor_coverage.py --set dev2 --misses   # eval/dev2/ (a development set) the same way
    python3 eval/actor_coverage.py --set dev2 --part f,g,h   # some parts alone (carry checks: totals only)

Each miss is put in one class (``--misses`` prints it; the totals count them), the first that fits:
``description`` (a definite sector or kind noun, "die Organisation", "the ministry", resolved elsewhere or
not at all), ``quoted-first-person`` ("wir"/"we" inside a quotation), ``pronoun``, ``origin`` (a country
adjective of the gold country), ``place`` (a place of the gold country), ``other-actor`` (actors of other
countries only), ``no-word``. The word lists are resources/<lang>/coreference.yaml's and lexicon.yaml's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from news_gold import GOLD, half_of  # noqa: E402
from unseen_gold import CARRY_PARTS  # noqa: E402  (dev2's parts scored by totals only: never --misses)

from lagebild.knowledge import resources  # noqa: E402
from lagebild.model import Article, Doc, Mention  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

CLASSES = ("description", "quoted-first-person", "pronoun", "origin", "place", "other-actor", "no-word")
DEV2 = ROOT / "eval" / "dev2"
CAUSES = ("context-guess", "no-country", "unknown-compound", "unknown-name")
CONTEXT_VIAS = ("sector+", "appositive+", "alias+")  # vias whose country came from the article, not the words


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


def _articles(half: str, gold: Path) -> Iterator[tuple[str, str, str, date | None, list[dict]]]:
    """news-gold's articles of one half: id, lang, text, date, and the events with a ``span`` (None: not found)."""
    for gold_file in sorted(gold.glob("*/*.json")):
        if half != "all" and half_of(gold_file.stem) != half:
            continue
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        text = gold_file.with_suffix(".txt").read_text(encoding="utf-8")
        events = [dict(ev, span=_span(text, ev["evidence"])) for ev in g["events"] if ev.get("evidence")]
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        yield gold_file.stem, g.get("lang") or gold_file.parent.name, text, published, events


def _dev2_articles(part: str | None = None) -> Iterator[tuple[str, str, str, date | None, list[dict]]]:
    """eval/dev2/'s articles (or those of ``part``: "a,b"), rebuilt from ../shared/data as eval/unseen_gold.py does
    (absent ones skipped)."""
    from unseen_gold import load, text_of

    for lang in ("de", "en"):
        for rec in load(lang, DEV2, part):
            text = text_of(rec)
            if text is None:
                continue
            events = [dict(ev, span=(ev["start"], ev["end"])) for ev in rec["events"]]
            published = date.fromisoformat(rec["published"]) if rec.get("published") else None
            yield rec["id"], rec["lang"], text, published, events


class _Classes:
    """The words that tell a miss's class, per language (coreference.yaml, lexicon.yaml)."""

    def __init__(self) -> None:
        self.words: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] = {}
        self.sectors: dict[str, frozenset[str]] = {}  # sector nouns without plural -n/-s (the compound heads)

    def of(self, lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        if lang not in self.words:
            coref = resources.load("coreference", lang, default={}) or {}
            lex = resources.load("lexicon", lang, default={}) or {}
            ana = lex.get("anaphors") or {}
            heads = frozenset(h for k in (coref.get("heads") or {}).values() for h in k.get("nouns") or [])
            self.words[lang] = (frozenset(coref.get("determiners") or []), heads,
                                frozenset(coref.get("first_person") or []),
                                frozenset(p for k in ("person", "group") for p in ana.get(k) or []))
        return self.words[lang]

    def classify(self, doc: Doc, sents: set[int], want: str, found: list[Mention]) -> str:
        """The first class of CLASSES that fits the miss of ``want`` in the sentences ``sents``."""
        dets, heads, first, pronouns = self.of(doc.article.lang)
        toks = [t for t in doc.tokens if t.sent in sents]
        for a, b in zip(toks, toks[1:], strict=False):
            if a.lower in dets and b.lower in heads:
                return "description"
        quoted = False
        for t in toks:
            if t.text in ('"', "„", "“", "”", "»", "«"):
                quoted = not quoted
            elif quoted and t.lower in first:
                return "quoted-first-person"
        if any(t.lower in pronouns for t in toks):
            return "pronoun"
        here = [m for m in doc.mentions if doc.tokens[m.tok_start].sent in sents]
        if any(m.kind == "origin" and m.actor is not None and m.actor.country == want for m in here):
            return "origin"
        if any(m.place is not None and m.place.country == want for m in here):
            return "place"
        return "other-actor" if found else "no-word"

    def cause(self, doc: Doc, sents: set[int], cls: str, found: list[Mention]) -> str:
        """What a miss of ``cls`` (origin, place, other-actor, no-word) lacks, the first of CAUSES that fits."""
        from lagebild.extract.name_context import name_like

        if cls not in ("origin", "place", "other-actor", "no-word"):
            return cls
        if any(m.via.startswith(CONTEXT_VIAS) for m in found):
            return "context-guess"
        here = [m for m in doc.mentions if doc.tokens[m.tok_start].sent in sents]
        if any(m.kind == "actor" and m.actor is not None and not m.actor.country and m.actor.sector for m in here):
            return "no-country"
        if cls not in ("other-actor", "no-word"):
            return cls  # a place or an origin of the gold country is there: its words are known
        covered = {i for m in doc.mentions for i in range(m.tok_start, m.tok_end)}
        lang = doc.article.lang
        sector_words = self._sector_words(lang)
        for i, t in enumerate(doc.tokens):
            if t.sent not in sents or i in covered:
                continue
            if "-" in t.text.strip("-") and name_like(t.text.split("-")[0], lang) \
                    and t.text.rsplit("-", 1)[1].lower().rstrip("ns") in sector_words:
                return "unknown-compound"
        for i, t in enumerate(doc.tokens):
            first = i == doc.sentences[t.sent].tok_start
            if t.sent in sents and i not in covered and not first and "-" not in t.text and name_like(t.text, lang):
                return "unknown-name"
        return cls

    def _sector_words(self, lang: str) -> frozenset[str]:
        if lang not in self.sectors:
            lex = resources.load("lexicon", lang, default={}) or {}
            self.sectors[lang] = frozenset(n.rstrip("ns") for ns in (lex.get("sector_nouns") or {}).values() for n in ns)
        return self.sectors[lang]


def coverage(half: str, gold: Path = GOLD, misses: bool = False, sentences: bool = False,
             origins: bool = False, dev2: bool = False, part: str | None = None,
             causes: bool = False) -> dict[str, dict[str, list[int]]]:
    """Per language: {"source": [hit, total], "target": [hit, total], "unfound": [n, 0], <class>: [misses, 0]}."""
    pipe = Pipeline(["segment", "dates", "quantities", "mentions"])
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"source": [0, 0], "target": [0, 0], "unfound": [0, 0]})
    classes = _Classes()
    for stem, lang, text, published, events in (_dev2_articles(part) if dev2 else _articles(half, gold)):
        doc = pipe(Article(text, id=stem, lang=lang, published=published))
        for ev in events:
            if ev.get("optional"):
                continue
            span = ev["span"]
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
                    continue
                cls = classes.classify(doc, sents, want, found)
                if causes:
                    cls = classes.cause(doc, sents, cls, found)
                out[lang].setdefault(cls, [0, 0])[0] += 1
                if misses:
                    got = ", ".join(f"{m.text}={m.actor.country}" for m in found)  # type: ignore[union-attr]
                    print(f"  {stem} {ev['id']} {role} {want} [{cls}]: found [{got}]")
                    if sentences:
                        for s in doc.sentences:
                            if s.i in sents:
                                print("      | " + text[s.start:s.end].replace("\n", " "))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--half", choices=["dev", "test", "all"])
    group.add_argument("--set", choices=["dev2"], help="eval/dev2/ instead of news-gold (a development set)")
    ap.add_argument("--part", help="with --set dev2: only these parts (the files <lang>-<part>.jsonl), e.g. a,b,c,d,e")
    ap.add_argument("--misses", action="store_true", help="print each miss (dev half only, to tune)")
    ap.add_argument("--sentences", action="store_true", help="with --misses: print each miss's sentences")
    ap.add_argument("--origins", action="store_true", help="count country adjectives (origins) as actors too")
    ap.add_argument("--causes", action="store_true", help="split origin, place, other-actor and no-word by cause")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    if args.misses and args.half not in ("dev", None):
        print("--misses is for the dev half only (the test half is scored, not read)", file=sys.stderr)
        return 2
    if args.part and args.set != "dev2":
        print("--part is for --set dev2 only", file=sys.stderr)
        return 2
    part = args.part
    unknown = [q for q in (part or "").split(",") if q.strip() and not list(DEV2.glob(f"*-{q.strip()}.jsonl"))]
    if unknown:
        print(f"dev2 has no part {', '.join(unknown)} (files eval/dev2/<lang>-<part>.jsonl)", file=sys.stderr)
        return 2
    if args.misses and args.set == "dev2":
        parts = ([p.strip() for p in part.split(",")] if part
                 else sorted({f.stem.split("-", 1)[1] for f in DEV2.glob("*-*.jsonl")} - CARRY_PARTS))
        if CARRY_PARTS & set(parts):
            print(f"dev2 parts {','.join(sorted(CARRY_PARTS))} are the carry check: totals only, no --misses",
                  file=sys.stderr)
            return 2
        part = ",".join(parts)
    result = coverage(args.half or "", misses=args.misses, sentences=args.sentences, origins=args.origins,
                      dev2=args.set == "dev2", part=part, causes=args.causes)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for lang, r in sorted(result.items()):
        parts = [f"{role} {r[role][0]}/{r[role][1]} = {r[role][0] / r[role][1]:.3f}" if r[role][1] else f"{role} -"
                 for role in ("source", "target")]
        print(f"lang {lang}: " + ", ".join(parts) + (f" (evidence not found: {r['unfound'][0]})" if r["unfound"][0] else ""))
        print("  misses by class: " + ", ".join(f"{c} {r[c][0]}" for c in (*CLASSES, *CAUSES) if c in r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
