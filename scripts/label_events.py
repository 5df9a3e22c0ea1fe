#!/usr/bin/env python3
"""Hand-label the rules' events on unseen real news, for the learned scorer (eval/scorer-labels.jsonl).

`show` runs the rules (scorer off) over documents of ../shared/data that no label file holds yet and that
are not news-gold articles (the German Wikinews file contains all 60 of them), prints each event with its
sentence for a person to judge, and writes the pending records (labels null) to a file. `apply` reads that
file and a decisions file (one line per document: its id, then one letter per event: y = right, n = wrong
tuple (an event of that type is told, but its source or target country is wrong), x = no event of that
type at all (a misread trigger); o = news-gold's "optional" (background, debatable, only implied: stored as
null, unjudged); - = not judged) and adds the judged records to the label file. `show` offers only documents in
no label file, not in the unseen gold and (unless --any-part) in the TRAINING part by the hold-out hash, so new
labels never move the hold-out figures; `show --relabel` offers, in labelled training documents, the rule events
no stored label judges (the rules changed since), and `apply` merges those into their document's record;
`show --relabel --any-part` does the same for the hold-out part's documents (judged, never tuned on). The text
never enters the repository: a record holds the corpus file, line/row/document id, type, actors, offsets.

    .venv/bin/python scripts/label_events.py show --corpus wikinews --first 543 --events 150 --pending /tmp/p.jsonl
    .venv/bin/python scripts/label_events.py show --corpus gnad --relabel --pending /tmp/r.jsonl
    .venv/bin/python scripts/label_events.py apply --pending /tmp/p.jsonl --decisions /tmp/d.txt
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scorer_data import DATA, GOLD, HAND_LABELS, ROOT, held_out  # noqa: E402

WIKINEWS = "german-wikinews-texts/dewikinews_998.jsonl"
GNAD = "10kgnad-test/test.csv"
EWT = ("ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu")
# o = news-gold's "optional" (background, debatable, only implied): stored as null, so the event is unjudged
OPTIONAL = "optional"
LETTERS = {"y": True, "n": False, "x": "no-event", "o": OPTIONAL, "-": None}


def labelled(path: Path = HAND_LABELS) -> set[tuple[str, str]]:
    """(corpus, doc) of every document some label file already holds."""
    out = set()
    for p in sorted(path.parent.glob("scorer-labels*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.add((rec["corpus"], rec["doc"]))
    return out


def unseen_gold_docs(folder: Path = ROOT / "eval" / "unseen-gold") -> set[tuple[str, str]]:
    """(corpus, doc) of every unseen-gold article: a hold-out annotated in full, never to be labelled for training."""
    out = set()
    for p in sorted(folder.glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.add((rec["corpus"], rec["doc"]))
    return out


def fresh(corpus: str, doc: str, doc_id: str, done: set[tuple[str, str]], train_only: bool) -> bool:
    """Whether a document may be labelled: in no label file nor the unseen gold, and (``train_only``) not one the
    hold-out hash would put in the hold-out part, so new labels leave the hold-out figures comparable."""
    return (corpus, doc) not in done and not (train_only and held_out(doc_id))


def candidates(corpus: str, first: int, sections: set[str] | None, train_only: bool = True) -> Iterator[dict]:
    """Unlabelled documents of one corpus from ``first`` on (line, row or document number)."""
    done = labelled() | unseen_gold_docs()
    if corpus == "wikinews":
        gold_ids = {p.stem.rsplit("-", 1)[1] for p in (GOLD / "de").glob("*.json")}
        with (DATA / WIKINEWS).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                obj = json.loads(line)
                if (n >= first and obj.get("wikinews_id") not in gold_ids
                        and fresh(WIKINEWS, f"line {n}", f"wn-de-{obj.get('wikinews_id')}", done, train_only)):
                    yield {"corpus": WIKINEWS, "doc": f"line {n}", "id": f"wn-de-{obj.get('wikinews_id')}", "lang": "de",
                           "published": obj.get("date"), "text": obj["text"]}
    elif corpus == "gnad":
        with (DATA / GNAD).open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
                if (n >= first and len(row) == 2 and (sections is None or row[0] in sections)
                        and fresh(GNAD, f"row {n}", f"gnad-{n}", done, train_only)):
                    yield {"corpus": GNAD, "doc": f"row {n}", "id": f"gnad-{n}", "lang": "de", "published": None,
                           "text": row[1]}
    elif corpus == "meantime":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from throughput import meantime_en

        for n, art in enumerate(meantime_en(DATA)):
            if n >= first and fresh("meantime-en/intra-doc_annotation", art["id"], art["id"], done, train_only):
                yield {"corpus": "meantime-en/intra-doc_annotation", "doc": art["id"], "id": art["id"], "lang": "en",
                       "published": art.get("published"), "text": art["text"]}
    elif corpus == "ewt":
        n = 0
        for name in EWT:
            docs: dict[str, list[str]] = {}
            cur = None
            for line in (DATA / name).read_text(encoding="utf-8").splitlines():
                if line.startswith("# newdoc id ="):
                    cur = line.split("=", 1)[1].strip()
                    docs[cur] = []
                elif cur and line.startswith("# text ="):
                    docs[cur].append(line.split("=", 1)[1].strip())
            for doc, lines in docs.items():
                split = "dev" if "dev" in name else "test"
                if n >= first and fresh(name, doc, f"ewt-{split}-{doc}", done, train_only):
                    yield {"corpus": name, "doc": doc, "id": f"ewt-{split}-{doc}", "lang": "en", "published": None,
                           "text": " ".join(lines)}
                n += 1


CORPORA = {"wikinews": WIKINEWS, "gnad": GNAD, "meantime": "meantime-en/intra-doc_annotation", "ewt": EWT}


def unlabelled(stored: list[list], event: list) -> bool:
    """Whether no stored label judges this rule event (``hand_label``'s matching: the same type and actors over an
    overlapping span, or a misread trigger of its type there): rules changed since the document was labelled."""
    t, s, g, a0, b0 = event[:5]
    return not any(a < b0 and a0 < b and (t2, s2, g2) == (t, s, g) or (t2 == t and y == "no-event" and a < b0 and a0 < b)
                   for t2, s2, g2, a, b, y in stored)


def relabel_candidates(corpus: str, holdout: bool = False) -> Iterator[dict]:
    """Documents of the label file from one corpus, with their stored events, for ``--relabel``: the training
    part, or (``holdout``) the hold-out part, whose unjudged events would otherwise drift out of its measure."""
    from scorer_data import _hand_text

    names = CORPORA[corpus] if isinstance(CORPORA[corpus], tuple) else (CORPORA[corpus],)
    for line in HAND_LABELS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        found = None if rec["corpus"] not in names or held_out(rec["id"]) != holdout else _hand_text(rec["corpus"], rec["doc"])
        if found is not None:
            yield {**{k: rec.get(k) for k in ("corpus", "doc", "id", "lang", "published")}, "text": found[0],
                   "stored": rec["events"]}


def show(args: argparse.Namespace) -> int:
    """Print the rules' events of fresh documents (``--relabel``: the events no label judges in labelled
    training documents) until ``--events`` are shown; write the pending records."""
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    pipeline = Pipeline(scorer=False)
    sections = set(args.sections.split(",")) if args.sections else None
    total, out = 0, []
    docs = relabel_candidates(args.corpus, args.any_part) if args.relabel else candidates(args.corpus, args.first, sections,
                                                                          not args.any_part)
    for cand in docs:
        text, stored = cand.pop("text"), cand.pop("stored", [])
        day = date.fromisoformat(cand["published"][:10]) if cand.get("published") else None
        doc = pipeline(Article(text, id=cand["id"], lang=cand["lang"], published=day))
        rows = [(e, [e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None,
                     e.start, e.end, None]) for e in doc.events]
        rows = [(e, row) for e, row in rows if unlabelled(stored, row)]
        if not rows:
            continue
        print(f"=== {cand['id']} ({cand['doc']}) {len(rows)}")
        for k, (e, row) in enumerate(rows):
            sent = " ".join(e.sentence_text.split())
            print(f" {k} {row[0]} {row[1]} -> {row[2]} [{text[e.start:e.end]}] | {sent[:args.width]}")
        out.append({**cand, "events": [row for _, row in rows]})
        total += len(rows)
        if total >= args.events:
            break
    with Path(args.pending).open("a", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{total} events in {len(out)} documents -> {args.pending}", file=sys.stderr)
    return 0


def judged(record: dict, letters: str) -> list[list]:
    """The pending record's events with their letters' labels; "-" (not judged) leaves an event out."""
    return [[*e[:5], None if LETTERS[c] == OPTIONAL else LETTERS[c]]
            for e, c in zip(record["events"], letters, strict=True) if LETTERS[c] is not None]


def apply(args: argparse.Namespace) -> int:
    """Add the pending records, labelled by the decisions file, to the label file: a document the file already
    holds (``show --relabel``) gets the new events merged into its record, any other is appended."""
    pending = {r["id"]: r for r in map(json.loads, Path(args.pending).read_text(encoding="utf-8").splitlines())}
    out = [json.loads(line) for line in args.output.read_text(encoding="utf-8").splitlines()] if args.output.is_file() else []
    where = {(r["corpus"], r["doc"]): r for r in out}
    added = 0
    for n, line in enumerate(Path(args.decisions).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        aid, letters = line.split()[0], "".join(line.split()[1:])
        rec = pending.get(aid)
        if rec is None or set(letters) - set(LETTERS) or len(letters) != len(rec["events"]):
            print(f"{args.decisions}:{n}: {aid}: unknown id or not one of y/n/x/o/- per event", file=sys.stderr)
            return 2
        events = judged(rec, letters)
        old = where.get((rec["corpus"], rec["doc"]))
        if old is None:
            old = where[(rec["corpus"], rec["doc"])] = {**rec, "events": []}
            out.append(old)
        seen = {tuple(e[:5]) for e in old["events"]}
        fresh_events = [e for e in events if tuple(e[:5]) not in seen]
        old["events"] += fresh_events
        added += len(fresh_events)
    args.output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{added} labelled events added to {args.output}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show", help="print fresh documents' rule events, write them as pending records")
    s.add_argument("--corpus", required=True, choices=["wikinews", "gnad", "meantime", "ewt"])
    s.add_argument("--first", type=int, default=0, help="first line, row or document number to consider")
    s.add_argument("--sections", default="", help="10kGNAD sections, comma-separated (default: all)")
    s.add_argument("--events", type=int, default=100, help="stop after this many events")
    s.add_argument("--any-part", action="store_true",
                   help="also documents the hold-out hash puts in the hold-out part (default: training part only); "
                        "with --relabel: the hold-out part's documents instead of the training part's")
    s.add_argument("--relabel", action="store_true",
                   help="labelled training-part documents: show only the rule events no stored label judges")
    s.add_argument("--width", type=int, default=260, help="characters of each sentence shown")
    s.add_argument("--pending", required=True, help="file the pending records are appended to")
    a = sub.add_parser("apply", help="append judged pending records to the label file")
    a.add_argument("--pending", required=True)
    a.add_argument("--decisions", required=True)
    a.add_argument("--output", type=Path, default=ROOT / "eval" / "scorer-labels.jsonl")
    args = ap.parse_args()
    return show(args) if args.cmd == "show" else apply(args)


if __name__ == "__main__":
    sys.exit(main())
