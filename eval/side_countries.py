#!/usr/bin/env python3
"""Where a countryless side's country comes from, and how often gold agrees (rules only).

A generic side ("police", "Islamist fighters", "die Truppen") has no country of its own; the mention stage
(context.fill_generic: a place, the scene, a counterpart, an earlier name, the article's main country) or the event
stage (the last event's source up to two sentences back, the document's country) gives it one. For each event side
so filled, this tells which rule gave it, whether it is the other side's country, and what gold says: ``right`` (a gold
event of the type whose other side is the event's has this country), ``wrong`` (such a gold event has another),
``gold-none`` (such a gold event leaves this side empty), ``no-gold`` (no gold event of the type and other side).

    python3 eval/side_countries.py --lang en               # news-gold dev, counts per rule
    python3 eval/side_countries.py --set dev2 --lang de    # dev2 a-e (the carry parts stay unread)
    python3 eval/side_countries.py --lang en --show wrong  # each such side with its sentence
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
from recall_stages import articles  # noqa: E402

from lagebild.extract.events import EventExtractor  # noqa: E402
from lagebild.model import Article, Doc, Event  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

FILLED_VIAS = ("+article", "+place", "+counterpart", "+earlier", "+federal")


def _record(log: list[tuple[Event, dict[str, str]]]) -> None:
    """Wraps ``_context_country`` (which branch answered) and ``_event`` (which rule filled each side)."""
    context, event = EventExtractor._context_country, EventExtractor._event

    def ctx(self, doc, sent):  # noqa: ANN001, ANN202
        got = context(self, doc, sent)
        last = self._last_event is not None and sent - self._last_event[0] <= 2
        self._side_ctx = (got, "event:last-source" if last else "event:document")
        return got

    def logged(self, doc, c, trig, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        self._side_ctx = (None, "")
        ev = event(self, doc, c, trig, *args, **kwargs)
        if ev is not None:
            log.append((ev, {r: _rule(doc, ev, r, self._side_ctx) for r in ("source", "target")}))
        return ev

    EventExtractor._context_country = ctx  # type: ignore[method-assign]
    EventExtractor._event = logged  # type: ignore[method-assign]


def _rule(doc: Doc, ev: Event, role: str, ctx: tuple[str | None, str]) -> str:
    """Which rule gave ``role`` its country: "" where the side has none or names its own."""
    ref = getattr(ev, role)
    if ref is None or not ref.country:
        return ""
    t = ev.trace
    if t.get(f"{role}_from") != "mention":
        return f"derived:{t.get(f'{role}_from')}"
    tok = t.get(f"{role}_tok")
    m = next((m for m in doc.mentions if m.tok_start == tok and m.actor is not None and m.actor.text == ref.text), None)
    if m is None or m.actor is None:
        return "?"
    if m.actor.country is None:
        return ctx[1] if ctx[0] == ref.country else "event:other"
    via = m.via or ""
    return f"mention:{via}" if any(via.endswith(v) for v in FILLED_VIAS) else ""


def _verdict(ev: Event, role: str, golds: list[dict]) -> str:
    other = "target" if role == "source" else "source"
    mine, theirs = getattr(ev, role).country, getattr(ev, other).country if getattr(ev, other) else None
    best = "no-gold"
    for g in golds:
        if ev.event_type not in g["types"]:
            continue
        pairs = [(g["source"], g.get("target"))] + ([(g.get("target"), g["source"])] if g.get("symmetric") else [])
        for s, t in pairs:
            gm, go = (s, t) if role == "source" else (t, s)
            if go != theirs and not (role == "target" and go is None):
                continue
            if gm == mine:
                return "right"
            best = "gold-none" if gm is None and best == "no-gold" else ("wrong" if gm is not None else best)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold")
    ap.add_argument("--show", default="", help="print the sides of this verdict (wrong, right, ...; 'all')")
    ap.add_argument("--rule", default="", help="with --show: only the sides filled by rules starting so ('event:')")
    args = ap.parse_args()
    log: list[tuple[Event, dict[str, str]]] = []
    _record(log)
    pipe = Pipeline(scorer=False)
    counts: Counter[tuple[str, str, bool, str]] = Counter()
    for stem, g, text in articles(args.set, args.lang, "dev"):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
        kept = {id(e) for e in doc.events}
        spans = [(ev, _span(text, ev.get("evidence") or "")) for ev in g["events"]]
        for ev, rules in log:
            if id(ev) not in kept:
                continue
            s = doc.sentences[ev.evidence_sentence]
            golds = [x for x, sp in spans if sp is not None and sp[0] < s.end and s.start < sp[1]]
            for role, rule in rules.items():
                if not rule:
                    continue
                other = ev.target if role == "source" else ev.source
                same = other is not None and other.country == getattr(ev, role).country
                verdict = _verdict(ev, role, golds)
                counts[(rule, role, same, verdict)] += 1
                if args.show in (verdict, "all") and rule.startswith(args.rule):
                    print(f"{stem} {ev.event_type} {ev.source.country if ev.source else None}->"
                          f"{ev.target.country if ev.target else None} {role} by {rule}: "
                          f"{getattr(ev, role).text!r} ({verdict})\n  {ev.sentence_text[:250]}")
    print(f"{args.set} {args.lang}: rule, side, other side's country?, verdict: count")
    for (rule, role, same, verdict), n in sorted(counts.items()):
        print(f"  {rule:28} {role:6} {'same' if same else 'diff':4} {verdict:9} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
