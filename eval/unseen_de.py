#!/usr/bin/env python3
"""German rule events on hand-labelled UNSEEN news (eval/scorer-labels.jsonl), right / wrong by class.

The labels (round 5) say, per rule event on German Wikinews and 10kGNAD articles outside news-gold,
whether a reader codes it; they hold offsets and actors, never text.  This script reruns the rules
(scorer off) on those documents, matches each event to its label by type + evidence offsets (else an
overlapping span of the same type), counts right / wrong / unlabelled, and puts each wrong (or, with
--new, unlabelled) event in a class assigned from its sentence, first that applies:

  modality     negated / hypothetical / denied
  crime        police, court or crime vocabulary in the sentence (a police report, not politics)
  background   the sentence retells an earlier event (pluperfect, "damals", "vor ... Jahren")
  domestic     source and target are the same country
  no-source-ctry  the source has no country
  other        anything else (general verb, wrong reading, wrong actor)

    python3 eval/unseen_de.py                 # counts
    python3 eval/unseen_de.py --show wrong    # each wrong event with its sentence, by class
    python3 eval/unseen_de.py --show new      # events the labels do not know (after a rule change)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from scorer_data import HAND_LABELS, hand_article  # noqa: E402

from lagebild.model import Event  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

CLASSES = ("modality", "crime", "background", "domestic", "no-source-ctry", "other")
_CRIME = re.compile(r"(Polizei|polizei|Staatsanwalt|Gericht|gericht|Täter|Verdächtig|verdächtig|festgenommen|"
                    r"verhaftet|Mord|ermordet|Raub|Diebstahl|Festnahme|Haft|verurteilt|Anklage|angeklagt|"
                    r"Ermittl|Opfer|getötet|erschossen|Leiche|Unfall)")
_BACKGROUND = re.compile(r"\b(hatten?|waren)\b[^.]*\b\w+(t|en)\b[^,.]*\b(hatten?|waren)?\b|\bdamals\b|\bvor \w+ Jahren\b|"
                         r"\bbereits im\b|\bim Jahre? \d{4}\b|\bzuvor\b")


def _cc(actor: object) -> str | None:
    return getattr(actor, "country", None) or None


def wrong_class(ev: Event) -> str:
    """A rough class of one event the labels call wrong, from its modality, actors and sentence."""
    s = ev.sentence_text
    if ev.modality in ("negated", "hypothetical") or ev.denied_by:
        return "modality"
    if _CRIME.search(s):
        return "crime"
    if re.search(r"\b(hatten?|hattest|war|waren)\b.*\b(ge\w+t|ge\w+en|worden)\b", s) or _BACKGROUND.search(s):
        return "background"
    if _cc(ev.source) and _cc(ev.source) == _cc(ev.target):
        return "domestic"
    if not _cc(ev.source):
        return "no-source-ctry"
    return "other"


def label_of(ev: Event, labelled: list[list]) -> bool | None:
    """The hand label of an event: same type and offsets, else an overlapping span of the same type."""
    exact = [y for t, _s, _g, a, b, y in labelled if (t, a, b) == (ev.event_type, ev.start, ev.end)]
    near = [y for t, _s, _g, a, b, y in labelled if t == ev.event_type and a < ev.end and ev.start < b]
    return (exact or near or [None])[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", choices=["wrong", "new", "right", "all"], help="print these events with their sentence")
    ap.add_argument("--scorer", action="store_true", help="keep the learned scorer on (default: rules only)")
    args = ap.parse_args()
    if not HAND_LABELS.is_file():
        print(f"hand labels not found at {HAND_LABELS}", file=sys.stderr)
        return 2
    pipe = Pipeline(scorer=args.scorer)
    counts: Counter[str] = Counter()
    by_class: dict[str, list[str]] = defaultdict(list)
    cls_count: Counter[str] = Counter()
    n_docs = 0
    for line in HAND_LABELS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["lang"] != "de":
            continue
        article = hand_article(rec)
        if article is None:
            continue
        n_docs += 1
        doc = pipe(article)
        # round 6 labels: "no-event" (a misread trigger) is wrong
        labelled = [[*e[:5], False if e[5] == "no-event" else e[5]] for e in rec["events"] if e[5] is not None]
        counts["labelled right"] += sum(1 for e in labelled if e[5])
        counts["labelled wrong"] += sum(1 for e in labelled if not e[5])
        for ev in doc.events:
            lab = label_of(ev, labelled)
            kind = {True: "right", False: "wrong", None: "new"}[lab]
            counts[kind] += 1
            cls = wrong_class(ev) if kind != "right" else "right"
            if kind == "wrong":
                cls_count[cls] += 1
            if args.show in (kind, "all"):
                src = f"{getattr(ev.source, 'text', None)!r}={getattr(ev.source, 'actor_id', None)}"
                tgt = f"{getattr(ev.target, 'text', None)!r}={getattr(ev.target, 'actor_id', None)}"
                by_class[f"{kind}/{cls}"].append(
                    f"{rec['id']} {rec['doc']} {ev.event_type} trig={ev.trigger!r} {src} -> {tgt} "
                    f"mod={ev.modality} [{ev.start}:{ev.end}]\n    {ev.sentence_text[:400]}")
    for key in sorted(by_class):
        print(f"== {key} ({len(by_class[key])})")
        for row in by_class[key]:
            print("  " + row)
    print(f"{n_docs} German documents; labels: {counts['labelled right']} right, {counts['labelled wrong']} wrong")
    print(f"rule events now ({'scorer on' if args.scorer else 'rules only'}): right {counts['right']}, "
          f"wrong {counts['wrong']}, unlabelled {counts['new']}")
    print("wrong by class: " + ", ".join(f"{c} {cls_count[c]}" for c in CLASSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
