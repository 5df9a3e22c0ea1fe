#!/usr/bin/env python3
"""Where recall is lost, stage by stage, on one half of news-gold (rules only, no learned scorer).

For each required gold event, in the sentences its evidence span touches:
  trigger  a trigger of one of the gold types fired (the rules tried a candidate);
  event    that candidate became an event (it got a source actor with a country);
  source   one such event has the gold source country;
  target   one such event has the gold (source, target) pair, i.e. it would match.
The first stage an event fails is where it is lost: a trigger miss is a lexicon matter, a source or
target miss a role matter. The last line tells how often the target is right where type and source are
(issue 13 asks >= 85%). Triggers are seen by wrapping ``EventExtractor._event`` in this process.

    python3 eval/recall_stages.py --half dev --lang en            # counts per stage
    python3 eval/recall_stages.py --half dev --lang en --misses   # each loss with its sentence
    python3 eval/recall_stages.py --half dev --lang de --null-source   # only gold events whose doer has no
        # country (an IGO or international NGO, source null), and how many of lagebild's country-less events are right
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from news_gold import GOLD, half_of  # noqa: E402

from lagebild.extract.events import EventExtractor  # noqa: E402
from lagebild.model import Article, Doc  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

STAGES = ("trigger", "event", "source", "target")


def _country(ref: object) -> str | None:
    return getattr(ref, "country", None) or None


def _record_candidates(log: list[tuple[int, str, str | None, str | None, bool]]) -> None:
    """Wraps ``EventExtractor._event`` so every candidate (sentence, type, source, target, kept) is logged;
    a dropped candidate logs its trigger word (with /noun for a nominal trigger) in place of the target."""
    original = EventExtractor._event

    def logged(self, doc, c, trig, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        ev = original(self, doc, c, trig, *args, **kwargs)
        if ev is None:
            word = doc.tokens[trig.tok].text + ("/noun" if trig.nominal else "")
            log.append((c.sent, trig.rule.type, None, word, False))
        else:
            log.append((c.sent, ev.event_type, _country(ev.source), _country(ev.target), True))
        return ev

    EventExtractor._event = logged  # type: ignore[method-assign]


def stage_of(gold: dict, cands: list[tuple[int, str, str | None, str | None, bool]]) -> str:
    """The last stage the gold event passes ('none' where no trigger of its types fired)."""
    typed = [c for c in cands if c[1] in gold["types"]]
    if not typed:
        return "none"
    kept = [c for c in typed if c[4]]
    if not kept:
        return "trigger"
    src, tgt = gold["source"], gold.get("target")
    sym = gold.get("symmetric")
    with_src = [c for c in kept if c[2] == src or (sym and c[2] == tgt)]
    if not with_src:
        return "event"
    if any((c[2], c[3]) == (src, tgt) or (sym and (c[2], c[3]) == (tgt, src)) or (tgt is None and c[2] == src)
           for c in with_src):
        return "target"
    return "source"


def _count_null_tuples(doc: Doc, gold: list[dict], nulls: Counter[str], show: str | None) -> None:
    """Counts the document's unique (type, None, target) tuples as the shared scorer matches them: 'right' where a
    required gold event matches, 'optional' where only an optional one does, else 'wrong' (printed with ``show``)."""
    tuples = {(e.event_type, _country(e.target)): e for e in doc.events if _country(e.source) is None}
    for (etype, tgt), e in sorted(tuples.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        hits = [g for g in gold if etype in g["types"] and g["source"] is None
                and (g.get("target") is None or g.get("target") == tgt)]
        kind = "right" if any(not g.get("optional") for g in hits) else "optional" if hits else "wrong"
        nulls[kind] += 1
        if show and kind == "wrong":
            sent = next((doc.text[s.start:s.end] for s in doc.sentences if s.i == e.evidence_sentence), "")
            print(f"{show} wrong null-source tuple {etype}/None/{tgt}\n  {sent[:300]}")


def gold_stage(doc: Doc, text: str, ev: dict, log: list[tuple[int, str, str | None, str | None, bool]]
               ) -> tuple[set[int], list[tuple[int, str, str | None, str | None, bool]], str] | None:
    """The sentences a gold event's evidence touches, the candidates there and its stage (None: evidence not found)."""
    span = _span(text, ev.get("evidence") or "")
    if span is None:
        return None
    sents = {s.i for s in doc.sentences if s.start < span[1] and span[0] < s.end}
    # the article's final events too: a second target or doer ("expelled EU and Canadian diplomats",
    # "vetoed by Russia and China") becomes an event of its own outside ``_event``
    cands = [c for c in log if c[0] in sents] + [
        (e.evidence_sentence, e.event_type, _country(e.source), _country(e.target), True)
        for e in doc.events if e.evidence_sentence in sents]
    return sents, cands, stage_of(ev, cands)


def articles(which: str, lang: str, half: str, parts: list[str] | None = None) -> Iterator[tuple[str, dict, str]]:
    """(id, gold document, text) of news-gold's half, or of eval/dev2/ rebuilt from ../shared/data (all of it, or
    only ``parts``; the carry-check parts stay unread)."""
    if which == "dev2":
        from unseen_gold import CARRY_PARTS, SETS, dev_parts, load, news_gold_doc, text_of

        if set(parts or ()) & CARRY_PARTS:
            raise SystemExit(f"dev2 parts {', '.join(sorted(CARRY_PARTS))} are carry checks: score their totals with "
                             "eval/unseen_gold.py, never read their losses")
        for rec in load(lang, SETS["dev2"], ",".join(parts or dev_parts(lang))):
            text = text_of(rec)
            if text is not None:
                yield rec["id"], news_gold_doc(rec, text), text
        return
    for gold_file in sorted((GOLD / lang).glob("*.json")):
        if half == "all" or half_of(gold_file.stem) == half:
            yield (gold_file.stem, json.loads(gold_file.read_text(encoding="utf-8")),
                   gold_file.with_suffix(".txt").read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--misses", action="store_true", help="print each lost event with its sentence and candidates")
    ap.add_argument("--null-source", action="store_true",
                    help="only gold events with source null; also count lagebild's events with no source country")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold",
                    help="dev2: eval/dev2/ (a development set: all of it, --half ignored)")
    ap.add_argument("--parts", default=None, help="dev2 parts, comma-separated (default: all but the carry checks)")
    args = ap.parse_args()
    if args.set == "news-gold" and not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    if args.half == "test" and args.misses:
        print("--misses is for the dev half only (never read test-half errors to tune)", file=sys.stderr)
        return 2
    log: list[tuple[int, str, str | None, str | None, bool]] = []
    _record_candidates(log)
    pipe = Pipeline(scorer=False)
    counts: Counter[str] = Counter()
    targeted: Counter[str] = Counter()  # stage of the gold events that have a target
    total = 0
    nulls: Counter[str] = Counter()  # lagebild's tuples with no source country: right / wrong
    for stem, g, text in articles(args.set, args.lang, args.half, args.parts.split(",") if args.parts else None):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
        if args.null_source:
            _count_null_tuples(doc, g["events"], nulls, stem if args.misses else None)
        for ev in g["events"]:
            if ev.get("optional") or (args.null_source and ev["source"] is not None):
                continue
            total += 1
            found = gold_stage(doc, text, ev, log)
            if found is None:
                counts["unfound"] += 1
                continue
            sents, cands, stage = found
            counts[stage] += 1
            if ev.get("target"):
                targeted[stage] += 1
            if args.misses and stage != "target":
                sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
                print(f"{stem} {ev['id']} {ev['types']} {ev['source']}->{ev.get('target')} lost after "
                      f"'{stage}'\n  {sent[:300]}\n  candidates: {[c[1:] for c in cands]}")
    print(f"{args.lang} {args.half}: {total} required gold events")
    for stage in ("unfound", "none", *STAGES):
        print(f"  {stage:8} {counts[stage]:4}  " + {
            "unfound": "evidence not found in the text", "none": "no trigger of a gold type in the sentence",
            "trigger": "trigger fired, no event (no source)", "event": "event, wrong source",
            "source": "right source, wrong target", "target": "right source and target (would match)"}[stage])
    if args.null_source:
        print(f"  lagebild's tuples with no source country: {nulls['right']} match a gold event, "
              f"{nulls['optional']} an optional one, {nulls['wrong']} none")
    found = targeted["source"] + targeted["target"]
    if found:  # issue 13: where a matched gold event has a target, lagebild's is the same in >= 85%
        print(f"  targets: {targeted['target']} of {found} gold events with a target whose type and source are found "
              f"have the same target ({targeted['target'] / found:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
