"""Linking denials to the events they deny, within one article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import Doc, Event
from .denial_cues import Denial

DENIAL_REACH = 200  # sentences a denial may reach back ("X denied the troop movements")


def apply_denials(doc: Doc, events: list[Event], denials: list[Denial]) -> None:
    """Link each denial to what it denies. "X denied that ...": the events of that clause, which are
    then negated claims, never facts. "X denied the troop movements": the nearest earlier event of
    that type, by the deniers if any is theirs, anywhere in the article. "X bestreitet dies": earlier
    claims that involve the deniers, in its paragraph or up to three sentences back (wire copy puts
    each sentence in a paragraph of its own), or else the claims of the sentence just before it."""
    toks = doc.tokens
    order = sorted(range(len(events)), key=lambda k: events[k].evidence_sentence)
    sents = [events[k].evidence_sentence for k in order]
    for d in denials:
        # only events up to DENIAL_REACH sentences back: linear time on very long texts
        window = order[bisect_left(sents, d.sent - DENIAL_REACH):bisect_right(sents, d.sent)]
        near_events = [events[k] for k in sorted(window)]
        last = [e for e in near_events if d.sent - e.evidence_sentence <= 2 and e.source]
        for a in d.deniers:  # "police denied the charge": the police of the side told just before
            if a.country is None and last and last[-1].source is not None and last[-1].source.country:
                a.country = last[-1].source.country
                a.actor_id = f"{a.country}-{a.sector}"
        d.deniers = [a for a in d.deniers if a.country]
        if not d.deniers:
            continue
        countries = {a.country for a in d.deniers}
        # "..., was dieser jedoch zurückweist": what the sentence told before the denial counts as earlier
        verb_at = toks[d.verb].start if d.verb >= 0 else -1
        earlier = [e for e in near_events if e.evidence_sentence < d.sent or e.evidence_sentence == d.sent
                   and e.end <= verb_at and d.back_reference and d.content is None]

        def involved(e: Event, countries: set[str | None] = countries) -> bool:
            return bool((e.source and e.source.country in countries) or (e.target and e.target.country in countries))

        content: list[Event] = []
        if d.content is not None:  # the evidence may start at a source before it: "Iran denied that it had sent"
            lo, hi = toks[d.content[0]].start, toks[d.content[1] - 1].end
            content = [e for e in near_events if e.evidence_sentence == d.sent and lo < e.end and e.start < hi]
        if content or d.content is not None and not d.bare:  # "denied it was involved": no event, a back reference
            chosen = content
            for e in chosen:
                e.modality = "negated"
        elif d.relative:  # ", which New Delhi denied": what the sentence told before the verb, else nothing
            chosen = [e for e in near_events if e.evidence_sentence == d.sent and e.end <= verb_at]
        elif d.has_object and not d.bare and (named := [e for e in near_events if e.evidence_sentence == d.sent
                                         and toks[d.verb].end <= e.start and e.end <= toks[d.clause.end - 1].end]):
            chosen = named  # "dementierte die Festnahme von X durch die Polizei": the event its object tells
            for e in chosen:
                e.modality = "negated"
        elif d.types and (typed := [e for e in earlier if e.event_type in d.types]):
            pool = [e for e in typed if involved(e)] or typed
            last = max(e.evidence_sentence for e in pool)
            chosen = [e for e in pool if e.evidence_sentence == last]
        elif d.has_object and (pool := [e for e in earlier if involved(e)]):
            last = max(e.evidence_sentence for e in pool)  # the deniers' nearest event, any paragraph back
            chosen = [e for e in pool if e.evidence_sentence == last]
        else:
            para = doc.sentences[d.sent].paragraph
            near = [e for e in earlier if doc.sentences[e.evidence_sentence].paragraph == para
                    or d.sent - e.evidence_sentence <= 3]
            inv = [e for e in near if involved(e)]
            told = [e for e in inv if e.attribution and all(a.country not in countries for a in e.attribution)]
            inv = told or inv  # "He denied the report": what others said of the deniers, not their own acts
            chosen = inv or [e for e in near if e.evidence_sentence == d.sent - 1]
            if not d.back_reference and not inv:
                chosen = [e for e in near_events if e.evidence_sentence == d.sent]
        for e in chosen:
            for a in d.deniers:
                if all(x.country != a.country or x.name != a.name for x in e.denied_by):
                    e.denied_by.append(a)
