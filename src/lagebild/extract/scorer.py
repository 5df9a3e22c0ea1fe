"""A small learned filter over the rules' events: logistic regression weights shipped as JSON.

The rules over-generate; a linear model over how each event was found (``Event.trace``, its claim,
its place in the article) estimates whether it is right, and events below a per-language threshold
are dropped. A language may instead be scored by shallow boosted trees stored in the same file (round 21:
German; ``Trees``). Inference is plain Python (scikit-learn only trains it: scripts/train_event_scorer.py),
deterministic, and per document: nothing is kept between articles.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..knowledge.resources import languages, load, lower_words
from ..model import Doc, Event
from .topic import is_topic
from .tree_code import compile_trees

MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "common" / "event_scorer.json"
QUOTES = ('"', "„", "“", "”", "«", "»", "‚", "‘", "’")
YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,])")
# the closed word classes of the sentence cues (pluperfect, subjunctive, negation, modal auxiliaries): language data,
# ``scorer_words`` in <lang>/lexicon.yaml
CLOSED_CLASSES = ("pluperfect", "subjunctive", "negation", "modals")
CLAUSE_MARKS = frozenset({",", ";", ":", "(", "–", "-"})


# a topic candidate is kept only when the model finds it more likely right than wrong (extract/topic.py)
TOPIC_FLOOR = 0.5


def actor_kind(ref: Any) -> str:
    """What kind of actor a role holds: a bare country, a country's sector, a named person or organisation
    with or without a country, or an unknown doer."""
    if ref is None:
        return "none"
    if ref.actor_id in (None, "unknown") or ref.actor_id.startswith("unknown"):
        return "unknown"
    if ref.country and ref.actor_id == ref.country:
        return "country"
    if ref.country and ref.actor_id == f"{ref.country}-{ref.sector}":
        return "sector"
    return "named" if ref.country else "named-nocountry"


def closed_words(lang: str | None) -> dict[str, frozenset[str]]:
    """The scorer's closed word classes of ``lang`` (empty for a language without them); read through the loader's
    cache each time, so a resource override or ``clear_cache`` holds as for every other resource."""
    data = (load("lexicon", lang, {}) if lang in languages() else {}).get("scorer_words") or {}
    return {k: lower_words(data, k) for k in CLOSED_CLASSES}


Closed = dict[str, frozenset[str]]


def _sentence_cues(doc: Doc, ev: Event, closed: Closed | None = None) -> dict[str, float]:
    """Cues of the event's sentence that say it is background, hearsay or no event at all: an earlier year than
    the article's, a pluperfect auxiliary, a Konjunktiv I form, a negation word, a question. ``closed`` is
    closed_words(doc.lang) where the caller has it (read once, not per event)."""
    f: dict[str, float] = {}
    pub = doc.article.published
    years = [int(y) for y in YEAR.findall(ev.sentence_text)]
    if pub is not None and any(y < pub.year for y in years):
        f["old_year"] = 1.0
    if ev.date is not None and pub is not None and ev.date.value[:4].isdigit() and int(ev.date.value[:4]) < pub.year:
        f["old_date"] = 1.0
    if 0 <= ev.evidence_sentence < len(doc.sentences):
        s = doc.sentences[ev.evidence_sentence]
        words = set(doc.lowers[s.tok_start:s.tok_end])
        closed = closed if closed is not None else closed_words(doc.lang)
        for name in ("pluperfect", "subjunctive", "negation"):
            if words & closed[name]:
                f[name] = 1.0
    if ev.sentence_text.rstrip().rstrip("\"'“”»«").endswith("?"):
        f["question"] = 1.0
    return f


def round20_features(doc: Doc, ev: Event, events: list[Event], closed: Closed | None = None) -> dict[str, float]:
    """Round 20's candidate families (scr20; measured one at a time by scripts/scorer_cv.py): a modal auxiliary in the
    sentence, how deep in the sentence the trigger sits (clause marks before it), the two roles' kinds and origins
    together, how many events the article tells, and whether the doer is the article's most told country."""
    t = ev.trace
    f: dict[str, float] = {}
    tok = t.get("trigger_tok")
    if 0 <= ev.evidence_sentence < len(doc.sentences):
        s = doc.sentences[ev.evidence_sentence]
        modals = (closed if closed is not None else closed_words(doc.lang))["modals"]
        if set(doc.lowers[s.tok_start:s.tok_end]) & modals:
            f["modal_aux"] = 1.0
        if isinstance(tok, int) and s.tok_start <= tok < s.tok_end:
            f["marks_before"] = _bucket(sum(w in CLAUSE_MARKS for w in doc.lowers[s.tok_start:tok]), 4)
            f["trig_pos"] = _bucket(tok - s.tok_start, 30)
    f["clause_pos"] = _bucket(float(t.get("clause_pos", 0)), 20)
    f[f"kind_pair={actor_kind(ev.source)}|{actor_kind(ev.target)}"] = 1.0
    f[f"from_pair={t.get('source_from', 'none')}|{t.get('target_from', 'none')}"] = 1.0
    f["doc_events"] = _bucket(len(events), 30)
    countries: dict[str, int] = {}
    for o in events:
        for r in (o.source, o.target):
            if r is not None and r.country:
                countries[r.country] = countries.get(r.country, 0) + 1
    top = max(countries.values(), default=0)
    for role, ref in (("source", ev.source), ("target", ev.target)):
        if ref is not None and ref.country:
            f[f"{role}_top={countries.get(ref.country, 0) == top}"] = 1.0
    if ev.source is not None and ev.target is not None and ev.source.country and ev.target.country:
        f[f"pair_type={ev.event_type}|{ev.source.country == ev.target.country}"] = 1.0
    return f


def _bucket(x: float, cap: float) -> float:
    """A count or distance as a value in [0, 1], so the weights need no scaling."""
    return min(max(x, 0.0), cap) / cap


def _shape_features(ev: Event) -> dict[str, float]:
    """What kind of trigger and rule found the event (round 16): a verb, a listed noun, a form or a compound of one;
    whether it holds a quantity, equipment, or a PLOVER mode (a rule specific enough to name one)."""
    return {f"trig_shape={ev.trace.get('trigger_shape', '?')}": 1.0,
            f"has_quantity={bool(ev.quantities)}": 1.0,
            f"has_equipment={bool(ev.equipment)}": 1.0,
            f"has_mode={ev.mode is not None}": 1.0}


def neighbour_features(ev: Event, others: list[Event]) -> dict[str, float]:
    """How the event stands among the other rule events of its sentence (round 16): copies of it for coordinated
    targets, an accusation beside it (the act an accused is said to have done: news codes the accusation), and how
    many types the sentence holds. (The rules never read two types from one trigger: no feature for it.)"""
    tok = ev.trace.get("trigger_tok")
    same = [o for o in others if o is not ev and o.evidence_sentence == ev.evidence_sentence]
    types = {o.event_type for o in same} | {ev.event_type}
    f = {f"copies={any(o.trace.get('trigger_tok') == tok and o.event_type == ev.event_type for o in same)}": 1.0,
         "types_in_sentence": _bucket(len(types) - 1, 3)}
    if ev.event_type != "ACCUSE":
        f[f"beside_accuse={'ACCUSE' in types}"] = 1.0
    else:
        f[f"accuses_act={len(types) > 1}"] = 1.0
    return f


def features(doc: Doc, ev: Event, in_sentence: int, lemmas: bool = False, told: int = 1,
             neighbours: dict[str, float] | None = None, extra: dict[str, float] | None = None,
             closed: Closed | None = None) -> dict[str, float]:
    """Name -> value for one event: categorical features as ``name=value`` with value 1.0.
    ``in_sentence`` is the number of events told in the event's sentence, ``told`` the number of the
    article's events with its (type, source country, target country): a tuple told again and again is
    the story's own, one told once is more often a misreading; ``neighbours`` are neighbour_features'."""
    t = ev.trace
    f: dict[str, float] = {}

    def cat(name: str, value: Any) -> None:
        f[f"{name}={value}"] = 1.0

    cat("lang", doc.lang)
    cat("type", ev.event_type)
    cat("type_lang", f"{ev.event_type}|{doc.lang}")
    cat("nominal", bool(t.get("nominal")))
    for flag in ("inherited", "rule_cue", "rule_military", "rule_object", "rule_unnamed", "rule_require_target",
                 "committed"):  # a pledge to an act, kept with no partner named: the weight news gives it is learned
        if t.get(flag):
            f[flag] = 1.0
    for role, ref in (("source", ev.source), ("target", ev.target)):
        found = t.get(f"{role}_from", "derived")
        found = "none" if ref is None else ("derived" if found == "none" else found)  # a copy given a second target
        cat(f"{role}_from", found)
        if found == "mention":
            cat(f"{role}_via", t.get(f"{role}_via"))
            cat(f"{role}_bare", t.get(f"{role}_prep") == "-")
            cat(f"{role}_before", bool(t.get(f"{role}_before")))
            f[f"{role}_dist"] = _bucket(float(t.get(f"{role}_dist", 0)), 20)
            cat(f"{role}_coref", bool(t.get(f"{role}_coref")))  # a pronoun or description read back to a name
        if ref is not None:
            cat(f"{role}_sector", ref.sector or "-")
    if ev.source is not None and ev.target is not None:
        cat("same_country", ev.source.country == ev.target.country)
    if ev.target is None:  # some types are often told without a target (PROTEST, MOBILIZE), others rarely
        cat("notarget_type", ev.event_type)
    if ev.source is None:
        cat("nosource_type", ev.event_type)
    cat("modality", ev.modality)
    cat("hedged", ev.hedged)
    cat("attributed", bool(ev.attribution))
    cat("denied", bool(ev.denied_by))
    n_sent = max(len(doc.sentences), 1)
    f["sentence_pos"] = ev.evidence_sentence / n_sent
    cat("lead", ev.evidence_sentence < 2)
    cat("headline", ev.evidence_sentence == 0)
    cat("quote", any(q in ev.sentence_text for q in QUOTES))
    f["in_sentence"] = _bucket(in_sentence - 1, 5)
    f["n_actors"] = _bucket(float(t.get("n_actors", 0)), 6)
    f["clause_len"] = _bucket(float(t.get("clause_len", 0)), 40)
    f["sentence_len"] = _bucket(len(ev.sentence_text), 400)
    f["evidence_len"] = _bucket(ev.end - ev.start, 200)
    cat("has_location", ev.location is not None)
    cat("has_date", ev.date is not None)
    for role, ref in (("source", ev.source), ("target", ev.target)):
        cat(f"{role}_kind", actor_kind(ref))
    if ev.source is not None:
        cat("type_sector", f"{ev.event_type}|{ev.source.sector or '-'}")
    place = ev.location.country if ev.location is not None else None
    if place:  # a place of the event that is neither side's country: a misread actor, often
        cat("place_match", place in {r.country for r in (ev.source, ev.target) if r is not None})
    cat("told", min(told, 3))
    f.update(_shape_features(ev))
    if neighbours:
        f.update(neighbours)
    if extra:
        f.update(extra)
    if is_topic(t):
        f.update(topic_features(t))
    f.update(_sentence_cues(doc, ev, closed))
    if lemmas:
        cat("lemma", f"{doc.lang}|{t.get('lemma', '')}")
    return f


def topic_features(t: dict[str, Any]) -> dict[str, float]:
    """A topic candidate's features (extract/topic.py): a doer named sentences back, how central, how recent, how
    contested, and the path that offered it (a form that needs a doer, or one that may lack it)."""
    f = {f"topic_rank={t.get('topic_rank')}": 1.0, f"topic_lead={bool(t.get('topic_lead'))}": 1.0,
         f"topic_other={bool(t.get('topic_other'))}": 1.0, f"topic_doer={bool(t.get('topic_doer'))}": 1.0,
         "topic_gap": _bucket(float(t.get("topic_gap", 0)), 10), "topic_share": float(t.get("topic_share", 0.0))}
    if t.get("topic_path", "doerless") != "doerless":  # round 12's candidates keep the features they were trained on
        f[f"topic_path={t['topic_path']}"] = 1.0
    return f


def weighs_path(weights: dict[str, float], trace: dict[str, Any]) -> bool:
    """Whether a model weighs a topic candidate's path: one trained before a path was offered has no weight for it and
    drops its candidates unweighed, so a new path never reaches the output before a retrain has judged it."""
    path = trace.get("topic_path", "doerless")
    return path == "doerless" or f"topic_path={path}" in weights


def document_features(doc: Doc, events: list[Event], lemmas: bool = False,
                      candidates: bool = False, closed: Closed | None = None) -> list[dict[str, float]]:
    """Features of each of a document's events (counted per sentence within this document only). Topic candidates
    are not counted: the rules' events keep the features they have without them, and a candidate's ``told`` says how
    often the rules tell its tuple themselves (at least 1). ``candidates`` adds round 20's families: the training scripts
    read them, and extraction computes them only for a language the model scores by trees (round 21: German)."""
    per_sentence: dict[int, int] = {}
    keys = [(ev.event_type, ev.source.country if ev.source else None, ev.target.country if ev.target else None)
            for ev in events]
    told: dict[tuple, int] = {}
    for ev, k in zip(events, keys, strict=True):
        if not is_topic(ev.trace):
            per_sentence[ev.evidence_sentence] = per_sentence.get(ev.evidence_sentence, 0) + 1
            told[k] = told.get(k, 0) + 1
    rules_events = [ev for ev in events if not is_topic(ev.trace)]
    closed = closed if closed is not None else closed_words(doc.lang)  # once per document, not per event
    return [features(doc, ev, per_sentence.get(ev.evidence_sentence, 0) + is_topic(ev.trace), lemmas,
                     told.get(k, 0) + is_topic(ev.trace), neighbour_features(ev, rules_events),
                     round20_features(doc, ev, rules_events, closed) if candidates else None, closed)
            for ev, k in zip(events, keys, strict=True)]


Node = tuple[float, ...]


@dataclass(frozen=True)
class Trees:
    """Boosted trees of one language (round 21): the log-odds are ``baseline`` plus one leaf value per tree. A node is
    [feature, threshold, left, right] (the feature's index in ``features``; left when its value <= threshold, an absent
    feature is 0) or [value] (a leaf), the layout scikit-learn's HistGradientBoostingClassifier predicts with."""

    features: tuple[str, ...]
    baseline: float
    trees: tuple[tuple[Node, ...], ...]
    # the same walk as one compiled function (extract/tree_code.py), made once here; None: walk node by node
    _code: Callable[[dict[str, float]], float] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_code", compile_trees(self.features, self.baseline, self.trees))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Trees:
        return cls(tuple(data["features"]), float(data["baseline"]),
                   tuple(tuple(tuple(float(x) for x in node) for node in tree) for tree in data["trees"]))

    def log_odds(self, f: dict[str, float]) -> float:
        if self._code is not None:
            return self._code(f)
        return self.walk(f)

    def walk(self, f: dict[str, float]) -> float:
        """The log-odds node by node (what the compiled function computes, and its fallback)."""
        z = self.baseline
        for nodes in self.trees:
            node = nodes[0]
            while len(node) == 4:
                node = nodes[int(node[2] if f.get(self.features[int(node[0])], 0.0) <= node[1] else node[3])]
            z += node[0]
        return z


def _lang_of(f: dict[str, float]) -> str | None:
    return next((k[5:] for k in f if k.startswith("lang=")), None)


@dataclass(frozen=True)
class EventScorer:
    """Weights, bias and per-language thresholds read from the model file; immutable."""

    weights: dict[str, float]
    bias: float
    thresholds: dict[str, float]
    lemmas: bool = False
    # the languages whose topic candidates (extract/topic.py) the model was trained on and found to pay; the others'
    # candidates are dropped unweighed
    topic: frozenset[str] = frozenset()
    # languages scored by boosted trees instead of the weights (round 21); their features include round 20's families
    trees: dict[str, Trees] = field(default_factory=dict)
    # each language's closed word classes (closed_words), read once when the scorer is built: per event they cost
    # ~100 us of loader look-ups (round 33 speed check)
    closed: dict[str, Closed] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> EventScorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data["weights"]), float(data["bias"]), dict(data["thresholds"]), bool(data.get("lemmas")),
                   frozenset(data.get("topic") or ()),
                   {lang: Trees.from_json(t) for lang, t in (data.get("trees") or {}).items()},
                   {lang: closed_words(lang) for lang in languages()})

    def probability(self, f: dict[str, float], lang: str | None = None) -> float:
        """The event's estimated probability: its language's trees where the model has them (the language given, else
        read from the ``lang=`` feature), else the weights."""
        trees = self.trees.get(lang or _lang_of(f) or "")
        z = trees.log_odds(f) if trees is not None else self.bias + sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def threshold(self, lang: str | None, event_type: str) -> float:
        """The bar an event must reach: its language's and type's ("de:SUPPORT", a per-type policy the trainer
        chose), else its language's, else the shared one ("*"), else 0 (kept)."""
        return threshold_of(self.thresholds, lang, event_type)

    def __call__(self, doc: Doc) -> list[Event]:
        """The document's events whose estimated probability reaches their language's (and type's) threshold."""
        events = [ev for ev in doc.events if not is_topic(ev.trace)
                  or doc.lang in self.topic and weighs_path(self.weights, ev.trace)]
        feats = document_features(doc, events, self.lemmas, candidates=doc.lang in self.trees,
                                  closed=self.closed.get(doc.lang or ""))
        return [ev for ev, f in zip(events, feats, strict=True)
                if kept(self.probability(f, doc.lang), self.threshold(doc.lang, ev.event_type), is_topic(ev.trace),
                        floor_of(self.thresholds, doc.lang, str(ev.trace.get("topic_path", ""))))]


def kept(p: float, threshold: float, topic: bool, floor: float = TOPIC_FLOOR) -> bool:
    """Whether an event stays: it reaches its threshold, and a topic candidate (a doer the rules did not find) also
    its path's floor (TOPIC_FLOOR unless the model sets one), so a language left at threshold 0 ("keep every rule
    event") never admits candidates unweighed."""
    return p >= threshold and (not topic or p >= floor)


def floor_of(thresholds: dict[str, float], lang: str | None, path: str) -> float:
    """The bar a topic candidate of one path must reach: "<lang>:path=<path>" where the trainer chose one (round 14:
    the may-lack path's candidates are right less often than the doerless path's), else TOPIC_FLOOR."""
    return max(thresholds.get(f"{lang}:path={path}", TOPIC_FLOOR), TOPIC_FLOOR) if path else TOPIC_FLOOR


def threshold_of(thresholds: dict[str, float], lang: str | None, event_type: str) -> float:
    """The threshold for one event: "<lang>:<TYPE>" over "<lang>" over "*" over 0 (the trainer reads it too)."""
    typed = thresholds.get(f"{lang}:{event_type}")
    return typed if typed is not None else thresholds.get(lang or "", thresholds.get("*", 0.0))


def scorer_topic(path: Path = MODEL_PATH) -> frozenset[str]:
    """The languages whose topic candidates the shipped model admits: the pipeline proposes them there only (the
    scorer drops the others' unweighed, and proposing them reads the article a second time)."""
    return EventScorer.load(path).topic if path.is_file() else frozenset()


def scorer_enabled(choice: bool | None = None, path: Path = MODEL_PATH) -> bool:
    """Whether the scorer runs: the caller's choice, else ``$LAGEBILD_SCORER`` (on/off), else the
    model file's ``default_on`` (set only when it gained on the held-out half)."""
    if choice is not None:
        return choice
    env = os.environ.get("LAGEBILD_SCORER", "").strip().lower()
    if env in ("on", "1", "true", "yes"):
        return path.is_file()
    if env in ("off", "0", "false", "no"):
        return False
    if not path.is_file():
        return False
    return bool(json.loads(path.read_text(encoding="utf-8")).get("default_on"))
