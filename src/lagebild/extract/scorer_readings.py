"""Which reading gave an event its roles, as features for the learned scorer (round 30, scorer30).

The rules fill a role from a mention in the clause or derive it (a place, the story's country, a counterpart, a
joined object, a passive's unnamed state ...); the trace says only "derived". Whether the side a derived role names
is named in the event's sentence, earlier in the article or nowhere tells a reading of the sentence from a fallback of
the story, without listing the many derivations one by one.
"""

from __future__ import annotations

from ..model import ActorRef, Doc, Event


def _country_of(m: object) -> str | None:
    """The country a mention names, as an actor or as a place."""
    actor = getattr(m, "actor", None)
    place = getattr(m, "place", None)
    return (actor.country if actor is not None else None) or (place.country if place is not None else None)


def _seen(doc: Doc, ev: Event, ref: ActorRef) -> str:
    """Where the article names a derived role's country: in the event's sentence, before it, only after it, nowhere."""
    if not 0 <= ev.evidence_sentence < len(doc.sentences):
        return "none"
    s = doc.sentences[ev.evidence_sentence]
    where = "none"
    for m in doc.mentions:
        if _country_of(m) != ref.country:
            continue
        if s.tok_start <= m.tok_start < s.tok_end:
            return "sentence"
        where = "before" if m.tok_start < s.tok_start else ("after" if where == "none" else where)
    return where


def reading_features(doc: Doc, ev: Event) -> dict[str, float]:
    """``{role}_seen=<where>`` for a role the rules derived (not read from a mention), with a country; a role read from a
    mention is already described by its via, preposition and side."""
    f: dict[str, float] = {}
    for role, ref in (("source", ev.source), ("target", ev.target)):
        if ref is None or not ref.country or ev.trace.get(f"{role}_from") == "mention":
            continue
        f[f"{role}_seen={_seen(doc, ev, ref)}"] = 1.0
    return f
