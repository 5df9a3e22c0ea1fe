#!/usr/bin/env python3
"""Actor linking on real text beyond news-gold: how many named speakers and entities resolve at all?

news-gold is small and the rules were tuned on its dev half, so coverage there overstates unseen
news. This reads three other corpora under ../shared/data (never copied, skipped when absent) and
runs the mention stage over each text:

- ``quotes``: German quotation attribution (Wikinews, train split): each SPEAKER span that names
  someone (a capitalised word that is not a pronoun or sentence opener) -- is an actor mention
  with a country inside it?
- ``germeval``: GermEval 2014 NER (dev): ORG and LOC spans -- does an actor or place mention with
  a country overlap them?
- ``meantime``: MEANTIME English Wikinews: named ORG/LOC mentions -- same question.
- ``germeval-per``, ``meantime-per``: the PER spans of the same two corpora -- is an actor with a
  country inside it (people resolve through a dictionary, an alias, or an appositive with a country:
  "der norwegische Komiteechef Thorbjørn Jagland")?

The corpora have no countries, so precision is judged by hand on ``--sample N`` printed links.

    python3 eval/actor_breadth.py                      # all three, totals
    python3 eval/actor_breadth.py quotes --misses 40   # 40 unresolved speaker spans
    python3 eval/actor_breadth.py quotes --sample 40   # 40 resolved ones with their country
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from lagebild.model import Article, Doc  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

_DATE = re.compile(r"\((\d{4})-(\d{2})-(\d{2})\)")
# Speaker spans that are pronouns or function words name nobody the knowledge base could know.
_NON_NAME = {"er", "sie", "es", "ich", "wir", "ihr", "man", "der", "die", "das", "dieser", "diese",
             "demnach", "seiner", "ihrer", "seinen", "ihren", "dessen", "deren", "welche", "welcher",
             "laut", "nach", "angaben", "meinung", "zufolge", "eigenen", "einem", "einer", "ein", "eine"}

Item = tuple[str, tuple[int, int], str]  # (category, char span, span text)


def _doc_date(name: str) -> date | None:
    m = _DATE.search(name)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _quotes(limit: int) -> Iterator[tuple[Article, list[Item]]]:
    path = DATA / "german-quotation-attribution" / "train.jsonl"
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            doc = json.loads(line)
            text = doc["originalText"]
            items: list[Item] = []
            seen: set[tuple[int, int]] = set()
            for a in doc["annotations"]:
                for s in (a.get("speaker") or {}).get("spans") or []:
                    span = (s["charBegin"], s["charEnd"])
                    words = re.findall(r"\w+", text[span[0]:span[1]])
                    if span in seen or not any(w[:1].isupper() and w.lower() not in _NON_NAME for w in words):
                        continue
                    seen.add(span)
                    items.append(("SPEAKER", span, text[span[0]:span[1]]))
            yield Article(text, id=doc["documentName"][:60], lang="de", published=_doc_date(doc["documentName"])), items


def _germeval(limit: int, kinds: tuple[str, ...] = ("ORG", "LOC")) -> Iterator[tuple[Article, list[Item]]]:
    path = DATA / "germeval2014-ner" / "NER-de-dev.tsv"
    if not path.is_file():
        return
    block: list[list[str]] = []
    n = 0
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            block.append(line.split("\t"))
            continue
        if not block:
            continue
        text, items, pos, cur = "", [], [], None
        for row in block:
            pos.append((len(text), len(text) + len(row[1])))
            text += row[1] + " "
        for i, row in enumerate(block):
            tag = row[2]
            if tag.startswith("B-") and tag[2:] in kinds:
                cur = [tag[2:], pos[i][0], pos[i][1]]
                items.append(cur)
            elif tag.startswith("I-") and cur is not None and tag[2:] == cur[0]:
                cur[2] = pos[i][1]
            else:
                cur = None if not tag.startswith("B-") else cur
        block = []
        n += 1
        if n > limit:
            return
        yield Article(text.strip(), id=f"germeval-{n}", lang="de"), [
            (c, (s, e), text[s:e]) for c, s, e in items]


def _meantime(limit: int, kinds: tuple[str, ...] = ("ORG", "LOC")) -> Iterator[tuple[Article, list[Item]]]:
    root = DATA / "meantime-en" / "intra_cross-doc_annotation"
    for n, f in enumerate(sorted(root.glob("*/*.xml"))):
        if n >= limit:
            return
        x = ET.parse(f).getroot()
        tokens = {t.get("t_id"): t for t in x.iter("token")}
        text, pos, last_sent = "", {}, None
        for tid, t in tokens.items():
            if last_sent is not None and t.get("sentence") != last_sent:
                text += "\n"
            last_sent = t.get("sentence")
            pos[tid] = (len(text), len(text) + len(t.text or ""))
            text += (t.text or "") + " "
        types = {}
        for ent in x.iter("ENTITY"):
            types[ent.get("m_id")] = ent.get("ent_type")
        refers = {}
        for rel in x.iter("REFERS_TO"):
            src = [s.get("m_id") for s in rel.iter("source")]
            tgt = [t.get("m_id") for t in rel.iter("target")]
            for s in src:
                if tgt:
                    refers[s] = tgt[0]
        items: list[Item] = []
        for m in x.iter("ENTITY_MENTION"):
            kind = types.get(refers.get(m.get("m_id"), ""))
            if m.get("syntactic_type") != "NAM" or kind not in kinds:
                continue
            ids = [a.get("t_id") for a in m.iter("token_anchor")]
            if ids:
                s, e = pos[ids[0]][0], pos[ids[-1]][1]
                items.append((kind, (s, e), text[s:e]))
        yield Article(text, id=f.stem[:60], lang="en"), items


def _linked(doc: Doc, span: tuple[int, int], places: bool) -> list[str]:
    """The countries of mentions overlapping the span (actors; an international organisation, which the
    knowledge base gives no country, needs none; places too when asked)."""
    out = []
    for m in doc.mentions:
        if m.start < span[1] and span[0] < m.end:
            international = m.actor is not None and (m.actor.sector == "IGO" or (m.via == "org" and m.actor.actor_id))
            if m.kind == "actor" and m.actor is not None and (m.actor.country or international):
                out.append(f"{m.text}={m.actor.country or '-'}-{m.actor.sector or '?'} ({m.via})")
            elif places and m.kind == "place" and m.place is not None and m.place.country:
                out.append(f"{m.text}=place:{m.place.country}")
    return out


SOURCES = {"quotes": (_quotes, False), "germeval": (_germeval, True), "meantime": (_meantime, True),
           # people: a name resolves only through a dictionary, an alias or an appositive giving a country
           "germeval-per": (partial(_germeval, kinds=("PER",)), False),
           "meantime-per": (partial(_meantime, kinds=("PER",)), False)}


def run(name: str, limit: int, misses: int, sample: int, seed: int) -> tuple[int, int]:
    """Score one corpus; print up to ``misses`` unresolved and ``sample`` resolved spans."""
    read, places = SOURCES[name]
    pipe = Pipeline(["segment", "dates", "quantities", "mentions"])
    hit = total = 0
    missed: list[str] = []
    found: list[str] = []
    for article, items in read(limit):
        if not items:
            continue
        doc = pipe(article)
        for cat, span, text in items:
            total += 1
            links = _linked(doc, span, places)
            line = f"  {cat:7} {text!r} [{article.id}]"
            if links:
                hit += 1
                found.append(line + " -> " + ", ".join(links))
            else:
                missed.append(line)
    rng = random.Random(seed)
    for label, lines, k in (("miss", missed, misses), ("link", found, sample)):
        for line in rng.sample(lines, min(k, len(lines))):
            print(f"{label}{line}")
    return hit, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", help=f"which corpora: {', '.join(SOURCES)} (default all)")
    ap.add_argument("--limit", type=int, default=700, help="documents (sentences for germeval) per corpus")
    ap.add_argument("--misses", type=int, default=0, help="print this many unresolved spans")
    ap.add_argument("--sample", type=int, default=0, help="print this many resolved spans, to judge the country")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"shared data not found at {DATA}", file=sys.stderr)
        return 2
    unknown = [c for c in args.corpus if c not in SOURCES]
    if unknown:
        print(f"unknown corpus {unknown[0]!r}: choose from {', '.join(SOURCES)}", file=sys.stderr)
        return 2
    for name in args.corpus or list(SOURCES):
        hit, total = run(name, args.limit, args.misses, args.sample, args.seed)
        print(f"{name}: resolved {hit}/{total} = {hit / total:.3f}" if total else f"{name}: corpus absent, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
