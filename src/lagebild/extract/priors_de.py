"""Actors a German clause does not name, filled from the article: the country it is about, the state behind a
passive arrest or ban, the country a transitive demand aims at, an unknown doer. Priors, not readings: kept
apart from roles_de.py, which reads who did what from case and word order."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..model import ActorRef, Doc, Mention

if TYPE_CHECKING:
    from .roles_de import CaseWords


def document_country(doc: Doc) -> str | None:
    """The country an article is about: the one its actors and places name most often (ties: first named).
    News about one country ("die Regierung", "die Polizei", "die Opposition") rarely names it each time."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in doc.mentions:
        if m.actor is not None and m.actor.sector is None and m.via in ("alias", "anaphor"):
            continue  # a private person named again ("der Schweizer Oliver Jufer ... Jufer ... er"): once is enough
        country = (m.actor.country if m.actor is not None else None) or (m.place.country if m.place is not None else None)
        if country:
            counts[country] += 1
            first.setdefault(country, m.tok_start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def domestic_target(loc: Mention | None, source: ActorRef | None) -> ActorRef | None:
    """With no target named, an act of police, crowd or army at home (arrests, protests, bans) is aimed at
    the country where it happens: the location's country, else the source's own."""
    country = loc.place.country if loc is not None and loc.place is not None and loc.place.country else None
    country = country or (source.country if source is not None else None)
    if not country:
        return None
    from ..knowledge.names import country_name

    return ActorRef(loc.text if loc is not None else "", country_name(country), country, country, None)


# Sectors of an unnamed doer that is the state itself: "wurde festgenommen", "wurde verboten".
STATE_SECTORS = frozenset({"GOV", "POL"})


def unnamed_state(sector: str, loc: Mention | None, doc_country: str | None) -> ActorRef | None:
    """The unnamed doer of an arrest, ban or expulsion told in the passive ("wurde ... unter Hausarrest
    gestellt"), or an unnamed crowd ("eine Massenkundgebung wurde angekündigt"): the state or people where
    it happens, else of the country the article is about."""
    country = (loc.place.country if loc is not None and loc.place is not None else None) or doc_country
    if not country:
        return None
    from ..knowledge.names import country_name

    return ActorRef(loc.text if loc is not None else "", country_name(country), f"{country}-{sector}", country, sector)


def reporting_body(doc: Doc, last: Mention | None, sent: int) -> Mention | None:
    """"Der Zoll beschlagnahmte ... Mehrere Personen wurden angezeigt": the state body that acted in this sentence or
    the one before reports the people it caught (a ``police_report`` rule), not the article's country."""
    if last is None or last.actor is None or not last.actor.country or last.actor.sector not in STATE_SECTORS:
        return None
    return last if doc.tokens[last.tok_start].sent >= sent - 1 else None


# Sectors a state's unnamed accusation can aim at as politics; against anyone else (a private person, a club, a
# company) it is a criminal charge, which the guidelines leave out as crime between private persons.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "OPP", "REB", "MEDIA", "INTEL", "POL", "NGO", "IGO"})


def listed(ref: ActorRef) -> bool:
    """Does the actor carry a knowledge-base id ("phx-saddam-hussein"), not a country's ("IRQ", "IRQ-GOV")?"""
    return bool(ref.actor_id) and ref.actor_id != UNKNOWN and not ref.actor_id[:3].isupper()


def private_charge(event_type: str, unnamed: bool, target: ActorRef | None, known_person: bool = False) -> bool:
    """An accusation told without its accuser ("Dem Niederländer wurde vorgeworfen, ...") whose accused is no
    political actor: a prosecutor's charge against a private person, not a political event. A person the knowledge
    base lists (``known_person``: a former head of state on trial, "Saddam Hussein wird angeklagt") is political
    whatever sector the date gives him."""
    return unnamed and event_type == "ACCUSE" and not known_person and (
        target is None or target.sector not in POLITICAL_SECTORS)


# Verbal reactions aim at someone even when the gazetteer cannot name them; moves of troops, aid and
# pledges often have no target at all, so they get none by default.
STORY_TARGET_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"})


def story_target(doc: Doc, start: int, end: int, trig: int, actor_toks: set[int], country: str | None,
                 words: CaseWords) -> ActorRef | None:
    """A prior, not a reading: a transitive trigger whose clause holds a noun or name the gazetteer did not
    resolve ("beschuldigte Thaksin", "kritisierte die Handlungsweise Kozulins"), or a demonstrative object
    that refers back to a demand or offer ("Das lehnte der Premier ab"), is taken to aim at the country
    the article is about. The target's text stays empty, so it shows as inferred."""
    if not country:
        return None
    toks = doc.tokens
    if not any((toks[j].text[:1].isupper() and j not in actor_toks and j != start) or (toks[j].lower in words.demonstratives
               and not (j + 1 < end and toks[j + 1].text[:1].isupper())) for j in range(start, end) if j != trig):
        return None
    from ..knowledge.names import country_name

    return ActorRef("", country_name(country), country, country, None)


# Material acts a news medium does not commit; a medium as their source is a misread reporting clause.
MATERIAL_TYPES = frozenset({"COERCE", "ASSAULT", "MOBILIZE", "AID", "RETREAT", "SANCTION", "COOPERATE"})


def reporter_as_doer(source: ActorRef, event_type: str) -> bool:
    """A news agency or broadcaster as the doer of an arrest, attack or deployment: it reported the act."""
    return source.sector == "MEDIA" and event_type in MATERIAL_TYPES


# The doer of an attack the text does not name ("Bei einem Anschlag in Nairobi wurde ein Mensch getötet").
UNKNOWN = "unknown"


def unknown_doer(doc: Doc, sent: int, target: ActorRef | None, blockers: tuple[str, ...]) -> ActorRef | None:
    """An attack or killing told without its doer still happened to someone: with a target of known country, its
    source is an unknown actor (no country, as annotators mark it), unless the sentence names a disaster or
    accident (``unknown_doer_blockers``: "Erdbeben", "Unfall"), which kill without a doer."""
    if target is None or not target.country:
        return None
    s = doc.sentences[sent]
    if blockers and any(t.lower.endswith(blockers) for t in doc.tokens[s.tok_start:s.tok_end]):
        return None
    return ActorRef("", UNKNOWN, UNKNOWN, None, None)
