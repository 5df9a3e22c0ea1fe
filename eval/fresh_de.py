#!/usr/bin/env python3
"""German recall on FRESH news no rule was fitted on: sentences of unlabelled articles, hand-labelled per sentence.

The sample is ~150 articles of ../shared/data (10kGNAD International/Inland rows, Wikinews lines) that no labelled
set holds (news-gold, eval/dev2, eval/unseen-gold, eval/scorer-labels.jsonl; matched by reference and by the first
200 characters of the text). The labels (eval/fresh-de-labels.jsonl) keep sentence ids and events, never the text:
this script rebuilds the sentences from ../shared at run time and skips cleanly when it is absent.

    .venv/bin/python eval/fresh_de.py list [--all]     # candidate sentences with our events (rules mode)
    .venv/bin/python eval/fresh_de.py list --blind     # the same sentences without our events (label these first)
    .venv/bin/python eval/fresh_de.py score            # recall / precision on the labelled sentences

`--sample 2` (round 27) is the next 150 Wikinews lines in the same hash order (10kGNAD has no International/Inland
row left that sample 1 did not take), labelled in eval/fresh-de-labels-2.jsonl; `--sample 1` stays comparable.
`--sample 3` (round 39) is the next 50 Wikinews lines plus 25 10kGNAD Panorama and 25 Wirtschaft rows (precision on
less political news), labelled blind in eval/fresh-de-labels-3.jsonl; once labelled, its documents are the ones the
labels name (a later dev2 part cannot shift it).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
GNAD = "10kgnad-test/test.csv"
WIKI = "german-wikinews-texts/dewikinews_998.jsonl"
LABELS = {1: ROOT / "eval" / "fresh-de-labels.jsonl", 2: ROOT / "eval" / "fresh-de-labels-2.jsonl",
          3: ROOT / "eval" / "fresh-de-labels-3.jsonl"}
PER_SOURCE = 75
SAMPLE2_WIKI = 150
SAMPLE3_WIKI = 50
SAMPLE3_GNAD = 25
SAMPLE3_CATS = ("Panorama", "Wirtschaft")


def _key(text: str) -> str:
    return " ".join(text[:200].split())


def _corpus_docs(cats: tuple[str, ...] = ("International", "Inland")) -> dict[tuple[str, str], str]:
    """Every German candidate document of the two corpora: (corpus, doc ref) -> text (10kGNAD rows of `cats`)."""
    docs: dict[tuple[str, str], str] = {}
    with (DATA / GNAD).open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
            if len(row) == 2 and row[0] in cats:
                docs[(GNAD, f"row {n}")] = row[1]
    with (DATA / WIKI).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            docs[(WIKI, f"line {n}")] = json.loads(line)["text"]
    return docs


def _labelled() -> tuple[set[tuple[str, str]], set[str]]:
    """References and text keys of every document any labelled set holds."""
    refs: set[tuple[str, str]] = set()
    files = [*sorted((ROOT / "eval" / "dev2").glob("*.jsonl")), *sorted((ROOT / "eval" / "unseen-gold").glob("*.jsonl")),
             ROOT / "eval" / "scorer-labels.jsonl"]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if "corpus" in rec and "doc" in rec:
                    refs.add((rec["corpus"], rec["doc"]))
    keys = {_key(p.read_text(encoding="utf-8")) for p in (DATA / "news-gold").glob("*/*.txt")}
    return refs, keys


def sample(n: int = 1) -> list[tuple[str, str, str]]:
    """The fresh articles of sample n, fixed by a hash order: (corpus, doc ref, text); sample 2 follows sample 1,
    sample 3 the next Wikinews lines plus 10kGNAD Panorama/Wirtschaft rows (precision on less political news)."""
    frozen = _frozen(n)
    if frozen is not None:
        docs = _corpus_docs(("International", "Inland", *SAMPLE3_CATS))
        return [(c, d, docs[(c, d)]) for c, d in frozen if (c, d) in docs]
    docs = _corpus_docs()
    refs, keys = _labelled()
    used = keys | {_key(docs[r]) for r in refs if r in docs}
    out = []
    for corpus in (GNAD, WIKI):
        fresh = [(c, d, t) for (c, d), t in docs.items()
                 if c == corpus and (c, d) not in refs and _key(t) not in used and len(t) > 300]
        fresh.sort(key=lambda x: hashlib.sha256(f"{x[0]}|{x[1]}".encode()).hexdigest())
        if n == 1:
            out += fresh[:PER_SOURCE]
        elif corpus == WIKI and n == 2:
            out += fresh[PER_SOURCE:PER_SOURCE + SAMPLE2_WIKI]
        elif corpus == WIKI:
            start = PER_SOURCE + SAMPLE2_WIKI
            out += fresh[start:start + SAMPLE3_WIKI]
    if n == 3:
        other = _corpus_docs(SAMPLE3_CATS)
        for cat in SAMPLE3_CATS:
            rows = _gnad_rows(cat)
            fresh = [(GNAD, d, other[(GNAD, d)]) for d in rows if (GNAD, d) not in refs
                     and _key(other[(GNAD, d)]) not in used and len(other[(GNAD, d)]) > 300]
            fresh.sort(key=lambda x: hashlib.sha256(f"{x[0]}|{x[1]}".encode()).hexdigest())
            out += fresh[:SAMPLE3_GNAD]
    return out


def _frozen(n: int) -> list[tuple[str, str]] | None:
    """Sample 3's documents as its labels name them, once labelled: a dev2 part added later that takes one of its
    rows would otherwise shift the sample and leave labels stale (samples 1 and 2 rely on later parts excluding them)."""
    if n != 3 or not LABELS[3].is_file():
        return None
    out: dict[tuple[str, str], None] = {}
    for line in LABELS[3].read_text(encoding="utf-8").splitlines():
        if line.strip():
            src, ref, _i = json.loads(line)["sid"].split(":")
            out[(GNAD, f"row {ref}") if src == "gnad" else (WIKI, f"line {ref}")] = None
    return list(out)


def _gnad_rows(cat: str) -> list[str]:
    """The doc refs of one 10kGNAD category."""
    with (DATA / GNAD).open(encoding="utf-8") as fh:
        return [f"row {n}" for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1)
                if len(row) == 2 and row[0] == cat]


def _sid(corpus: str, doc: str, i: int) -> str:
    return f"{'gnad' if corpus == GNAD else 'wn'}:{doc.split()[1]}:{i}"


def _tag(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def _run(n: int = 1) -> list[tuple[str, Any]]:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    os.environ.setdefault("LAGEBILD_SCORER", "off")
    arts = [Article(text=t, id=_sid(c, d, 0).rsplit(":", 1)[0], lang="de") for c, d, t in sample(n)]
    return [(a.id, doc) for a, doc in zip(arts, Pipeline().pipe(arts), strict=True)]


def _actors(doc: Any, i: int) -> list[str]:
    out = []
    for m in doc.mentions_in(i):
        if m.kind == "actor" and m.actor is not None and m.actor.actor_id:
            out.append(f"{m.text}={m.actor.actor_id}")
    return out


def _ev(e: Any) -> str:
    side = [(r.actor_id or "-") if r else "-" for r in (e.source, e.target)]
    return f"{e.event_type}:{side[0]}>{side[1]}"


def _country(actor: Any) -> str:
    """An actor's country as the labels give it ("-" for none or a stateless one)."""
    return (actor.country if actor is not None else None) or "-"


def cmd_list(show_all: bool, n: int = 1, blind: bool = False) -> None:
    """Candidate sentences; blind ones are chosen by actors alone and print no events (labels for recall come first)."""
    for aid, doc in _run(n):
        for s in doc.sentences:
            acts = _actors(doc, s.i)
            evs = [e for e in doc.events if e.evidence_sentence == s.i]
            if not show_all and len(acts) < 2 and not (acts and (evs or blind)):
                continue
            text = doc.sentence_text(s.i).replace("\n", " ")
            print(f"## {aid}:{s.i} [{_tag(doc.sentence_text(s.i))}] {text}")
            print(f"   actors: {'; '.join(acts)}")
            if blind:
                continue
            print(f"   events: {' '.join(_ev(e) + '(' + e.trigger + ')' for e in evs) or '-'}")


def cmd_score(verbose: bool, n: int = 1) -> None:
    if not LABELS[n].is_file():
        sys.exit("no labels")
    labels = [json.loads(x) for x in LABELS[n].read_text(encoding="utf-8").splitlines() if x.strip()]
    by_doc: dict[str, Any] = dict(_run(n))
    gold_n = pred_n = hit_g = hit_p = stale = 0
    classes: Counter[str] = Counter()
    for lab in labels:
        aid, i = lab["sid"].rsplit(":", 1)
        doc = by_doc.get(aid)
        if doc is None or int(i) >= len(doc.sentences) or _tag(doc.sentence_text(int(i))) != lab["tag"]:
            stale += 1
            continue
        gold = [tuple(x) for x in lab["events"]]
        pred = list(dict.fromkeys((e.event_type, _country(e.source), _country(e.target))
                                  for e in doc.events if e.evidence_sentence == int(i)))
        ok_g = [g for g in gold if g in pred]
        ok_p = [p for p in pred if p in gold or list(p) in lab.get("ok", [])]
        gold_n += len(gold)
        pred_n += len(pred)
        hit_g += len(ok_g)
        hit_p += len(ok_p)
        for c in lab.get("miss", []):
            classes["missed " + c.split(":")[0]] += 1
        if lab.get("false"):
            classes["false " + lab["false"].split("(")[0]] += 1
        if verbose and (len(ok_g) < len(gold) or len(ok_p) < len(pred)):
            print(lab["sid"], "gold", gold, "pred", pred)
    r = hit_g / gold_n if gold_n else 0.0
    p = hit_p / pred_n if pred_n else 0.0
    print(f"sample {n}: labelled sentences {len(labels) - stale} (stale {stale}): recall {r:.3f} ({hit_g}/{gold_n}), "
          f"precision {p:.3f} ({hit_p}/{pred_n})")
    print("classes as labelled:", ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=["list", "score", "ids"])
    ap.add_argument("--all", action="store_true", help="list every sentence, not only those naming actors")
    ap.add_argument("--blind", action="store_true", help="list: no events, sentences chosen by actors alone")
    ap.add_argument("--sample", type=int, choices=[1, 2, 3], default=1,
                    help="1: round 26's 146 articles; 2: round 27's; 3: round 39's (Wikinews + Panorama/Wirtschaft)")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    if not (DATA / GNAD).is_file() or not (DATA / WIKI).is_file():
        print("../shared/data absent: nothing to do")
        return 0
    if args.cmd == "ids":
        for c, d, _t in sample(args.sample):
            print(c, d)
    elif args.cmd == "list":
        cmd_list(args.all, args.sample, args.blind)
    else:
        cmd_score(args.v, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
