"""Whose is the genitive after a German act noun: the doer or the one acted on? A property of the noun (its valency),
so one lexicon of noun families (``genitive_readings`` in de/triggers.yaml) decides, not each trigger rule alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Doc, Mention


@dataclass(frozen=True)
class GenitiveReadings:
    """Noun families (compound heads: "Massenfestnahme" ends in "festnahme") whose genitive or "von" phrase is read
    one way whatever the trigger rule's default: ``patient`` for acts on a person or group ("die Festnahme des
    Journalisten"), ``giver`` for deliveries and aid, whose genitive gives when a recipient is named ("die
    Waffenlieferungen Deutschlands an die Ukraine"). ``adjective_endings``: the endings a nationality adjective has
    in a genitive without article ("Angriffe israelischer Kampfjets"); empty, no such genitive is read."""

    patient: tuple[str, ...] = ()
    giver: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, d: dict[str, Any] | None) -> GenitiveReadings:
        d = d or {}
        return cls(tuple(str(w).lower() for w in d.get("patient") or []),
                   tuple(str(w).lower() for w in d.get("giver") or []),
                   tuple(str(w).lower() for w in d.get("adjective_endings") or []))

    def adjective_genitive(self, doc: Doc, noun: int, origins: list[Mention]) -> Mention | None:
        """The nationality adjective of a genitive without article right after the act noun at ``noun`` ("Angriffe
        israelischer Kampfjets", "die Stationierung amerikanischer Raketen"): the noun's own genitive, whose country
        is its doer or patient as "der israelischen Armee" would be. Only the genitive's ending and only before the
        noun it describes: "nach dem Angriff russischen Angaben zufolge" is no genitive."""
        toks = doc.tokens
        if not self.adjective_endings or noun + 2 >= len(toks):
            return None
        adj, head = toks[noun + 1], toks[noun + 2]
        if adj.sent != toks[noun].sent or head.sent != adj.sent or not head.text[:1].isupper() \
                or not (adj.text[:1].islower() or "-" in adj.text) or not adj.lower.endswith(self.adjective_endings):
            return None
        return next((m for m in origins if m.kind == "origin" and m.tok_start == noun + 1 and m.tok_end == noun + 2
                     and m.preposition is None and m.actor is not None and m.actor.country), None)


def genitive_role(noun: str, default: str, readings: GenitiveReadings, recipient: bool) -> str:
    """"source" or "target" for the actor in the genitive (or "von" phrase) right after the act noun ``noun``: the
    patient families take it as target, the giver families as source when a recipient follows, else the rule's
    ``default``."""
    noun = noun.lower()
    if noun.endswith(readings.patient):
        return "target"
    if recipient and noun.endswith(readings.giver):
        return "source"
    return default


def criticised_doer(doc: Doc, trig: int, clause_end: int, mentions: list[Mention], readings: GenitiveReadings,
                    noun_role: Callable[[int], str | None], critic: Mention | None) -> Mention | None:
    """The doer a criticism of an act aims at when a genitive without article names it ("verurteilte den Beschuss
    russischer Artillerie", "kritisierte die Stationierung amerikanischer Raketen"): the act noun's adjective
    genitive where the noun reads its genitive as the doer (``noun_role``: the rule's default, None for no act noun);
    "die Festnahme türkischer Journalisten" names the arrested, not whom the criticism aims at; nor is the critic's
    own country its target."""
    toks = doc.tokens
    for m in sorted(mentions, key=lambda m: m.tok_start):
        if m.tok_start <= trig + 1 or m.tok_start >= clause_end:
            continue
        if any(t.text in (",", ";", ":", "(") for t in toks[trig:m.tok_start]):
            return None
        noun = m.tok_start - 1
        if readings.adjective_genitive(doc, noun, [m]) is not m or (default := noun_role(noun)) is None:
            continue
        own = critic.actor.country if critic is not None and critic.actor is not None else None
        return m if genitive_role(toks[noun].text, default, readings, False) == "source" and m.actor is not None \
            and m.actor.country != own else None
    return None


def object_genitive(doc: Doc, m: Mention, clause_start: int, actors: list[Mention], determiners: frozenset[str] | set[str],
                    links: frozenset[str] | set[str], suffixes: tuple[str, ...],
                    act: Callable[[int], bool] | None = None) -> bool:
    """"verurteilten den Angriff Russlands", "kritisierten die Politik der Türkei": a name in the genitive of a noun that
    names no actor (an act, a policy), in a phrase after the clause's first, is that noun's attribute, never the clause's
    subject: the doer of the act criticised, not the critic. The clause's first phrase ("Die Regierung Chinas
    kritisierte") and a noun that is an actor itself ("den Präsidenten Russlands") are left to the other readings;
    ``act`` (given: the noun at an index names an act) keeps "die Bewerber um das Amt des Präsidenten" the subject's;
    ``suffixes``: lexicon.yaml's genitive_suffixes, how a name's genitive without article ends."""
    toks = doc.tokens
    j = m.tok_start - 1
    if m.preposition is not None or j <= clause_start:
        return False
    if toks[j].lower in links:
        j -= 1  # "die Politik der Türkei"
    elif not suffixes or not toks[m.tok_end - 1].text.endswith(suffixes):
        return False  # a name's genitive without article ends in -s ("Russlands", "Chinas")
    noun = toks[j]
    if j <= clause_start or not noun.text[:1].isupper() or not noun.text.isalpha() or noun.sent != toks[m.tok_start].sent \
            or any(a.tok_start <= j < a.tok_end for a in actors) or (act is not None and not act(j)):
        return False
    k = j - 1
    while k > clause_start and j - k <= 2 and toks[k].text[:1].islower() and toks[k].lower not in determiners:
        k -= 1  # "den brutalen Angriff Russlands"
    return k > clause_start and toks[k].lower in determiners
