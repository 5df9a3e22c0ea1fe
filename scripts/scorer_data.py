"""Training data for the learned event scorer: the rules' events (scorer off) on each source, labelled.

Sources: the news-gold DEV half and eval/dev2/ (labels by ../shared/tools/score_events.py's tuple rules), the PLOVER GSR
DEV half and the seed article (labels by lagebild.evaluate's matching, as `lagebild evaluate` scores
them), and rule events on unseen real news labelled right/wrong by hand (eval/scorer-labels.jsonl: the
file and line or document id in ../shared/data, the event's type, actors and offsets; never the text); their
fixed HOLD-OUT third (``held_out``) is read only to report unseen precision, never to fit or choose.
The news-gold test half and the GSR test half are never read here. Each document is a Record
(scripts/scorer_record.py), which caches its counts per set of kept events, so thresholds scan cheaply.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer_record import ROOT, SCORER, SHARED_SCORED, Record, _filter, _hand_counts, _tuple, module, prf  # noqa: F401 - callers read them here

if TYPE_CHECKING:
    from lagebild.model import Article

GOLD = ROOT.parent / "shared" / "data" / "news-gold"
OWN_GOLD = ROOT / "gold"
DATA = ROOT.parent / "shared" / "data"
HAND_LABELS = ROOT / "eval" / "scorer-labels.jsonl"
# eval/dev2/: fresh real news annotated in full (round 9), trained on like news-gold dev; every *.jsonl there
DEV2 = ROOT / "eval" / "dev2"
UNSEEN_GOLD = ROOT / "eval" / "unseen-gold"
WIKINEWS = "german-wikinews-texts/dewikinews_998.jsonl"
# what is trained on; test halves and hold-outs are absent on purpose
SOURCES = ("news-gold", "gsr", "seed", "hand", "dev2")
# run-wide choices of the trainer (scripts/train_event_scorer.py --topic, --exclude-dev2)
TOPIC = False
EXCLUDE_DEV2: tuple[str, ...] = ()
# the hand labels' hold-out part: documents whose sha256(id) starts below this byte (about a third)
HOLDOUT_BELOW = 86


def rule_events(doc: Any, prefixes: tuple[str, ...] | None) -> tuple[list[dict[str, Any]], list[dict[str, float]]]:
    """A read document's rule events (JSON) and their features cut to ``prefixes`` (topic candidates too): what
    every source's record holds, whatever labels it."""
    from lagebild.extract.scorer import document_features

    return [e.to_json() for e in doc.events], _filter(document_features(doc, doc.events, candidates=True), prefixes)


def news_gold(pipeline: Any, prefixes: tuple[str, ...] | None, half: str = "dev") -> list[Record]:
    """news-gold articles of one half: an event is positive when its (type, source, target) tuple matches a
    required gold event, negative when it matches none, left out when it matches only optional ones."""
    from lagebild.model import Article

    out = []
    for aid in module(ROOT / "eval" / "news_gold.py", "news_gold").ids(half, GOLD):
        gold_file = next(GOLD.glob(f"*/{aid}.json"))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (gold_file.parent / gold["article"]).read_text(encoding="utf-8")
        doc = pipeline(Article(text, id=gold["article"], lang=gold["lang"],
                               published=date.fromisoformat(gold["published"])))
        events, feats = rule_events(doc, prefixes)
        out.append(Record("news-gold", aid, doc.lang, events, gold_labels(gold, events), feats, gold))
    return out


def gold_labels(gold: dict[str, Any], events: list[dict[str, Any]]) -> list[bool | None]:
    """news-gold's labelling of rule events: positive when the (type, source, target) tuple matches a required gold
    event (the shared scorer's own matching), left out (None) when it matches only optional ones, else negative."""
    score = module(SCORER, "score_events")
    labels: list[bool | None] = []
    for e in events:
        cands = [g for g in gold["events"] if score.matches(g, score.tuple_of(e))]
        labels.append(None if cands and all(g.get("optional") for g in cands) else bool(cands))
    return labels


def own_gold(pipeline: Any, prefixes: tuple[str, ...] | None, splits: dict[str, str]) -> list[Record]:
    """Records of the project's gold/ in the given splits (split name -> source name): an event is positive
    when it matches a gold event as `lagebild evaluate` matches them, negative when it does not even share
    a gold event's type, left out when only its type is right (type-only F1 counts it, full F1 does not)."""
    from lagebild.evaluate import load_gold, match
    from lagebild.evaluate.plover import plover_coded
    from lagebild.model import Article

    docs, _ = load_gold(OWN_GOLD)
    out = []
    for d in docs:
        if d.split not in splits:
            continue
        doc = pipeline(Article(d.text, id=d.id, lang=d.lang, published=d.published, origin=d.origin))
        events, feats = rule_events(doc, prefixes)
        types = {g.type for g in d.events}
        read = [plover_coded(e) for e in events] if d.plover else events  # the GSR in PLOVER's codes, as evaluate
        labels: list[bool | None] = [True if match(d.events, [e]) else (None if e["event_type"] in types else False)
                                     for e in read]
        out.append(Record(splits[d.split], d.id, d.lang, events, labels, feats, d))
    return out


def _hand_text(corpus: str, doc: str) -> tuple[str, str | None] | None:
    """The text and publication date of a labelled document, read from ../shared/data; None when absent."""
    path = DATA / corpus
    if corpus.endswith(".jsonl") and doc.startswith("line ") and path.is_file():
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n == int(doc.split()[1]):
                    obj = json.loads(line)
                    return obj["text"], obj.get("date")
    elif corpus.endswith(".csv") and doc.startswith("row ") and path.is_file():  # 10kGNAD: label;'text'
        import csv

        with path.open(encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'"), start=1):
                if n == int(doc.split()[1]) and len(row) == 2:
                    return row[1], None
    elif corpus.endswith(".conllu") and path.is_file():
        lines, inside = [], False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newdoc id ="):
                if inside:
                    break
                inside = line.split("=", 1)[1].strip() == doc
            elif inside and line.startswith("# text ="):
                lines.append(line.split("=", 1)[1].strip())
        return (" ".join(lines), None) if lines else None
    elif corpus.startswith("meantime-en"):
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from throughput import meantime_en

        for art in meantime_en(DATA):
            if art["id"] == doc:
                return art["text"], art.get("published")
    return None



def hand_article(rec: dict[str, Any]) -> Article | None:
    """A hand-labelled document as an Article (text from ../shared/data, its publication day); None when absent."""
    from lagebild.model import Article  # noqa: F811 - imported late like the pipeline: the trainer starts fast

    found = _hand_text(rec["corpus"], rec["doc"])
    if found is None:
        return None
    text, published = found
    published = published or rec.get("published")
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    return Article(text, id=rec["id"], lang=rec["lang"], published=day)

def referenced_doc(pipeline: Any, rec: dict[str, Any], prefixes: tuple[str, ...] | None
                   ) -> tuple[str, str, list[dict[str, Any]], list[dict[str, float]]] | None:
    """A document labelled by reference (hand labels, eval/dev2, the unseen gold): its text rebuilt from ../shared/data,
    its language as read, its rule events and their features; None when the text is absent."""
    article = hand_article(rec)
    if article is None:
        return None
    doc = pipeline(article)
    return (article.text, doc.lang, *rule_events(doc, prefixes))


def held_out(doc_id: str) -> bool:
    """Whether a hand-labelled document belongs to the fixed HOLD-OUT part (about a third, by the first byte of
    sha256 of its id): the trainer never fits or chooses on it, so its precision is an honest unseen figure."""
    return hashlib.sha256(doc_id.encode("utf-8")).digest()[0] < HOLDOUT_BELOW


def hand_label(rec_events: list[list[Any]], e: dict[str, Any]) -> bool | None:
    """The hand label of a rule event: that of the labelled event of the same type, source and target whose span
    overlaps it (the exact span first), else False when an overlapping labelled event of its type was a misread
    trigger ("no-event": wrong whatever the actors), else None. A stored null is news-gold's "optional" (debatable,
    background or only implied by GUIDELINES.md): unjudged, neither right nor wrong. Rule changes move spans and
    change actors: a label judged one (type, source, target) tuple, so an event whose actors changed is unjudged."""
    src, tgt = (e["source"] or {}).get("actor_id"), (e["target"] or {}).get("actor_id")
    a0, b0 = e["evidence"]["start"], e["evidence"]["end"]
    same = [(a != a0 or b != b0, y) for t, s, g, a, b, y in rec_events
            if (t, s, g) == (e["event_type"], src, tgt) and a < b0 and a0 < b]
    if same:
        y = min(same, key=lambda x: x[0])[1]
        return None if y is None else False if y == "no-event" else bool(y)
    if any(t == e["event_type"] and y == "no-event" and a < b0 and a0 < b for t, s, g, a, b, y in rec_events):
        return False
    return None


def hand(pipeline: Any, prefixes: tuple[str, ...] | None, path: Path = HAND_LABELS, part: str = "train") -> list[Record]:
    """Documents of the hand-labelled unseen news, each event labelled by ``hand_label``; ``part`` is "train"
    (not held out), "holdout" or "all"; documents whose text is absent are skipped."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        rec = json.loads(line)
        if part != "all" and held_out(rec["id"]) != (part == "holdout"):
            continue
        read = referenced_doc(pipeline, rec, prefixes)
        if read is None:
            continue
        _, lang, events, feats = read
        labels = [hand_label(rec["events"], e) for e in events]
        out.append(Record("hand", rec["id"], lang, events, labels, feats, rec))
    return out


def unseen_gold(pipeline: Any, prefixes: tuple[str, ...] | None) -> list[Record]:
    """The unseen gold (eval/unseen-gold/: real articles annotated in full, a hold-out) as records scored by the
    shared scorer like news-gold; for the trainer's CHECK only, never fitted or chosen on; absent texts skipped."""
    return _annotated(pipeline, prefixes, "unseen", UNSEEN_GOLD)


def dev2(pipeline: Any, prefixes: tuple[str, ...] | None, folder: Path = DEV2,
         exclude: tuple[str, ...] = ()) -> list[Record]:
    """eval/dev2/ (every ``*.jsonl``: fresh real news annotated in full, a development set) as TRAINING records
    labelled like news-gold dev (``gold_labels``); a document that is also in news-gold, the unseen gold or the hand
    labels' hold-out part is left out with one line saying so, so no hold-out leaks into training."""
    return _annotated(pipeline, prefixes, "dev2", folder, train=True, exclude=exclude)


def excluded_docs() -> dict[tuple[str, str], str]:
    """(corpus, doc) of every document training must not read, with the hold-out it belongs to: the unseen gold,
    the hand labels' hold-out part and news-gold's German Wikinews articles (any half: the test half among them)."""
    out: dict[tuple[str, str], str] = {}
    for path in sorted(UNSEEN_GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[(rec["corpus"], rec["doc"])] = "the unseen gold"
    for line in HAND_LABELS.read_text(encoding="utf-8").splitlines() if HAND_LABELS.is_file() else []:
        rec = json.loads(line)
        if held_out(rec["id"]):
            out[(rec["corpus"], rec["doc"])] = "the hand labels' hold-out part"
    wiki = DATA / WIKINEWS
    if wiki.is_file() and (GOLD / "de").is_dir():
        gold_ids = {p.stem.rsplit("-", 1)[1] for p in (GOLD / "de").glob("*.json")}
        with wiki.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if str(json.loads(line).get("wikinews_id")) in gold_ids:
                    out[(WIKINEWS, f"line {n}")] = "news-gold"
    return out


def _annotated(pipeline: Any, prefixes: tuple[str, ...] | None, source: str, folder: Path,
               train: bool = False, exclude: tuple[str, ...] = ()) -> list[Record]:
    """Records of a folder of fully annotated real news (eval/unseen-gold/'s format: offsets, no text), each text
    rebuilt from ../shared/data (absent ones skipped); ``train``: labelled by news-gold's rules, hold-outs left out."""
    ug = module(ROOT / "eval" / "unseen_gold.py", "unseen_gold")
    banned = excluded_docs() if train else {}
    # --exclude-dev2: parts left out of training, so that they measure a model honestly (the carry check)
    skipped = {(r["corpus"], r["doc"]) for lang in ("de", "en") for r in ug.load(lang, folder, ",".join(exclude))} \
        if exclude else set()
    out = []
    for lang in ("de", "en"):
        for rec in ug.load(lang, folder):
            if (rec["corpus"], rec["doc"]) in skipped:
                continue
            if (rec["corpus"], rec["doc"]) in banned:
                print(f"{source}: {rec['id']} left out: it is in {banned[(rec['corpus'], rec['doc'])]}", file=sys.stderr)
                continue
            read = referenced_doc(pipeline, rec, prefixes)
            if read is None:
                continue
            text, _, events, feats = read
            gold = ug.news_gold_doc(rec, text)
            labels = gold_labels(gold, events) if train else [None] * len(events)
            out.append(Record(source, rec["id"], lang, events, labels, feats, gold))
    return out


def rules_pipeline() -> Any:
    """The rules' pipeline the records are read with: with topic candidates where the trainer asks (--topic); without
    the later counts and home targets, which run after the scorer in use, so the features it learns are those it will
    be given."""
    from lagebild.knowledge.resources import load
    from lagebild.pipeline import Pipeline

    return Pipeline([n for n in load("pipeline")["components"] if n not in ("counts", "home_targets")], scorer=False,
                    topic=TOPIC)


def collect(prefixes: tuple[str, ...] | None, sources: tuple[str, ...] = SOURCES) -> list[Record]:
    """All training documents of the chosen sources, with the rules' events (scorer off)."""
    pipeline = rules_pipeline()
    out: list[Record] = []
    if "news-gold" in sources:
        out += news_gold(pipeline, prefixes)
    splits = {k: v for k, v in (("plover-gsr-dev", "gsr"), ("seed", "seed")) if v in sources}
    if splits:
        out += own_gold(pipeline, prefixes, splits)
    if "hand" in sources:
        out += hand(pipeline, prefixes)
    if "dev2" in sources:
        out += dev2(pipeline, prefixes, exclude=EXCLUDE_DEV2)
    return out


def unseen(records: list[Record], masks: list[tuple[bool, ...]]) -> dict[str, tuple[int, int, int, int]]:
    """Per language over hand-labelled documents: (labelled events kept, right ones kept, right ones the rules
    found, unjudged events kept); precision on unseen news is the second over the first."""
    out: dict[str, list[int]] = {}
    for a, mask in zip(records, masks, strict=True):
        c = out.setdefault(a.lang, [0, 0, 0, 0])
        for y, k in zip(a.labels, mask, strict=True):
            c[0] += int(bool(k) and y is not None)
            c[1] += int(bool(k) and bool(y))
            c[2] += int(bool(y))
            c[3] += int(bool(k) and y is None)
    return {lang: (c[0], c[1], c[2], c[3]) for lang, c in sorted(out.items())}


def unseen_line(name: str, c: tuple[int, int, int, int]) -> str:
    """One printed line of ``unseen``: precision, events kept, right ones kept of those the rules found."""
    p = c[1] / c[0] if c[0] else 0.0
    return (f"{name}: unseen precision {p:.3f} ({c[1]} right of {c[0]} labelled events kept; {c[1]} of {c[2]} right "
            f"ones kept; {c[3]} unjudged kept)")
