"""A reported obligation is a demand: in "Britain said that Libya must hand over the suspects" the act is
Libya's, but the event told is Britain's demand on Libya (CAMEO 10, PLOVER REQUEST). Data: ``demand_modals``
in resources/<lang>/triggers.yaml ("must"); without it nothing changes. A body of no country demands too ("The U.N.
said Israel must withdraw"): ``demand_speaker_sectors`` (IGO, NGO) names whose speakers need no country."""

from __future__ import annotations

from ..model import Doc, Mention
from .claims import AttributionSpan
from .clauses import Clause

REPORTERS = frozenset({"MEDIA"})  # sectors whose report of a wrongdoing tells it, no charge of their own


def reported_demand(doc: Doc, clause: Clause, tok: int, modals: set[str], spans: list[AttributionSpan],
                    mentions: list[Mention], bare: bool = False, stateless: frozenset[str] = frozenset()
                    ) -> Mention | None:
    """The speaker who demands the act at ``tok``: a modal of obligation stands before it in its clause (the
    trigger itself or at most four words before it), or the act is told in the bare form of a demand ("insisted that
    the union agree": ``bare``), and a speaker named as an actor reports the clause: one with a country, or a body of
    no country of a ``stateless`` sector (the UN, the Red Cross; never a bare "officials"). A speaker after a preposition
    speaks only where that preposition is the cue itself ("laut dem Außenminister"), not a place or partner in it."""
    if not modals:
        return None
    toks = doc.tokens
    if not bare and not any(toks[j].lower in modals for j in range(max(clause.start, tok - 4), tok + 1)):
        return None
    for sp in spans:
        if sp.scope_start <= tok < sp.scope_end:
            speaker = next((m for m in mentions if sp.cue_start <= m.tok_start < sp.cue_end
                            and (m.preposition is None or m.preposition == toks[sp.cue_start].lower)
                            and _named(m, stateless)), None)
            if speaker is None and sp.cue_start == sp.cue_end == sp.scope_start and bare:
                speaker = _told_speaker(doc, sp, stateless)  # carried over, not a speech act's own complement
            if speaker is not None and bare and speaker.actor is not None and speaker.actor.sector in REPORTERS:
                continue  # "Die Zeitung berichtete, Y habe sich eingemischt": a medium reports, it charges no one
            if speaker is not None:
                return speaker
    return None


def _named(m: Mention, stateless: frozenset[str]) -> bool:
    return m.kind in ("actor", "origin") and m.actor is not None and bool(m.actor.country or m.actor.sector in stateless)


def _told_speaker(doc: Doc, sp: AttributionSpan, stateless: frozenset[str]) -> Mention | None:
    """A span carried over from the sentence before ("Er sagte ... . Russland habe sich zudem eingemischt": Konjunktiv I
    continues the speaker told before): the actor mention its speaker was named by. Not a speech act's complement
    ("bestritt, dass ..."): a denial verb's clause is no charge of the denier's."""
    starts = {a.start for a in sp.attributions if a.start is not None}
    return next((m for m in doc.mentions if m.start in starts and _named(m, stateless)), None) if starts else None


def own_side(speaker: Mention, doer: Mention | None) -> bool:
    """"Germany must act, the chancellor said": the speaker speaks for the doer, which is no demand on another
    (same country, and the same sector or one unknown); "the opposition said the government must go" is one."""
    a, b = speaker.actor, doer.actor if doer is not None else None
    if a is None or b is None or not a.country or a.country != b.country:
        return False
    return a.sector is None or b.sector is None or a.sector == b.sector
