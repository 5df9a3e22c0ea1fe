"""Plain dataclasses that flow from stage to stage.

One :class:`Doc` carries an article through the pipeline; each component fills in its own layer
(tokens, mentions, events, ...), so stages stay independent and testable in isolation.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Modality = Literal["factual", "future", "hypothetical", "negated"]
Qualifier = Literal["exact", "at_least", "at_most", "about"]


@dataclass
class Article:
    """One input article, as read by an ingest reader."""

    text: str
    id: str = ""
    lang: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    origin: str | None = None  # file path (and line) the article came from, for error messages

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.content_hash[:16]

    @property
    def content_hash(self) -> str:
        """Hash of the text alone: the same article ingested twice is recognised by it."""
        return hashlib.sha256(self.text.strip().encode("utf-8")).hexdigest()


@dataclass(slots=True)  # made per word and read in every hot loop: slots read faster and weigh less than a __dict__
class Token:
    i: int
    text: str
    start: int
    end: int
    lower: str
    lemma: str
    sent: int = 0
    space_after: bool = True


@dataclass(slots=True)
class Sentence:
    i: int
    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    paragraph: int = 0


@dataclass
class ActorRef:
    """A resolved actor: country + sector, plus the person or organisation when known. ``inferred``: no words of
    the text name it, the system concluded it (a targetless act aimed at its doer's own country, home_targets.py);
    the JSON carries ``"inferred": true`` only then, so readers of older output see no new key."""

    text: str
    name: str
    actor_id: str | None
    country: str | None
    sector: str | None
    inferred: bool = field(default=False, kw_only=True)  # keyword only: Denier's own fields follow positionally

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "name": self.name, "actor_id": self.actor_id,
                               "country": self.country, "sector": self.sector}
        if self.inferred:
            out["inferred"] = True
        return out


@dataclass
class Mention:
    """A span of tokens that names an actor, a place, or a sector noun."""

    tok_start: int
    tok_end: int  # exclusive
    start: int
    end: int
    text: str
    kind: Literal["actor", "place", "equipment", "origin"]  # origin: "südkoreanische Waffen"
    actor: ActorRef | None = None
    place: Place | None = None
    is_location: bool = False  # the mention is governed by a locative preposition ("in Südkorea")
    preposition: str | None = None  # the preposition governing the mention, lower case
    via: str = ""  # why it resolved this way (gazetteer entry, rule), for `lagebild actors`
    refers_to: str | None = None  # an anaphor's or description's antecedent: "Hamas, sentence 2" (coreference.py)


@dataclass
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DateRef:
    text: str
    value: str  # ISO 8601 date, or interval "start/end"
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value}


@dataclass
class Quantity:
    text: str
    value: float
    unit: str | None
    qualifier: Qualifier
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "value": value, "unit": self.unit, "qualifier": self.qualifier}


@dataclass
class Attribution:
    """Who says a claim. ``start``/``end`` locate ``text`` in the article (None when not known);
    ``level`` orders a chain of reporters: 0 says it, 1 reports what 0 said ("X said Y reported ...")."""

    text: str
    name: str
    country: str | None
    sector: str | None
    cue: str
    start: int | None = None
    end: int | None = None
    level: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Denier(ActorRef):
    """An actor that denies a claim, with where the article says so (the UI highlights it)."""

    start: int | None = None
    end: int | None = None
    cue: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "actor_id": self.actor_id, "country": self.country,
                "sector": self.sector, "cue": self.cue, "start": self.start, "end": self.end}


@dataclass
class Event:
    """One extracted event with its claim: the public contract of `lagebild extract`."""

    article: str
    event_type: str
    source: ActorRef | None
    target: ActorRef | None
    evidence_sentence: int
    start: int
    end: int
    trigger: str = ""
    sentence_text: str = ""
    evidence_text: str = ""
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    location: Place | None = None
    date: DateRef | None = None
    quantities: list[Quantity] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    modality: Modality = "factual"
    hedged: bool = False
    attribution: list[Attribution] = field(default_factory=list)
    denied_by: list[ActorRef] = field(default_factory=list)  # Denier entries, with offsets
    # internal, never in to_json(): how the rules found the event (extract/trace.py), read by the scorer
    trace: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def event_id(self) -> str:
        """Stable across runs: same article, type, actors and evidence span give the same id.
        The actors are part of it because coordinated subjects ("Polen, Bulgarien und Rumänien
        verlegen ...") give several events over one span."""
        src = self.source.actor_id if self.source else ""
        tgt = self.target.actor_id if self.target else ""
        key = f"{self.article}|{self.event_type}|{self.start}|{self.end}|{src}|{tgt}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article": self.article,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "trigger": self.trigger,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
            "location": self.location.to_json() if self.location else None,
            "date": self.date.to_json() if self.date else None,
            "quantities": [q.to_json() for q in self.quantities],
            "equipment": list(self.equipment),
            "modality": self.modality,
            "hedged": self.hedged,
            "attribution": [a.to_json() for a in self.attribution],
            "denied_by": [{k: v for k, v in d.to_json().items() if k != "actor_id"} for d in self.denied_by],
            "evidence": {"text": self.evidence_text, "sentence": self.sentence_text,
                         "sentence_index": self.evidence_sentence, "start": self.start, "end": self.end},
        }


@dataclass
class Doc:
    """An article and every layer the pipeline has added to it."""

    article: Article
    lang: str = ""
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # tokens of the triggers extraction dropped for want of a doer: the topic candidates' second read is around these
    doerless: frozenset[int] = frozenset()
    # subject pronouns whose gender the subject before contradicts ("Macron lobte X. Sie ..."): no doer to inherit
    unbound_pronouns: set[int] = field(default_factory=set, repr=False, compare=False)
    _lowers: list[str] = field(default_factory=list, repr=False)
    # verb lemmas asked for again by the trigger, denial and claim finders and by the topic read, and the suffix
    # rules' answers (extract/verb_lemmas.py): this document's only, so no state passes between documents
    _verb_lemmas: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    # the trigger finder's answers asked for again (extract/trigger_finder.py): each clause's triggers, which the topic
    # read asks for after the rules' read, and the sentences worth parsing, which parse_ahead asks for first
    _triggers: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    # each sentence's clauses, denials and attribution spans from the rules' read, which the topic read finds again
    # (extract/sentence_reads.py)
    _sentence_reads: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def lowers(self) -> list[str]:
        """Lower-cased token texts, computed once: cue matching reads them for every sentence."""
        if len(self._lowers) != len(self.tokens):
            self._lowers = [t.lower for t in self.tokens]
        return self._lowers

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def mentions_in(self, sent: int) -> list[Mention]:
        s = self.sentences[sent]
        return [m for m in self.mentions if s.tok_start <= m.tok_start < s.tok_end]
