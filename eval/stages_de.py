#!/usr/bin/env python3
"""Where German events are lost and where false ones come from, on one half of news-gold.

Recall, per required gold event (the stages of ``recall_stages.py``): no trigger of a gold type in the
sentence (split into "other type fired" and "nothing fired"), trigger but no event, event with the
wrong source, right source but wrong target, would match.  Precision, per false-positive tuple of the
shared scorer, the class of each event giving it, first that applies:

  modality     negated, hypothetical or denied (a reader codes no fact)
  in-name      the trigger stands inside quotes or a hyphenated name
  no-target    a gold event of this type in the sentence has a target, ours has none
  wrong-source a gold event of this type in the sentence has another source country
  wrong-target ... same source, another target country
  wrong-type   the sentence has gold events, none of this type (ambiguous word, wrong reading)
  repeat       no gold in the sentence; gold of this type and source elsewhere (earlier event,
               background reference such as "wegen der Proteste")
  domestic     no gold in the sentence, source == target
  no-gold      no gold event in the sentence at all (background, not a political event)

    python3 eval/stages_de.py --half dev               # counts (rules only)
    python3 eval/stages_de.py --half dev --scorer      # the same with the learned scorer on
    python3 eval/stages_de.py --half dev --show fp     # each false positive with its sentence
    python3 eval/stages_de.py --half dev --show miss   # each lost gold event with its candidates
    python3 eval/stages_de.py --set dev2 --show fp     # dev2's readable parts (never the carry checks)
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
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

from actor_coverage import _span  # noqa: E402
from news_gold import GOLD  # noqa: E402
from recall_stages import _record_candidates, articles, stage_of  # noqa: E402

from lagebild.model import Article, Event  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

FP_CLASSES = ("modality", "in-name", "no-target", "wrong-source", "wrong-target", "wrong-type", "repeat",
              "domestic", "no-gold")


def _cc(actor: object) -> str | None:
    return getattr(actor, "country", None) or None


def _tuple(ev: Event) -> tuple[str, str | None, str | None]:
    return ev.event_type, _cc(ev.source), _cc(ev.target)


def fp_class(ev: Event, sentence: str, gold_here: list[dict], gold_all: list[dict]) -> str:
    """The class of one false-positive event (see the module docstring), ``gold_here`` being the gold
    events whose evidence lies in the event's sentence."""
    if ev.modality in ("negated", "hypothetical") or ev.denied_by:
        return "modality"
    trig = ev.trigger
    if trig and ("-" in trig or any(sentence.find(q + trig) >= 0 or sentence.find(trig + q) >= 0
                                   for q in "„“\"")):
        return "in-name"
    typ, src, tgt = _tuple(ev)
    same = [g for g in gold_here if typ in g["types"]]
    if same:
        def fits(g: dict) -> bool:
            return src in (g["source"], g.get("target") if g.get("symmetric") else g["source"])
        if tgt is None and any(g.get("target") and fits(g) for g in same):
            return "no-target"
        if not any(fits(g) for g in same):
            return "wrong-source"
        return "wrong-target"
    if gold_here:
        return "wrong-type"
    if any(typ in g["types"] and g["source"] == src for g in gold_all):
        return "repeat"
    if src is not None and src == tgt:
        return "domestic"
    return "no-gold"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--scorer", action="store_true", help="keep the learned scorer on (default: rules only)")
    ap.add_argument("--show", choices=["fp", "miss", "both"], help="print each false positive / loss")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold",
                    help="dev2: eval/dev2/'s development parts (never the carry checks; --half ignored)")
    args = ap.parse_args()
    if args.set == "dev2":
        args.half = "dev"  # dev2's readable parts are development data as a whole
    elif not GOLD.is_dir():
        print(f"news-gold not found at {GOLD}", file=sys.stderr)
        return 2
    if args.half != "dev" and args.show:
        print("--show is for the dev half only (never read test-half errors to tune)", file=sys.stderr)
        return 2
    from score_events import score_article  # the shared scorer: the same matching as the figures

    log: list[tuple[int, str, str | None, str | None, bool]] = []
    _record_candidates(log)
    pipe = Pipeline(scorer=args.scorer)
    stages: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    fp_words: dict[str, Counter[str]] = {k: Counter() for k in FP_CLASSES}
    lost_words: Counter[str] = Counter()
    total = n_fp = 0
    for stem, g, text in articles(args.set, args.lang, args.half):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
        sent_of: dict[str, set[int]] = {}
        for ev in g["events"]:
            span = _span(text, ev.get("evidence") or "")
            sent_of[ev["id"]] = set() if span is None else {
                s.i for s in doc.sentences if s.start < span[1] and span[0] < s.end}
        for ev in g["events"]:
            if ev.get("optional"):
                continue
            total += 1
            sents = sent_of[ev["id"]]
            if not sents:
                stages["unfound"] += 1
                continue
            cands = [c for c in log if c[0] in sents]
            stage = stage_of(ev, cands)
            if stage == "none":
                stage = "none-other" if cands else "none-nothing"
            if stage == "trigger":
                lost_words.update(c[3] for c in cands if not c[4] and c[1] in ev["types"])
            stages[stage] += 1
            if args.show in ("miss", "both") and stage != "target":
                sent = " ".join(doc.text[s.start:s.end] for s in doc.sentences if s.i in sents)
                print(f"MISS {stem} {ev['id']} {ev['types']} {ev['source']}->{ev.get('target')} "
                      f"[{stage}]\n  {sent[:300]}\n  candidates: {[c[1:] for c in cands]}")
        result = score_article(g, [e.to_json() for e in doc.events])
        fp_tuples = set(result["false_positive"])
        for ev in doc.events:
            key = "/".join(str(x) for x in _tuple(ev))
            if key not in fp_tuples:
                continue
            fp_tuples.discard(key)  # one class per false tuple: its first event
            n_fp += 1
            here = [x for x in g["events"] if ev.evidence_sentence in sent_of[x["id"]]]
            cls = fp_class(ev, ev.sentence_text, here, g["events"])
            fps[cls] += 1
            fp_words[cls][ev.trigger.lower()] += 1
            if args.show in ("fp", "both"):
                gold_txt = [f"{'/'.join(x['types'])}:{x['source']}->{x.get('target')}" for x in here]
                print(f"FP {stem} {key} [{cls}] trigger={ev.trigger!r} src={getattr(ev.source, 'text', '')!r}"
                      f" tgt={getattr(ev.target, 'text', '')!r} mod={ev.modality}\n  {ev.sentence_text[:300]}\n"
                      f"  gold here: {gold_txt}")
    print(f"{args.lang} {args.set} {args.half} ({'scorer on' if args.scorer else 'rules only'}): {total} required gold events")
    for stage, what in (("unfound", "evidence not found in the text"),
                        ("none-nothing", "no trigger at all in the sentence"),
                        ("none-other", "only triggers of other types in the sentence"),
                        ("trigger", "trigger of a gold type, no event (no source)"),
                        ("event", "event, wrong source"), ("source", "right source, wrong target"),
                        ("target", "right source and target (would match)")):
        print(f"  {stage:12} {stages[stage]:4}  {what}")
    dev = args.half == "dev"  # the test half gives counts only: its words are errors not to tune on
    if lost_words and dev:
        print("  dropped triggers (trigger stage): " + ", ".join(f"{w} {n}" for w, n in lost_words.most_common(12)))
    print(f"{n_fp} false-positive tuples")
    for cls in FP_CLASSES:
        words = ", ".join(f"{w} {n}" for w, n in fp_words[cls].most_common(6)) if dev else ""
        print(f"  {cls:12} {fps[cls]:4}  {words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
