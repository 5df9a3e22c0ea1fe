"""One training document of the learned event scorer (``Record``): its rule events, labels and features, and the
counts its source's own matching gives when only some events are kept (the news-gold scorer's tuples, the hand labels'
tuples, or lagebild.evaluate's matching for the GSR and the seed), cached per mask so thresholds scan cheaply. Split
out of scripts/scorer_data.py in round 25: what a record is and how it is scored, apart from how the sources are read."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
# the news-gold scorer's sources (scored by ../shared/tools/score_events.py, grouped per language)
SHARED_SCORED = ("news-gold", "unseen", "dev2")
_MODULES: dict[str, ModuleType] = {}

def module(path: Path, name: str) -> ModuleType:
    """A module loaded from a file (the shared scorer, eval/news_gold.py), once."""
    if name not in _MODULES:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        _MODULES[name] = mod
    return _MODULES[name]


@dataclass
class Record:
    """One document: its events (JSON), labels (True/False, None = left out), features and a scorer.
    ``counts(mask)`` gives (gold, found, predicted, true positives) when only the masked events are kept;
    ``type_counts`` the same matched by type alone (GSR)."""

    source: str
    id: str
    lang: str
    events: list[dict[str, Any]]
    labels: list[bool | None]
    features: list[dict[str, float]]
    gold: Any
    _cache: dict[tuple[bool, ...], tuple[tuple[int, ...], tuple[int, ...]]] = field(default_factory=dict)
    topic: tuple[bool, ...] = ()  # which events are topic candidates (extract/topic.py): never in the rules' own figures
    paths: tuple[str, ...] = ()  # the path that offered each topic candidate ("" for a rule event)

    def __post_init__(self) -> None:
        self.topic = tuple(bool(f.get("source_from=topic")) for f in self.features)
        self.paths = tuple(next((k.split("=", 1)[1] for k in f if k.startswith("topic_path=")), "doerless") if t else ""
                           for f, t in zip(self.features, self.topic, strict=True))

    def rules_mask(self) -> list[float]:
        """Probabilities that keep exactly the rules' own events (every event but the topic candidates)."""
        return [0.0 if t else 1.0 for t in self.topic]

    @property
    def group(self) -> str:
        return f"{self.source}/{self.lang}" if self.source in (*SHARED_SCORED, "hand") else self.source

    def _score(self, mask: tuple[bool, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if mask not in self._cache:
            kept = [e for e, k in zip(self.events, mask, strict=True) if k]
            if self.source in SHARED_SCORED:
                r = module(SCORER, "score_events").score_article(self.gold, kept)
                full = (r["gold"], r["found"], r["predicted"], r["true_positive"])
                self._cache[mask] = (full, full)
            elif self.source == "hand":
                full = _hand_counts(self.events, self.labels, mask)
                self._cache[mask] = (full, full)
            else:
                from lagebild.evaluate import Report, score_doc
                from lagebild.evaluate.plover import plover_coded

                rep = Report()  # the GSR read in PLOVER's codes, as `lagebild evaluate` scores it (round 8, en8t)
                score_doc(rep, self.gold, [plover_coded(e) for e in kept] if self.gold.plover else kept)
                o, t = rep.overall, rep.type_only
                self._cache[mask] = ((o.tp + o.fn, o.tp, o.tp + o.fp, o.tp), (t.tp + t.fn, t.tp, t.tp + t.fp, t.tp))
        return self._cache[mask]

    def counts(self, mask: tuple[bool, ...]) -> tuple[int, ...]:
        return self._score(mask)[0]

    def type_counts(self, mask: tuple[bool, ...]) -> tuple[int, ...]:
        return self._score(mask)[1]


def _tuple(e: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return (e["event_type"], (e["source"] or {}).get("country"), (e["target"] or {}).get("country"))


def _hand_counts(events: list[dict[str, Any]], labels: list[bool | None], mask: tuple[bool, ...]) -> tuple[int, ...]:
    """(gold, found, predicted, tp) over unique tuples, as the news-gold scorer counts them; the gold are the
    tuples the hand labels call right (recall is relative to what the rules find); a tuple whose kept events
    are all unjudged counts neither way."""
    right = {_tuple(e) for e, y in zip(events, labels, strict=True) if y}
    kept: dict[tuple, bool] = {}
    for e, y, k in zip(events, labels, mask, strict=True):
        if k and y is not None:
            kept[_tuple(e)] = kept.get(_tuple(e), False) or y
    tp = sum(kept.values())
    return len(right), tp, len(kept), tp


def prf(counts: list[tuple[int, ...]]) -> tuple[float, float, float]:
    """Precision, recall, F1 from summed (gold, found, predicted, tp), as the shared scorer computes them."""
    gold, found, pred, tp = (sum(c[i] for c in counts) for i in range(4))
    r = found / gold if gold else 0.0
    p = tp / pred if pred else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _filter(feats: list[dict[str, float]], prefixes: tuple[str, ...] | None) -> list[dict[str, float]]:
    return [{k: v for k, v in f.items() if prefixes is None or k.startswith(prefixes)} for f in feats]
