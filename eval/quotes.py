#!/usr/bin/env python3
"""Score lagebild's attribution on the German quotation-attribution corpus (Petersen-Frey & Biemann 2024).

The corpus (../shared/data/german-quotation-attribution, CC BY-NC-SA: read there, never copied) marks
each quotation in 850 Wikinews articles with its speaker, cue and quote spans. A gold quotation
*contains an event* when an extracted event's evidence overlaps its quote span, or when the event is the
speech act that frames it (its trigger lies in the gold cue: "X warf Y vor, …", whose evidence ends
before the quote; column "cue only" counts the quotations that have only such events); it is *right* when
every such event names the gold speaker: an attribution entry (or, when the event is the speech act
itself, its source) overlaps the speaker span or shares a name word with it. The speech act: the
trigger lies in the gold cue, or the quotation is of type Reported (speaker inside the quote).

    python3 eval/quotes.py                      # dev split: totals and per quotation type
    python3 eval/quotes.py --split train --show wrong   # every wrong quotation, for development
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "german-quotation-attribution"
_DATE = re.compile(r"\((\d{4})-(\d{2})-(\d{2})\)\s*$")
_FUNCTION = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
             "von", "vom", "und", "sein", "seine", "ihr", "ihre", "nach", "laut", "zufolge"}


@dataclass
class Quote:
    doc: str
    kind: str
    quote: list[tuple[int, int]]
    speaker: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    speaker_text: str
    quote_text: str
    events: list[dict[str, Any]] = field(default_factory=list)
    speech_acts: list[dict[str, Any]] = field(default_factory=list)  # events only by their trigger in the cue
    right: bool = False
    why: str = ""


def _spans(part: dict[str, Any] | None) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in (part or {}).get("spans") or []]


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w-]{3,}", text) if w[:1].isupper() and w.lower() not in _FUNCTION}


def names_speaker(actor: dict[str, Any], q: Quote) -> bool:
    """An attribution or source names the speaker: its offsets overlap the speaker span, or a name
    word is shared ("Bundeskanzlerin Angela Merkel (CDU)" and "Angela Merkel")."""
    if "start" in actor and "end" in actor and _overlaps((actor["start"], actor["end"]), q.speaker):
        return True
    return bool(_words(q.speaker_text) & (_words(actor.get("text") or "") | _words(actor.get("name") or "")))


def _trigger_at(text: str, ev: dict[str, Any]) -> tuple[int, int]:
    s, e = ev["evidence"]["start"], ev["evidence"]["end"]
    k = text.find(ev["trigger"], s, e) if ev.get("trigger") else -1
    return (k, k + len(ev["trigger"])) if k >= 0 else (s, e)


def judge(q: Quote, text: str) -> None:
    """Right when every event in the quotation names the gold speaker (see the module doc); a wrong
    one gets the cause of its first failing event (see :func:`cause`)."""
    verdicts = []
    for ev in q.events:
        speech_act = _overlaps(_trigger_at(text, ev), q.cue) or (q.kind == "Reported" and not q.cue)
        ok = any(names_speaker(a, q) for a in ev.get("attribution") or [])
        if not ok and speech_act and ev.get("source"):
            ok = names_speaker({**ev["source"], **_source_span(text, ev)}, q)
        if not ok and not q.why:
            q.why = cause(q, text, ev, speech_act)
        verdicts.append(ok)
    q.right = bool(verdicts) and all(verdicts)


def cause(q: Quote, text: str, ev: dict[str, Any], speech_act: bool) -> str:
    """Why an event does not name the speaker, so that misses can be grouped: the speech act's source is
    someone else; the trigger lies outside the quote (an event of the frame or of the rest of the
    sentence); no attribution at all; or an attribution naming someone else."""
    if speech_act:
        return "speech act: other source"
    if not _overlaps(_trigger_at(text, ev), q.quote):
        return "trigger outside the quote"
    if not ev.get("attribution"):
        return "no attribution"
    return "attribution names another"


def _source_span(text: str, ev: dict[str, Any]) -> dict[str, int]:
    """Offsets of the source's words inside the evidence, when they are there."""
    s, e = ev["evidence"]["start"], ev["evidence"]["end"]
    src = (ev.get("source") or {}).get("text") or ""
    m = re.compile(rf"(?<!\w){re.escape(src)}(?!\w)").search(text, s, e) if src else None  # "er" is no part of "Bürger"
    return {"start": m.start(), "end": m.end()} if m else {}


def load(split: str) -> list[dict[str, Any]]:
    path = CORPUS / f"{split}.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def published(doc: dict[str, Any]) -> date | None:
    m = _DATE.search(doc.get("documentName") or "")
    try:
        return date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def score(docs: list[dict[str, Any]]) -> list[Quote]:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    pipe = Pipeline()
    quotes: list[Quote] = []
    for d in docs:
        text = d["originalText"]
        art = Article(text, id=(d.get("documentName") or "").split(" - ")[0], lang="de", published=published(d))
        events = [e.to_json() for e in pipe(art).events] if text.strip() else []
        for a in d["annotations"]:
            q = Quote(art.id, a["type"], _spans(a["quote"]), _spans(a.get("speaker")), _spans(a.get("cue")),
                      (a.get("speaker") or {}).get("text") or "", a["quote"]["text"])
            q.events = [e for e in events if _overlaps((e["evidence"]["start"], e["evidence"]["end"]), q.quote)]
            # the speech act that frames the quotation ("X warf Y vor, ..."): its evidence stops before the quote
            q.speech_acts = [e for e in events if e not in q.events and q.cue and _overlaps(_trigger_at(text, e), q.cue)]
            q.events += q.speech_acts
            judge(q, text)
            quotes.append(q)
    return quotes


def summary(quotes: list[Quote]) -> dict[str, Any]:
    def block(qs: list[Quote]) -> dict[str, Any]:
        with_ev = [q for q in qs if q.events]
        spk = [q for q in with_ev if q.speaker]
        right = sum(q.right for q in spk)
        return {"quotations": len(qs), "with_event": len(with_ev),
                "by_cue_only": sum(len(q.speech_acts) == len(q.events) for q in with_ev),
                "with_event_and_speaker": len(spk),
                "right": right, "right_share": round(right / len(spk), 3) if spk else None}

    kinds = Counter(q.kind for q in quotes)
    return {"all": block(quotes), **{k: block([q for q in quotes if q.kind == k]) for k, _ in kinds.most_common()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (quick runs)")
    ap.add_argument("--show", choices=["none", "wrong", "all"], default="none",
                    help="print quotations that contain events (wrong ones, or all)")
    ap.add_argument("--json", action="store_true", help="print the totals as JSON")
    ap.add_argument("--evidence", action="store_true", help="with --show: print the sentence of each event too")
    ap.add_argument("--causes", action="store_true", help="group the wrong quotations by cause")
    args = ap.parse_args()
    if not (CORPUS / f"{args.split}.jsonl").is_file():
        print(f"quotation corpus not found: {CORPUS / (args.split + '.jsonl')}", file=sys.stderr)
        return 2
    docs = load(args.split)
    if args.limit:
        docs = docs[:args.limit]
    quotes = score(docs)
    if args.show != "none":
        for q in quotes:
            if q.events and q.speaker and (args.show == "all" or not q.right):
                why = f" ({q.why})" if not q.right else ""
                print(f"[{'ok' if q.right else 'WRONG'}]{why} {q.doc} {q.kind} speaker={q.speaker_text!r}")
                print(f"    quote: {q.quote_text[:160]!r}")
                for e in q.events:
                    att = "; ".join(f"{a['name']} ({a['text']!r}, {a['cue']})" for a in e["attribution"]) or "-"
                    src = (e.get("source") or {}).get("name")
                    print(f"    {e['event_type']} {src}->{(e.get('target') or {}).get('name')} "
                          f"trigger={e['trigger']!r} att={att} mod={e['modality']}")
                    if args.evidence:
                        print(f"      sentence: {e['evidence']['sentence'][:300]!r}")
    totals = summary(quotes)
    if args.causes:
        wrong = Counter(q.why for q in quotes if q.events and q.speaker and not q.right)
        for why, n in wrong.most_common():
            print(f"{n:>5}  {why}")
    if args.json:
        print(json.dumps(totals, indent=1))
        return 0
    print(f"{'type':<22}{'quotes':>7}{'w/ event':>10}{'cue only':>10}{'w/ speaker':>12}{'right':>7}{'share':>7}")
    for k, b in totals.items():
        share = f"{b['right_share']:.2f}" if b["right_share"] is not None else "-"
        print(f"{k:<22}{b['quotations']:>7}{b['with_event']:>10}{b['by_cue_only']:>10}{b['with_event_and_speaker']:>12}"
              f"{b['right']:>7}{share:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
