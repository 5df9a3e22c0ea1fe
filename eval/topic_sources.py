#!/usr/bin/env python3
"""How often the article's topic actor (extract/topic.py) is the gold source of a "no source" miss, and how often
the topic candidates the pipeline proposes match a required gold tuple (rules only, counts only).

A required gold event lost at "no source" (a trigger of its type fired, no event: eval/recall_stages.py's stage
'trigger') or at "wrong source" (stage 'event': kept, another doer) is counted by where its gold source stands in the
article's topic model: rank 1, rank 2-3, not a topic actor; and by the path that lost it: "doerless" (dropped for want
of a doer: topic_path "doerless", ``Doc.doerless``), "unnamed rule" (a rule with an unnamed doer of its
own), "may lack doer" (a form that may stand without one, dropped all the same: topic_path "may_lack", off by default,
topic.OFFERED_PATHS), "other" (roles, scope, modality... dropped it), "wrong source".
Then each topic candidate (Pipeline(topic=True), ``source_from == "topic"``) is judged against the required
gold tuples as the shared scorer matches them. Development sets only
(news-gold dev, dev2 without the carry parts, unseen_gold.CARRY_PARTS).

    python3 eval/topic_sources.py --lang de            # news-gold dev
    python3 eval/topic_sources.py --lang de --set dev2 --parts a,b,c,d,e
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

from recall_stages import _record_candidates, articles, gold_stage  # noqa: E402
from unseen_gold import CARRY_PARTS  # noqa: E402

from lagebild.extract.events import EventExtractor  # noqa: E402
from lagebild.extract.topic import TopicModel  # noqa: E402
from lagebild.model import Article  # noqa: E402
from lagebild.pipeline import Pipeline, _event_extractor, language_kit  # noqa: E402


def _matches(g: dict, e: object) -> bool:
    """A (type, source, target) match as the shared scorer counts it (symmetric pairs either way)."""
    src = e.source.country if e.source else None
    tgt = e.target.country if e.target else None
    if e.event_type not in g["types"]:
        return False
    pairs = {(g["source"], g.get("target"))} | ({(g.get("target"), g["source"])} if g.get("symmetric") else set())
    return (src, tgt) in pairs or (g.get("target") is None and src == g["source"])


def _record_paths(paths: list[tuple[int, str, str]]) -> None:
    """Wraps ``EventExtractor._event`` (over recall_stages' wrapper) so each dropped trigger logs (sentence, type,
    path): the path is told by what the rule and the first read say of it, not by reading the code's exits."""
    original = EventExtractor._event

    def logged(self, doc, c, trig, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        before = len(self._doerless)
        ev = original(self, doc, c, trig, *args, **kwargs)
        if ev is None:
            may_lack = self._may_lack_doer(trig, trig.rule, False)
            path = ("doerless" if len(self._doerless) > before and not may_lack else "unnamed rule"
                    if trig.rule.unnamed_source else "may lack doer" if may_lack else "other")
            paths.append((c.sent, trig.rule.type, path))
        return ev

    EventExtractor._event = logged  # type: ignore[method-assign]


PATHS = ("doerless", "may lack doer", "unnamed rule", "other", "wrong source")
RANKS = ("rank 1", "rank 2-3", "not a topic actor")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="de")
    ap.add_argument("--set", choices=["news-gold", "dev2"], default="news-gold")
    ap.add_argument("--parts", default="a,b,c,d,e", help="dev2 parts (the carry parts, unseen_gold.CARRY_PARTS, are refused)")
    args = ap.parse_args()
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    if args.set == "dev2" and set(parts) & CARRY_PARTS:
        print(f"--parts: {', '.join(sorted(set(parts) & CARRY_PARTS))} are carry checks, read by totals only", file=sys.stderr)
        return 2
    log: list = []
    _record_candidates(log)
    paths: list[tuple[int, str, str]] = []
    _record_paths(paths)
    pipe = Pipeline(scorer=False, topic=False)  # the rules' own read: the stages and paths are logged from it alone
    extractor = _event_extractor(language_kit(args.lang))
    where: Counter[tuple[str, str]] = Counter()
    cands: Counter[tuple[str, str]] = Counter()
    for stem, g, text in articles(args.set, args.lang, "dev", parts if args.set == "dev2" else None):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        log.clear()
        paths.clear()
        doc = pipe(Article(text, id=stem, lang=args.lang, published=published))
        model = TopicModel.of(doc)
        rank = {a.country: a.rank for a in model.actors}
        required = [ev for ev in g["events"] if not ev.get("optional")]
        rules_log = (list(log), list(paths))
        topic = extractor.topic_candidates(doc, doc.events)  # as the pipeline's "topic" component proposes them
        log[:], paths[:] = rules_log
        for ev in required:
            found = gold_stage(doc, text, ev, log)
            if found is None or found[2] not in ("trigger", "event"):
                continue
            r = rank.get(ev["source"])
            lost = {p for s_, t, p in paths if s_ in found[0] and t in ev["types"]}
            path = "wrong source" if found[2] == "event" else next((p for p in PATHS if p in lost), "other")
            where[(path, "rank 1" if r == 1 else "rank 2-3" if r else "not a topic actor")] += 1
        unmatched = [x for x in required if not any(_matches(x, e) for e in doc.events)]
        for e in topic:
            new = any(_matches(x, e) for x in unmatched)
            hit = new or any(_matches(x, e) for x in required)
            opt = not hit and any(_matches(x, e) for x in g["events"] if x.get("optional"))
            cands[(str(e.trace.get("topic_path") or "doerless"),
                   "new" if new else "right" if hit else "optional" if opt else "wrong")] += 1
    total = sum(where.values())
    print(f"{args.set} {args.lang}: {total} required events lost at 'no source' or 'wrong source'; where their gold "
          "source stands in the topic model, by the path that lost them")
    print(f"  {'path':24}" + "".join(f"{k:>19}" for k in RANKS))
    for p in PATHS:
        print(f"  {p:24}" + "".join(f"{where[(p, k)]:19}" for k in RANKS))
    for path in sorted({p for p, _ in cands}):
        n = sum(v for (p, _), v in cands.items() if p == path)
        print(f"topic candidates, path {path}: {n} (a required tuple the rules miss {cands[(path, 'new')]}, one they find "
              f"{cands[(path, 'right')]}, optional {cands[(path, 'optional')]}, wrong {cands[(path, 'wrong')]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
