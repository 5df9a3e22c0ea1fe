#!/usr/bin/env python3
"""How many quotations of the German quotation corpus tell a PLOVER event at all: the ceiling of
`eval/quotes.py`'s "hold an event" column, judged by hand on a fixed random sample.

The sample is drawn with a fixed seed from the dev split's quotations in file order, so it can be drawn
again without storing text. `eval/quote-ceiling.jsonl` holds one line per sampled quotation: ids and
offsets (document number, annotation id, quote span) and the hand labels, never the corpus text (CC BY-NC-SA,
read in ../shared only). Labels, following news-gold's GUIDELINES.md:

Each label is "yes", "maybe" (defensible either way) or "no":

- ``content``: the quoted words tell an event of a PLOVER type between identifiable political actors;
- ``speech_act``: the frame's cue is itself such an event (an accusation, demand, rejection, threat ...);
- ``event``: either of the two (what "hold an event" can count without false events);
- ``type``: the PLOVER type read, or null; ``note``: a few words of why, in the judge's words.

    python3 eval/quote_ceiling.py --show        # print the sample for judging (text from ../shared)
    python3 eval/quote_ceiling.py               # totals of the judged sample, extrapolated to the split
    python3 eval/quote_ceiling.py --system      # and which of them lagebild finds an event in now
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "german-quotation-attribution"
LABELS = ROOT / "eval" / "quote-ceiling.jsonl"
SEED = 8
SIZE = 100


def quotations(split: str = "dev") -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (document, annotation) pair of the split in file order: the frame the sample is drawn from."""
    with (CORPUS / f"{split}.jsonl").open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return [(d, a) for d in docs for a in d["annotations"]]


def sample(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[int]:
    """The fixed sample's indices into :func:`quotations`, sorted."""
    return sorted(random.Random(SEED).sample(range(len(pairs)), SIZE))


def key(doc: dict[str, Any], ann: dict[str, Any]) -> dict[str, Any]:
    """Ids and offsets naming a quotation without its text."""
    spans = ann["quote"]["spans"]
    return {"doc": doc["documentName"].split(" - ")[0], "annotation": ann["id"],
            "quote_start": spans[0]["charBegin"], "quote_end": spans[-1]["charEnd"], "kind": ann["type"]}


def show(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    for n, i in enumerate(sample(pairs)):
        doc, ann = pairs[i]
        k = key(doc, ann)
        print(f"#{n} {k['doc']}/{k['annotation']} {k['kind']} speaker={ann.get('speaker', {}).get('text')!r} "
              f"cue={ann.get('cue', {}).get('text')!r}")
        print(f"    title: {doc['documentName'].split(' - ', 1)[-1]}")
        print(f"    quote: {ann['quote']['text']}")
        print(f"    sentence: {context(doc, ann)}")


def context(doc: dict[str, Any], ann: dict[str, Any]) -> str:
    """The sentences the quotation and its frame lie in: a frame's cue ("wies ... zurück") is often outside
    the quoted words."""
    spans = [(s["charBegin"], s["charEnd"]) for part in ("quote", "frame", "cue")
             for s in (ann.get(part) or {}).get("spans") or []]
    return " ".join(s["text"].strip() for s in doc["sentences"]
                    if any(b < s["charEnd"] and s["charBegin"] < e for b, e in spans))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson interval of a share: the sample is small, so the extrapolation carries its range."""
    p = k / n
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return c - h, c + h


def report(total: int, system: bool) -> int:
    if not LABELS.is_file():
        print(f"no labels: {LABELS}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in LABELS.open(encoding="utf-8") if line.strip()]
    n = len(rows)
    for label in ("content", "speech_act", "event"):
        for name, ok in (("yes", {"yes"}), ("yes+maybe", {"yes", "maybe"})):
            k = sum(r[label] in ok for r in rows)
            lo, hi = wilson(k, n)
            print(f"{label:<11}{name:<10} {k:>3}/{n}  share {k / n:.2f} (95 % {lo:.2f}-{hi:.2f})  "
                  f"on {total}: {round(total * k / n)} ({round(total * lo)}-{round(total * hi)})")
    if system:
        held = holding(rows)
        judged = Counter(r["event"] for r in rows if (r["doc"], r["annotation"]) in held)
        found = sum((r["doc"], r["annotation"]) in held for r in rows if r["event"] == "yes")
        print(f"lagebild now: {len(held)} of the sample hold an event; judged yes {judged['yes']}, "
              f"maybe {judged['maybe']}, no {judged['no']}; {found} of the yes quotations found")
    return 0


def holding(rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
    """The sampled quotations that hold an event by `eval/quotes.py`'s measure, on the current pipeline."""
    sys.path.insert(0, str(ROOT / "eval"))
    import quotes

    wanted = {r["doc"] for r in rows}
    docs = [d for d in quotes.load("dev") if d["documentName"].split(" - ")[0] in wanted]
    keys = {(r["doc"], r["annotation"]) for r in rows}
    out: set[tuple[str, int]] = set()
    for d in docs:
        scored = quotes.score([d])  # one document at a time keeps annotation order aligned with the scores
        for ann, q in zip(d["annotations"], scored, strict=True):
            if q.events and (q.doc, ann["id"]) in keys:
                out.add((q.doc, ann["id"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print the sample's quotations for judging")
    ap.add_argument("--keys", action="store_true", help="print the sample's ids and offsets as JSON lines")
    ap.add_argument("--system", action="store_true",
                    help="also score the sample with the current pipeline (`eval/quotes.py`'s measure)")
    args = ap.parse_args()
    if not (CORPUS / "dev.jsonl").is_file():
        print(f"quotation corpus not found: {CORPUS / 'dev.jsonl'}", file=sys.stderr)
        return 2
    pairs = quotations()
    if args.show:
        show(pairs)
        return 0
    if args.keys:
        for i in sample(pairs):
            print(json.dumps(key(*pairs[i])))
        return 0
    return report(len(pairs), args.system)


if __name__ == "__main__":
    sys.exit(main())
