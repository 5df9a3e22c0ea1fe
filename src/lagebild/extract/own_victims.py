"""A protest over an act on the protester's own people ("Japan protested the arrest of Japanese nationals"): the
victims after the act noun's "of" are no one accused; the accused is who did the act, the doer of that act told in
the sentence or the one before ("Chinese police detained five Japanese nationals"), else no one, so no event (fuen38).
Per document: only the events of this article are looked at."""

from __future__ import annotations

from dataclasses import replace

from ..knowledge.function_words import function_words
from ..model import Doc, Event

ACCUSE = "ACCUSE"
_GUESSED = "sector+"  # the vias of context.fill_generic: a country the article gave a generic group, not the text
_GAP = 3  # tokens between "of" and the victims' mention at most ("of five detained Japanese nationals")


def _own_victims(doc: Doc, e: Event, act_nouns: set[str] | dict[str, object]) -> bool:
    """``e`` accuses its own country, named as the victims after an act noun's "of" ("the arrest of Japanese ...")."""
    of_words = function_words(doc.lang).genitive_prepositions
    if e.event_type != ACCUSE or e.source is None or e.target is None or not e.source.country \
            or e.source.country != e.target.country or e.trace.get("target_prep") not in of_words:
        return False
    toks, t = doc.tokens, e.trace.get("target_tok")
    if not isinstance(t, int) or any(m.tok_start <= t < m.tok_end and (m.via or "").startswith(_GUESSED)
                                     for m in doc.mentions):
        return False  # "The arrest of the journalists was criticized by Greece": their country is a guess, not told
    of = next((j for j in range(t - 1, max(t - 1 - _GAP, 0), -1) if toks[j].lower in of_words), None)
    return of is not None and of > 0 and (toks[of - 1].lower in act_nouns or toks[of - 1].lemma in act_nouns)


def accused_doer(doc: Doc, events: list[Event], act_nouns: set[str] | dict[str, object]) -> list[Event]:
    """``events`` with each protest over the protester's own people aimed at the act's doer (the source of another
    type's event on those people in its sentence or the one before, of another country), or dropped without one."""
    out: list[Event] = []
    for e in events:
        if not _own_victims(doc, e, act_nouns):
            out.append(e)
            continue
        own = e.source.country  # type: ignore[union-attr]
        doer = next((x.source for x in reversed(events) if x.event_type != ACCUSE and x.source is not None
                     and x.source.country and x.source.country != own and x.target is not None and x.target.country == own
                     and e.evidence_sentence - 1 <= x.evidence_sentence <= e.evidence_sentence), None)
        if doer is not None:
            out.append(replace(e, target=doer))
    return out
