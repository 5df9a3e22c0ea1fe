"""A learned doer picker (German): the source of an event whose trigger fired but whose rules named no doer.

Round 35 (issue 13): rules per wording no longer reach held-out news, so a small logistic model ranks the actor
mentions near the trigger (its sentence and the one before, the article's main country as a fallback) and the best
one stands as the doer only above a threshold chosen for precision on the tuning sets. Features are code here; the
weights are data (``resources/<lang>/doer_picker.json``, written by scripts/train_doer_picker.py, which alone needs
scikit-learn). Per document and deterministic: nothing is kept between articles. Off unless switched on
(``LAGEBILD_DOER_PICKER=on``, or the model file's ``default_on``).
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.resources import find
from ..model import Doc, Mention
from .roles_de import CaseWords
from .scorer import actor_kind

MODEL_NAME = "doer_picker"
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "–", "-", "„", "“", '"'})
PREVIOUS_SENTENCES = 1  # the sentence before the trigger's: where a doer told once is carried over ("Sie kritisierte ...")


def _bucket(x: float, cap: float) -> float:
    """A count or distance as a value in [0, 1], so the weights need no scaling."""
    return min(max(x, 0.0), cap) / cap


def _article_class(word: str, case: CaseWords) -> str:
    """The case an article before a mention hints at (de/lexicon.yaml case_words): object, dative, ambiguous,
    masculine (a subject's "der"), or none."""
    for name, words in (("object", case.object_articles), ("dative", case.dative_articles),
                        ("masculine", case.masculine_articles), ("ambiguous", case.ambiguous_articles),
                        ("oblique", case.oblique_possessives)):
        if word in words:
            return name
    return "other"


def is_candidate(m: Mention) -> bool:
    """An actor mention that may act: one with a country (an event needs its doer's), not a place ("in Syrien")."""
    return m.kind == "actor" and not m.is_location and m.actor is not None and bool(m.actor.country)


@dataclass(frozen=True)
class Site:
    """Where the doer is sought: the trigger (its token, type, whether a noun), its clause and sentence, the target
    the rules chose, the last doer they found and the article's main country."""

    tok: int
    event_type: str
    nominal: bool
    clause_start: int
    clause_end: int
    sent: int
    target: Mention | None = None
    last_source: Mention | None = None
    doc_country: str | None = None


def candidates(doc: Doc, site: Site) -> list[tuple[Mention, str]]:
    """The mentions that may be the doer, each with where it stands ("same", "prev": the sentence before, "doc":
    the article's first mention of its main country, offered only where no nearer candidate is of that country). The
    rules' target is none: "Die Regierung muss eine Strafe zahlen" has a payer, not a doer (a feature, it gave
    self-acts)."""
    out: list[tuple[Mention, str]] = []
    for m in doc.mentions:
        s = doc.tokens[m.tok_start].sent
        if site.sent - PREVIOUS_SENTENCES <= s <= site.sent and is_candidate(m) and m is not site.target:
            out.append((m, "same" if s == site.sent else "prev"))
    if site.doc_country and not any(m.actor is not None and m.actor.country == site.doc_country for m, _ in out):
        first = next((m for m in doc.mentions if is_candidate(m) and m.actor is not None
                      and m.actor.country == site.doc_country and doc.tokens[m.tok_start].sent <= site.sent), None)
        if first is not None:
            out.append((first, "doc"))
    return out


def features(doc: Doc, m: Mention, where: str, site: Site, case: CaseWords,
             cands: list[tuple[Mention, str]]) -> dict[str, float]:
    """What the model weighs of one candidate: where it stands from the trigger (side, distance, clause marks
    between, same clause), its case cues (preposition, the article before it, the sentence's first bare mention),
    what it names (kind, sector, how resolved), whether it is of the rules' target's or last doer's country, and the trigger's
    type and form."""
    toks, lowers = doc.tokens, doc.lowers
    a = m.actor
    assert a is not None
    f: dict[str, float] = {f"where={where}": 1.0, f"type={site.event_type}": 1.0,
                           f"nominal={site.nominal}": 1.0, f"kind={actor_kind(a)}": 1.0,
                           f"sector={a.sector or '-'}": 1.0, f"via={m.via or '-'}": 1.0,
                           f"where_nominal={where}|{site.nominal}": 1.0}
    before = m.tok_start < site.tok
    if where == "same":
        lo, hi = (m.tok_end, site.tok) if before else (site.tok + 1, m.tok_start)
        f[f"side={'before' if before else 'after'}"] = 1.0
        f["dist"] = _bucket(abs(m.tok_start - site.tok), 30)
        f["marks_between"] = _bucket(sum(w in CLAUSE_MARKS for w in lowers[lo:hi]), 4)
        if site.clause_start <= m.tok_start < site.clause_end:
            f["in_clause"] = 1.0
            f[f"in_clause_side={before}"] = 1.0
    prep = m.preposition or "-"
    f[f"prep={prep}"] = 1.0
    sent = doc.sentences[toks[m.tok_start].sent]
    prev = lowers[m.tok_start - 1] if m.tok_start > sent.tok_start else "<s>"
    f[f"article={_article_class(prev, case)}" if prev != "<s>" else "article=start"] = 1.0
    if m.tok_start == sent.tok_start:
        f["sentence_start"] = 1.0
    bare = [c for c, w in cands if w == where and w != "doc" and c.preposition is None
            and not (c.tok_start > sent.tok_start and lowers[c.tok_start - 1] in case.object_articles | case.dative_articles)]
    if bare and bare[0] is m:
        f["first_bare"] = 1.0
    if site.target is not None and site.target.actor is not None and site.target.actor.country == a.country:
        f["target_country"] = 1.0
    if site.last_source is not None and site.last_source.actor is not None \
            and site.last_source.actor.country == a.country:
        f["last_doer_country"] = 1.0
    if a.country == site.doc_country:
        f["doc_country"] = 1.0
    f.update(_site_features(doc, site))
    same_country = sum(1 for c, _ in cands if c.actor is not None and c.actor.country == a.country)
    f["same_country_cands"] = _bucket(same_country, 4)
    f["n_cands"] = _bucket(len(cands), 8)
    return f


def _site_features(doc: Doc, site: Site) -> dict[str, float]:
    """Where the trigger sits in its clause and sentence, and whether in the lead: most sites the rules drop are no
    event at all. (The trigger's lemma, the word before it and the clause opener were tried: left-out, they fit the
    tuning articles' words and picked worse; scripts/train_doer_picker.py --drop.)"""
    sent = doc.sentences[site.sent]
    return {"trig_clause_pos": _bucket(site.tok - site.clause_start, 15),
            "trig_sent_pos": _bucket(site.tok - sent.tok_start, 30),
            "lead": 1.0 if site.sent < 2 else 0.0}


@dataclass
class DoerPicker:
    """The shipped weights of one language: a linear model over ``features`` and the threshold a pick must pass."""

    weights: dict[str, float]
    bias: float
    threshold: float
    default_on: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DoerPicker:
        """A picker from the model file's contents."""
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]),
                   bool(data.get("default_on", False)), dict(data.get("meta") or {}))

    def probability(self, f: dict[str, float]) -> float:
        """How likely the candidate with features ``f`` is the doer."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-z))

    def ranked(self, doc: Doc, site: Site, case: CaseWords) -> list[tuple[float, Mention, dict[str, float]]]:
        """Every candidate with its probability and features, best first (ties: the nearer mention)."""
        cands = candidates(doc, site)
        out = [(self.probability(f := features(doc, m, w, site, case, cands)), m, f) for m, w in cands]
        return sorted(out, key=lambda x: (-x[0], abs(x[1].tok_start - site.tok)))

    def pick(self, doc: Doc, site: Site, case: CaseWords) -> Mention | None:
        """The best candidate where the model trusts it (at or above the threshold), else None: the rules' drop."""
        ranked = self.ranked(doc, site, case)
        return ranked[0][1] if ranked and ranked[0][0] >= self.threshold else None


def picker_setting(value: str | None) -> bool | None:
    """LAGEBILD_DOER_PICKER read: "on" True, "off" False, unset None (the model file decides)."""
    if value is None or value == "":
        return None
    if value not in ("on", "off"):
        raise SystemExit(f"LAGEBILD_DOER_PICKER={value!r}: must be 'on' or 'off'")
    return value == "on"


def load_picker(lang: str, choice: bool | None = None,
                warn: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> DoerPicker | None:
    """The picker of ``lang`` where it is switched on (``choice``; None reads LAGEBILD_DOER_PICKER, unset: the file's
    ``default_on``), else None. A model file that is missing while asked for gives a clear message and rules only."""
    choice = picker_setting(os.environ.get("LAGEBILD_DOER_PICKER")) if choice is None else choice
    if choice is False:
        return None
    path = find(MODEL_NAME, lang)
    if path is None:
        if choice:
            warn(f"lagebild: doer picker asked for, but no {lang}/{MODEL_NAME}.json on the resource path: rules only")
        return None
    picker = DoerPicker.from_json(json.loads(path.read_text(encoding="utf-8")))
    return picker if choice or picker.default_on else None
