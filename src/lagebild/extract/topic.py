"""The article's topic actors: who the story is about, from its title, its first sentence and the names it repeats.

News often names the doer sentences back ("Russland ... Die Angriffe dauerten an"). Rules that always gave such a
doer hurt precision (rounds 8 and 11), so the topic actor only proposes a CANDIDATE source for a trigger with no actor
of its own (``Event.trace["source_from"] == "topic"``); the learned scorer weighs it by the features here and keeps
only those it trusts. Rules mode never outputs them (pipeline component "topic"). One model per document, immutable.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Doc, Event, Mention

LEAD_SENTENCES = 2  # the title (first line) and the first sentence of the body
LEAD_BONUS = 2.0  # a name in the lead counts like two more mentions: the story is announced there
DOER_BONUS = 2.0  # a country the rules found acting counts like two more mentions each time: the story's doer
MAX_RANK = 3  # deeper ranks are side actors, not the story's own
# sentences read before one with a doerless trigger, besides its paragraph's: what its roles carry over across a
# paragraph's start (a pronoun's antecedent, the last speaker, the last event's doer) reaches back a few sentences
CONTEXT_SENTENCES = 4
# the paths that may offer candidates (topic_path); "may_lack" was tried in round 13 (docs/gold.md): with scorers trained
# without the carry parts it found 3 more of their events but lost precision (F-K 0.418 -> 0.415), so it stays off
PATHS = ("doerless", "may_lack")
DEFAULT_PATHS = "doerless"


def offered_paths(spec: str | None) -> frozenset[str]:
    """The paths named by LAGEBILD_TOPIC_PATHS (comma-separated; unset: DEFAULT_PATHS): the trainer's switch to read a
    path's candidates (a model without a weight for a path drops them unweighed, scorer.weighs_path)."""
    names = frozenset(x.strip() for x in (spec or DEFAULT_PATHS).split(",") if x.strip())
    unknown = sorted(names - set(PATHS))
    if unknown or not names:
        raise SystemExit(f"LAGEBILD_TOPIC_PATHS={spec!r}: each path must be one of {', '.join(PATHS)}")
    return names


OFFERED_PATHS = offered_paths(os.environ.get("LAGEBILD_TOPIC_PATHS"))


@dataclass(frozen=True)
class TopicActor:
    """One country the article keeps naming: its representative mention (the most frequent actor of that country, its
    first mention), its rank (1 = the story's main actor), the sentences naming it and whether the lead does."""

    country: str
    mention: Mention
    rank: int
    share: float  # its weighted count over all actors' weighted count
    sentences: tuple[int, ...]
    lead: bool
    acts: tuple[int, ...] = ()  # sentences of the rules' events it is the source of

    def acted_before(self, sent: int) -> bool:
        """Whether the rules found it acting in sentence ``sent`` or earlier (a doer, not only a name)."""
        return any(s <= sent for s in self.acts)

    def last_before(self, sent: int) -> int | None:
        """The last sentence at or before ``sent`` that names it (None: named only later)."""
        before = [s for s in self.sentences if s <= sent]
        return before[-1] if before else None


@dataclass(frozen=True)
class TopicModel:
    """The document's topic actors, best first (at most MAX_RANK)."""

    actors: tuple[TopicActor, ...]

    @classmethod
    def of(cls, doc: Doc, events: Sequence[Event] = ()) -> TopicModel:
        """Ranks the countries of the document's actor mentions (places and origins left out: "in Syrien" is where,
        not who) by how often they are named, a name in the lead weighing LEAD_BONUS more and each of the rules'
        ``events`` it is the source of DOER_BONUS more."""
        score: dict[str, float] = {}
        acts: dict[str, list[int]] = {}
        for e in events:
            if e.source is not None and e.source.country:
                acts.setdefault(e.source.country, []).append(e.evidence_sentence)
        sents: dict[str, set[int]] = {}
        by_id: dict[str, dict[str, list[Mention]]] = {}
        for m in doc.mentions:
            if m.kind != "actor" or m.is_location or m.actor is None or not m.actor.country:
                continue
            country, sent = m.actor.country, doc.tokens[m.tok_start].sent
            score[country] = score.get(country, 0.0) + 1.0 + (LEAD_BONUS if sent < LEAD_SENTENCES else 0.0)
            sents.setdefault(country, set()).add(sent)
            by_id.setdefault(country, {}).setdefault(m.actor.actor_id or country, []).append(m)
        for country, sentences in acts.items():
            if country in score:
                score[country] += DOER_BONUS * len(sentences)
        total = sum(score.values()) or 1.0
        ranked = sorted(score, key=lambda c: (-score[c], min(sents[c]), c))[:MAX_RANK]
        actors = []
        for rank, country in enumerate(ranked, start=1):
            ms = max(by_id[country].values(), key=len)  # the actor of that country it names most ("Russia": RUS-GOV)
            actors.append(TopicActor(country, ms[0], rank, score[country] / total, tuple(sorted(sents[country])),
                                     min(sents[country]) < LEAD_SENTENCES, tuple(sorted(acts.get(country, ())))))
        return cls(tuple(actors))

    def source_for(self, sent: int, target_country: str | None) -> TopicActor | None:
        """The best-ranked topic actor named at or before sentence ``sent`` that is not the target's country."""
        return next((a for a in self.actors if a.country != target_country and a.last_before(sent) is not None), None)


def topic_path(lacking: bool, may_lack: bool, dropped: bool, offered: frozenset[str] = OFFERED_PATHS) -> str | None:
    """Which path offers a trigger with no doer of its own (``lacking``: none named, none its rule gives unnamed) a topic
    candidate: "doerless" (its form needs a doer: the rules drop it), "may_lack" (its form may stand without one, a
    passive or a noun, but the rules' first read ``dropped`` it all the same: no unknown doer, no place stood in); only
    the ``offered`` paths."""
    path = None if not lacking else "doerless" if not may_lack else "may_lack" if dropped else None
    return path if path in offered else None


def topic_trace(actor: TopicActor, sent: int, sentence_mentions: list[Mention], path: str = "") -> dict[str, object]:
    """What the scorer weighs of a topic source: its rank, share, sentences since it was last named, whether the lead
    names it, whether the rules found it acting by then, whether the event's sentence names another country's actor
    (a doer nearer than the topic) and the path that offered it (topic_path)."""
    last = actor.last_before(sent)
    other = any(m.kind == "actor" and m.actor is not None and m.actor.country and m.actor.country != actor.country
                for m in sentence_mentions)
    return {"source_from": "topic", "topic_rank": actor.rank, "topic_share": round(actor.share, 3),
            "topic_gap": sent - last if last is not None else 99, "topic_lead": actor.lead, "topic_other": other,
            "topic_doer": actor.acted_before(sent), "topic_path": path}


def reading_window(doc: Doc) -> frozenset[int]:
    """The sentences the topic read needs: each one with a doerless trigger (``doc.doerless``), the CONTEXT_SENTENCES
    before it and its paragraph from the start (a speaker's frame carries on through the paragraph)."""
    firsts: dict[int, int] = {}
    for s in doc.sentences:
        firsts.setdefault(s.paragraph, s.i)
    sents = {doc.tokens[t].sent for t in doc.doerless}
    return frozenset(i for d in sents for i in range(max(0, min(d - CONTEXT_SENTENCES, firsts[doc.sentences[d].paragraph])),
                                                     d + 1))


def is_topic(trace: dict[str, object]) -> bool:
    """Whether an event's source is a topic candidate (kept only where the scorer admits it)."""
    return trace.get("source_from") == "topic"
