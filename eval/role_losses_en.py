#!/usr/bin/env python3
"""Why an English gold event whose trigger fired was lost to its roles, by class (rules only, no learned scorer).

recall_stages.py tells WHERE recall is lost; this tells WHY for the two role stages, from the spaCy parse of the
trigger each candidate came from:
  no source (the trigger fired, no event):
    noun-verb-subject   a noun trigger as a verb's object whose subject is no actor ("the planes dropped the food")
    noun-no-doer        a noun trigger with no doer in its own phrase nor a verb's subject ("attacks on X", "aid to X")
    passive-no-agent    a passive verb without "by" ("was detained", "bans were lifted", "was rejected in the Senate")
    pronoun-subject     a pronoun subject with no antecedent found ("We offered clemency", "I commend")
    generic-subject     a common-noun subject that is no actor of known country ("The clerics demanded", "crowds chanted")
    no-subject          a verb with no subject of its own: participle, infinitive, relative or coordinated clause
  wrong target (right source):
    target-in-phrase    the gold target's country is named in a phrase of the trigger's subtree (a role misread)
    target-in-sentence  ... named elsewhere in the sentence
    target-in-context   ... not named in the sentence at all: the article's context tells it
The test half prints counts only (never read test-half errors to tune).

    python3 eval/role_losses_en.py --half dev --show      # each loss with its class and sentence
    python3 eval/role_losses_en.py --set dev2 --show      # en-a (--part to choose others)
    python3 eval/role_losses_en.py --half test            # counts only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from news_gold import GOLD  # noqa: E402
from recall_stages import articles, stage_of  # noqa: E402

from lagebild.extract.analyser import Analysis, analysis_of  # noqa: E402
from lagebild.extract.events import EventExtractor  # noqa: E402
from lagebild.model import Article, Doc  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

SUBJ = {"nsubj", "csubj"}
PASSIVE = {"nsubjpass", "csubjpass", "auxpass"}
Cand = tuple[int, str, str | None, str | None, bool, int, bool]  # sent, type, source, target, kept, trigger tok, nominal


def _record(log: list[Cand]) -> None:
    """Wraps ``EventExtractor._event``: every candidate with its trigger token (recall_stages logs no token)."""
    original = EventExtractor._event

    def logged(self, doc, c, trig, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        ev = original(self, doc, c, trig, *args, **kwargs)
        src = ev.source.country if ev is not None and ev.source else None
        tgt = ev.target.country if ev is not None and ev.target else None
        log.append((c.sent, trig.rule.type, src, tgt, ev is not None, trig.tok, trig.nominal))
        return ev

    EventExtractor._event = logged  # type: ignore[method-assign]


def _actor_at(doc: Doc, i: int) -> bool:
    return any(m.tok_start <= i < m.tok_end and m.actor is not None and m.actor.country for m in doc.mentions)


def _subtree(parse: Analysis, i: int) -> set[int]:
    todo, seen = [i], set()
    while todo and len(seen) < 200:
        j = todo.pop()
        if j not in seen:
            seen.add(j)
            todo.extend(parse.children.get(j, []))
    return seen


def no_source_class(doc: Doc, parse: Analysis, tok: int, nominal: bool) -> str:
    """The class of a candidate that got no source, from the parse around its trigger token."""
    kids = parse.children.get(tok, [])
    deps = {parse.deps.get(c) for c in kids}
    if nominal:
        head = parse.heads.get(tok, tok)
        if parse.deps.get(tok) in ("dobj", "obj") and head != tok and any(
                parse.deps.get(c) in SUBJ for c in parse.children.get(head, [])):
            return "noun-verb-subject"
        return "noun-no-doer"
    if deps & PASSIVE and "agent" not in deps:
        return "passive-no-agent"
    subj = [c for c in kids if parse.deps.get(c) in SUBJ]
    if subj:
        s = subj[0]
        if parse.tags.get(s, "").startswith("PRP") or parse.tags.get(s) == "WP":
            return "pronoun-subject"
        return "generic-subject" if not any(_actor_at(doc, j) for j in _subtree(parse, s)) else "other"
    return "no-subject"


def wrong_target_class(doc: Doc, parse: Analysis | None, tok: int, sents: set[int], target: str) -> str:
    """Where the gold target's country is named, if at all: the trigger's own phrases, its sentence, or nowhere."""
    named = [m for m in doc.mentions if doc.tokens[m.tok_start].sent in sents and (
        (m.actor is not None and m.actor.country == target) or (m.place is not None and m.place.country == target))]
    if not named:
        return "target-in-context"
    inside = _subtree(parse, tok) if parse is not None else set()
    return "target-in-phrase" if any(m.tok_start in inside for m in named) else "target-in-sentence"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold")
    ap.add_argument("--part", default="a", help="dev2 parts to read, comma-separated (default a: en-a; a part kept for "
                    "a first figure, such as en-b before the lead scores it, stays unread)")
    ap.add_argument("--show", action="store_true", help="print each loss with its class and sentence (not for test)")
    args = ap.parse_args()
    if args.set == "news-gold" and not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    if args.show and args.set == "news-gold" and args.half != "dev":
        print("--show is for the dev half and dev2 only (never read test-half errors to tune)", file=sys.stderr)
        return 2
    log: list[Cand] = []
    _record(log)
    pipe = Pipeline(scorer=False)
    counts: Counter[str] = Counter()
    parts = args.part.split(",") if args.set == "dev2" else None
    for stem, g, text in articles(args.set, "en", args.half, parts):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        doc = pipe(Article(text, id=stem, lang="en", published=published))
        parse = analysis_of(doc)
        for ev in g["events"]:
            span = None if ev.get("optional") else _span(text, ev.get("evidence") or "")
            if span is None:
                continue
            sents = {s.i for s in doc.sentences if s.start < span[1] and span[0] < s.end}
            cands = [c for c in log if c[0] in sents]
            stage = stage_of(ev, [c[:5] for c in cands] + [
                (e.evidence_sentence, e.event_type, e.source.country if e.source else None,
                 e.target.country if e.target else None, True) for e in doc.events if e.evidence_sentence in sents])
            typed = [c for c in cands if c[1] in ev["types"]]
            if stage == "trigger" and typed and parse is not None:
                cls = no_source_class(doc, parse, typed[0][5], typed[0][6])
            elif stage == "source" and ev.get("target"):
                tok = next((c[5] for c in typed if c[4] and c[2] == ev["source"]), typed[0][5] if typed else 0)
                cls = wrong_target_class(doc, parse, tok, sents, ev["target"])
            else:
                continue
            counts[cls] += 1
            if args.show:
                sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
                print(f"{cls:18} {stem} {ev['id']} {ev['types']} {ev['source']}->{ev.get('target')}\n    {sent[:240]}")
    print(f"en {args.set if args.set == 'dev2' else args.half}: role losses by class")
    for cls, n in counts.most_common():
        print(f"  {cls:18} {n:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
