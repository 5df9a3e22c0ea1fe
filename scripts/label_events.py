#!/usr/bin/env python3
"""Hand-label the rules' events on unseen real news, for the learned scorer (eval/scorer-labels.jsonl).

`show` runs the rules (scorer off) over documents of ../shared/data that no label file holds yet and that
are not news-gold articles (the German Wikinews file contains all 60 of them), prints each event with its
sentence for a person to judge, and writes the pending records (labels null) to a file. `apply` reads that
file and a decisions file (one line per document: its id, then one letter per event: y = right, n = wrong
tuple (an event of that type is told, but its source or target country is wrong), x = no event of that
type at all (a misread trigger); - = not judged) and appends the judged records to the label file. The text
never enters the repository: a record holds the corpus file, line/row/document id, type, actors, offsets.

    .venv/bin/python scripts/label_events.py show --corpus wikinews --first 543 --events 150 --pending /tmp/p.jsonl
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
from scorer_data import DATA, GOLD, HAND_LABELS, ROOT  # noqa: E402

WIKINEWS = "german-wikinews-texts/dewikinews_998.jsonl"
GNAD = "10kgnad-test/test.csv"
EWT = ("ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu")
LETTERS = {"y": True, "n": False, "x": "no-event", "-": None}


def labelled(path: Path = HAND_LABELS) -> set[tuple[str, str]]:
    """(corpus, doc) of every document some label file already holds."""
    out = set()
    for p in sorted(path.parent.glob("scorer-labels*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.add((rec["corpus"], rec["doc"]))
    return out


def candidates(corpus: str, first: int, sections: set[str] | None) -> Iterator[dict]:
    """Unlabelled documents of one corpus from ``first`` on (line, row or document number)."""
    done = labelled()
    if corpus == "wikinews":
        gold_ids = {p.stem.rsplit("-", 1)[1] for p in (GOLD / "de").glob("*.json")}
        with (DATA / WIKINEWS).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                obj = json.loads(line)
                if n >= first and obj.get("wikinews_id") not in gold_ids and (WIKINEWS, f"line {n}") not in done:
                    yield {"corpus": WIKINEWS, "doc": f"line {n}", "id": f"wn-de-{obj.get('wikinews_id')}", "lang": "de",
                           "published": obj.get("date"), "text": obj["text"]}
    elif corpus == "gnad":
        with (DATA / GNAD).open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
                if (n >= first and len(row) == 2 and (sections is None or row[0] in sections)
                        and (GNAD, f"row {n}") not in done):
                    yield {"corpus": GNAD, "doc": f"row {n}", "id": f"gnad-{n}", "lang": "de", "published": None,
                           "text": row[1]}
    elif corpus == "meantime":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from throughput import meantime_en

        for n, art in enumerate(meantime_en(DATA)):
            if n >= first and ("meantime-en/intra-doc_annotation", art["id"]) not in done:
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
                if n >= first and (name, doc) not in done:
                    split = "dev" if "dev" in name else "test"
                    yield {"corpus": name, "doc": doc, "id": f"ewt-{split}-{doc}", "lang": "en", "published": None,
                           "text": " ".join(lines)}
                n += 1


def show(args: argparse.Namespace) -> int:
    """Print the rules' events of fresh documents until ``--events`` are shown; write the pending records."""
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    pipeline = Pipeline(scorer=False)
    sections = set(args.sections.split(",")) if args.sections else None
    total, out = 0, []
    for cand in candidates(args.corpus, args.first, sections):
        text = cand.pop("text")
        day = date.fromisoformat(cand["published"][:10]) if cand.get("published") else None
        doc = pipeline(Article(text, id=cand["id"], lang=cand["lang"], published=day))
        if not doc.events:
            continue
        print(f"=== {cand['id']} ({cand['doc']}) {len(doc.events)}")
        events = []
        for k, e in enumerate(doc.events):
            src = e.source.actor_id if e.source else None
            tgt = e.target.actor_id if e.target else None
            sent = " ".join(e.sentence_text.split())
            print(f" {k} {e.event_type} {src} -> {tgt} [{text[e.start:e.end]}] | {sent[:args.width]}")
            events.append([e.event_type, src, tgt, e.start, e.end, None])
        out.append({**cand, "events": events})
        total += len(events)
        if total >= args.events:
            break
    with Path(args.pending).open("a", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{total} events in {len(out)} documents -> {args.pending}", file=sys.stderr)
    return 0


def apply(args: argparse.Namespace) -> int:
    """Append the pending records, labelled by the decisions file, to the label file."""
    pending = {r["id"]: r for r in map(json.loads, Path(args.pending).read_text(encoding="utf-8").splitlines())}
    added = 0
    with args.output.open("a", encoding="utf-8") as fh:
        for n, line in enumerate(Path(args.decisions).read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            aid, letters = line.split()[0], "".join(line.split()[1:])
            rec = pending.get(aid)
            if rec is None or len(letters) != len(rec["events"]) or set(letters) - set(LETTERS):
                print(f"{args.decisions}:{n}: {aid}: unknown id or not one of y/n/x/- per event", file=sys.stderr)
                return 2
            events = [[*e[:5], LETTERS[c]] for e, c in zip(rec["events"], letters, strict=True) if LETTERS[c] is not None]
            fh.write(json.dumps({**rec, "events": events}, ensure_ascii=False) + "\n")
            added += len(events)
    print(f"{added} labelled events appended to {args.output}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show", help="print fresh documents' rule events, write them as pending records")
    s.add_argument("--corpus", required=True, choices=["wikinews", "gnad", "meantime", "ewt"])
    s.add_argument("--first", type=int, default=0, help="first line, row or document number to consider")
    s.add_argument("--sections", default="", help="10kGNAD sections, comma-separated (default: all)")
    s.add_argument("--events", type=int, default=100, help="stop after this many events")
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
