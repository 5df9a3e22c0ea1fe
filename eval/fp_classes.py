#!/usr/bin/env python3
"""Every false positive of the rules (scorer off) on a tuning set, put in one class by its cause (issue 13 item 3).

A predicted (type, source, target) tuple is false where the shared scorer matches no gold event to it; its first
event is read for the class, the first that applies wins:
  same-<from>     source and target of one country; <from> says where the target came from: 'clause' (a mention
                  in the clause), 'derived' (a fallback: context, the story's country, a place), with the mention's
                  'via' where it is one
  no-source       no source country (an unknown doer, an IGO)
  no-target       a target gold does not leave empty
  type            gold has the same pair in the sentence under another type
  source / target gold has the type in the sentence with the other role right
  duplicate       the same type and source is matched in the sentence with another target
  no-gold         gold has no event in the sentence at all (background, negated, general, a trigger misread)
  other           gold has events in the sentence, none close
Tuning sets only: news-gold's dev half (--set news-gold) or dev2's tuning parts (--set dev2).

    python3 eval/fp_classes.py --set dev2 --lang de            # class counts
    python3 eval/fp_classes.py --set news-gold --lang de --show # each false tuple with its sentence
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from recall_stages import articles  # noqa: E402

from lagebild.model import Article, Doc, Event  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"


def _matcher() -> Any:
    """The shared scorer's ``matches`` (its own code, so a tuple is false exactly where the scorer says so)."""
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.matches


def _c(ref: Any) -> str | None:
    return (getattr(ref, "country", None) or "").upper() or None


def tuple_of(e: Event) -> tuple[str, str | None, str | None]:
    return e.event_type, _c(e.source), _c(e.target)


def _sentence_countries(doc: Doc, sent: int) -> list[tuple[str, str, str, str, str]]:
    """(kind, via, country, text, preposition) of each mention with a country in sentence ``sent``."""
    out = []
    for m in doc.mentions:
        c = (m.actor.country if m.actor else None) or (m.place.country if m.place else None)
        if c and doc.tokens[m.tok_start].sent == sent:
            out.append((m.kind + ("/loc" if m.is_location else ""), m.via or "", c, m.text, m.preposition or ""))
    return out


def _record(doc: Doc, stem: str, tup: tuple[str, str | None, str | None], evs: list[Event], right: bool
            ) -> dict[str, Any]:
    """One predicted tuple and its first event, for reading and counting outside this script (--dump)."""
    e = evs[0]
    return {"article": stem, "tuple": tup, "right": right, "trigger": e.trigger, "modality": e.modality,
            "sentence": e.sentence_text[:300], "source_text": e.source.text if e.source else None,
            "target_text": e.target.text if e.target else None,
            "source_sector": e.source.sector if e.source else None, "target_sector": e.target.sector if e.target else None,
            "trace": e.trace, "n_events": len(evs), "mentions": _sentence_countries(doc, e.evidence_sentence)}


def classify(e: Event, gold_here: list[dict], matched_here: list[tuple[str, str | None, str | None]]) -> str:
    """The class of one false event against the gold events told in its sentence."""
    t, s, g = tuple_of(e)
    if s is not None and s == g:
        origin = e.trace.get("target_from", "?")
        return f"same-{origin}" + (f"-{e.trace.get('target_via')}" if origin == "mention" else "")
    if s is None:
        return "no-source"
    if any(ge["source"] == s and ge.get("target") == g for ge in gold_here):
        return "type"
    if any(t in ge["types"] and ge["source"] == s for ge in gold_here):
        return "no-target" if g is None else "target"
    if any(t in ge["types"] and ge.get("target") == g for ge in gold_here):
        return "source"
    if any(m[0] == t and m[1] == s for m in matched_here):
        return "duplicate"
    if not gold_here:
        return "no-gold"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="dev2")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--parts", default=None, help="dev2 parts, comma-separated (default: all but the carry checks)")
    ap.add_argument("--show", action="store_true", help="each false tuple with its class, trace and sentence")
    ap.add_argument("--dump", default=None, help="write every tuple (right or false) with its first event as JSONL here")
    args = ap.parse_args()
    matches = _matcher()
    pipe = Pipeline(scorer=False)
    classes: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    kept: Counter[str] = Counter()  # right tuples of one country on both sides, by where the roles came from
    wrong_same: Counter[str] = Counter()
    n_pred = n_right = 0
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for stem, g, text in articles(args.set, args.lang, "dev", args.parts.split(",") if args.parts else None):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        doc: Doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
        tuples: dict[tuple[str, str | None, str | None], list[Event]] = {}
        for e in doc.events:
            tuples.setdefault(tuple_of(e), []).append(e)
        gold_sents: dict[int, list[dict]] = {}
        for ge in g["events"]:
            span = _span(text, ge.get("evidence") or "")
            if span is not None:
                for s in doc.sentences:
                    if s.start < span[1] and span[0] < s.end:
                        gold_sents.setdefault(s.i, []).append(ge)
        right = {tup for tup in tuples if any(matches(ge, tup) and not ge.get("optional") for ge in g["events"])}
        optional = {tup for tup in tuples if tup not in right and any(matches(ge, tup) for ge in g["events"])}
        n_pred += len(tuples) - len(optional)
        n_right += len(right)
        for tup, evs in tuples.items():
            if dump is not None and tup not in optional:
                dump.write(json.dumps(_record(doc, stem, tup, evs, tup in right), ensure_ascii=False, default=str) + "\n")
            if tup in right and tup[1] is not None and tup[1] == tup[2]:
                e = evs[0]
                kept[f"same-{e.trace.get('target_from')} src-{e.trace.get('source_from')} {tup[0]}"] += 1
                if args.show:
                    print(f"{stem} RIGHT {'/'.join(str(x) for x in tup)} trig={e.trigger} "
                          f"src={e.trace.get('source_from')}/{e.trace.get('source_via', '')} "
                          f"tgt={e.trace.get('target_from')}/{e.trace.get('target_via', '')}\n    {e.sentence_text[:200]!r}")
            if tup in right or tup in optional:
                continue
            e = evs[0]
            here = gold_sents.get(e.evidence_sentence, [])
            matched_here = [t for t in right if any(x.evidence_sentence == e.evidence_sentence for x in tuples[t])]
            cls = classify(e, here, matched_here)
            classes[cls] += 1
            if cls.startswith("same"):
                wrong_same[f"{cls} src-{e.trace.get('source_from')} {tup[0]}"] += 1
            by_type[f"{cls} {tup[0]}"] += 1
            if args.show:
                tr = e.trace
                print(f"{stem} {cls:22} {'/'.join(str(x) for x in tup)} trig={e.trigger} "
                      f"src={tr.get('source_from')}/{tr.get('source_via', '')} tgt={tr.get('target_from')}/"
                      f"{tr.get('target_via', '')} mod={e.modality}\n    {e.sentence_text[:260]!r}\n    gold here: "
                      f"{[(x['types'], x['source'], x.get('target')) for x in here]}")
    print(f"{args.set} {args.lang}: {n_right} of {n_pred} predicted tuples right, {n_pred - n_right} false")
    for cls, n in classes.most_common():
        print(f"  {cls:24} {n:4}")
    print("by class and type (2 or more):")
    for k, n in by_type.most_common():
        if n >= 2:
            print(f"  {k:36} {n:4}")
    print("one country both sides, by target origin, source origin and type: right / false")
    for k in sorted(set(kept) | set(wrong_same), key=lambda k: -(kept[k] + wrong_same[k])):
        print(f"  {k:44} {kept[k]:3} / {wrong_same[k]:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
