"""Score extraction against a gold set (format: docs/gold.md).

Events are matched by PLOVER type, source and target actor (country code, or actor id / name for
bodies without a country); the claim fields of matched pairs are then compared one by one. Scores are
computed, never asserted, so tuning is measured on data and a held-out split shows overfitting.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Event
from .gold import RECIPROCAL, GoldDoc, GoldEvent, hash_half, load_gold
from .plover import plover_coded

__all__ = ["GoldDoc", "GoldEvent", "Report", "evaluate", "format_report", "hash_half", "load_gold", "match",
           "score_doc"]


# -- matching ------------------------------------------------------------------------------------------
def _actor_matches(gold: str | None, pred: dict[str, Any] | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g = gold.lower()
    return any(v is not None and str(v).lower() == g for v in (pred.get("country"), pred.get("actor_id"), pred.get("name")))


def _pair_matches(g: GoldEvent, p: dict[str, Any]) -> bool:
    if p["event_type"] != g.type:
        return False
    if _actor_matches(g.source, p["source"]) and _actor_matches(g.target, p["target"]):
        return True
    return g.type in RECIPROCAL and _actor_matches(g.source, p["target"]) and _actor_matches(g.target, p["source"])


def _set_matches(gold: list[str], pred: list[dict[str, Any]]) -> bool:
    """Same number of entries, and each gold entry names one of them (country, name or actor id)."""
    if len(gold) != len(pred):
        return False
    return all(any(_actor_matches(g, p) for p in pred) for g in gold)


def match(gold: list[GoldEvent], pred: list[dict[str, Any]]) -> list[tuple[GoldEvent, dict[str, Any]]]:
    """Greedy one-to-one matching in text order; the first fitting prediction takes a gold event, one in
    the annotated sentence first when the gold event names its sentence."""
    used: set[int] = set()
    found: dict[int, int] = {}
    for same_sentence in (True, False):
        for n, g in enumerate(gold):
            if n in found or (same_sentence and g.sentence is None):
                continue
            k = next((i for i, p in enumerate(pred) if i not in used and _pair_matches(g, p) and (
                not same_sentence or p["evidence"]["sentence_index"] == g.sentence)), None)
            if k is not None:
                used.add(k)
                found[n] = k
    return [(gold[n], pred[found[n]]) for n in sorted(found)]


# -- scoring -------------------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total,
                "accuracy": round(self.value, 3) if self.value is not None else None}


@dataclass
class Report:
    """Event P/R/F1 overall, per language and per type; claim-field accuracy over matched events."""

    docs: int = 0
    overall: Counts = field(default_factory=Counts)
    type_only: Counts = field(default_factory=Counts)  # matched by type alone: trigger coverage without actors
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_lang_type: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    fields_by_lang: dict[tuple[str, str], Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.docs, "events": self.overall.to_json(), "events_type_only": self.type_only.to_json(),
            "by_language": {k: v.to_json() for k, v in sorted(self.by_lang.items())},
            "by_type": {k: v.to_json() for k, v in sorted(self.by_type.items())},
            "by_language_type": {f"{lang}/{t}": v.to_json() for (lang, t), v in sorted(self.by_lang_type.items())},
            "claims": {k: v.to_json() for k, v in sorted(self.fields.items())},
            "claims_by_language": {f"{lang}/{k}": v.to_json() for (lang, k), v in sorted(self.fields_by_lang.items())},
        }


def _field_checks(g: GoldEvent, p: dict[str, Any]) -> dict[str, bool | None]:
    qty: bool | None = None
    if g.quantity is not None:
        qty = any(abs(float(q["value"]) - g.quantity) < 0.5 and (g.qualifier is None or q["qualifier"] == g.qualifier)
                  for q in p["quantities"])
    return {"attribution": _set_matches(g.attribution, p["attribution"]), "modality": p["modality"] == g.modality,
            "hedged": p["hedged"] == g.hedged,
            "denial": _set_matches(g.denied_by, p["denied_by"]) if g.denied_by or p["denied_by"] else None,
            "quantity": qty}


def _short(e: GoldEvent | dict[str, Any]) -> str:
    if isinstance(e, GoldEvent):
        return f"{e.type}({e.source}->{e.target})"
    src = (e["source"] or {}).get("country") or (e["source"] or {}).get("actor_id")
    tgt = (e["target"] or {}).get("country") or (e["target"] or {}).get("actor_id") if e["target"] else None
    return f"{e['event_type']}({src}->{tgt}) [{e['trigger']}]"


def score_doc(report: Report, doc: GoldDoc, pred: list[dict[str, Any]]) -> None:
    report.docs += 1
    gold_types = [g.type for g in doc.events]
    pred_types = [p["event_type"] for p in pred]
    common = sum(min(gold_types.count(t), pred_types.count(t)) for t in set(gold_types))
    report.type_only.tp += common
    report.type_only.fp += len(pred_types) - common
    report.type_only.fn += len(gold_types) - common
    pairs = match(doc.events, pred)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    for g in doc.events:
        ok = id(g) in matched_gold
        for c in (report.overall, report.by_lang[doc.lang], report.by_type[g.type], report.by_lang_type[(doc.lang, g.type)]):
            if ok:
                c.tp += 1
            else:
                c.fn += 1
        if not ok:
            report.errors.append({"doc": doc.id, "kind": "missed", "event": _short(g)})
    for p in pred:
        if id(p) not in matched_pred:
            for c in (report.overall, report.by_lang[doc.lang], report.by_type[p["event_type"]],
                      report.by_lang_type[(doc.lang, p["event_type"])]):
                c.fp += 1
            report.errors.append({"doc": doc.id, "kind": "spurious", "event": _short(p)})
    by_gold = {id(g): p for g, p in pairs}
    for g in doc.events:
        if g.denied_by:  # every gold denial, also on events the extraction missed
            p = by_gold.get(id(g))
            ok = p is not None and _set_matches(g.denied_by, p["denied_by"])
            report.fields["denials linked (of all gold denials)"].add(ok)
            report.fields_by_lang[(doc.lang, "denials linked (of all gold denials)")].add(ok)
    for g, p in pairs:
        for name, ok in _field_checks(g, p).items():
            if ok is None:
                continue
            report.fields[name].add(ok)
            report.fields_by_lang[(doc.lang, name)].add(ok)
            if not ok:
                report.errors.append({"doc": doc.id, "kind": f"wrong {name}", "event": _short(g)})


def evaluate(docs: list[GoldDoc], extract: Any = None, analyser: str | None = None) -> Report:
    """Run the pipeline (or ``extract(article) -> list[Event]``) over the gold documents and score it."""
    from ..pipeline import Pipeline

    if extract is None:
        pipeline = Pipeline(analyser=analyser)

        def extract(article: Article) -> list[Event]:
            return pipeline(article).events

    report = Report()
    for doc in docs:
        article = Article(doc.text, id=doc.id, lang=doc.lang, published=doc.published, origin=doc.origin)
        pred = [e.to_json() for e in extract(article)]
        score_doc(report, doc, [plover_coded(p) for p in pred] if doc.plover else pred)
    return report


def format_report(report: Report, title: str, errors: int = 0) -> str:
    """A plain-text report: events overall / per language / per type, then claim-field accuracy."""
    lines = [f"== {title}: {report.docs} documents =="]

    def row(name: str, c: Counts) -> str:
        return f"  {name:<22} P {c.precision:5.3f}  R {c.recall:5.3f}  F1 {c.f1:5.3f}   (tp {c.tp}, fp {c.fp}, fn {c.fn})"

    lines.append(row("events", report.overall))
    lines.append(row("events (type only)", report.type_only))
    for lang, c in sorted(report.by_lang.items()):
        lines.append(row(f"events [{lang}]", c))
    lines.append("  per type:")
    for t, c in sorted(report.by_type.items()):
        lines.append(row(t, c))
    for (lang, t), c in sorted(report.by_lang_type.items()):
        lines.append(row(f"{lang}/{t}", c))
    lines.append("  claims (over matched events):")
    for name, a in sorted(report.fields.items()):
        per = "  ".join(f"{lang} {x.right}/{x.total}" for (lang, n), x in sorted(report.fields_by_lang.items()) if n == name)
        value = f"{a.value:5.3f}" if a.value is not None else "  -  "
        lines.append(f"  {name:<22} {value}   ({a.right}/{a.total}; {per})" if len(name) <= 22 else
                     f"  {name}: {value}   ({a.right}/{a.total}; {per})")
    if errors:
        kinds: dict[str, int] = defaultdict(int)
        for e in report.errors:
            kinds[e["kind"]] += 1
        lines.append("  error classes: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda x: -x[1])))
        for e in report.errors[:errors]:
            lines.append(f"    {e['doc']}: {e['kind']} {e['event']}")
    return "\n".join(lines)


__all__ = ["GoldDoc", "GoldEvent", "Report", "evaluate", "format_report", "load_gold", "match"]
