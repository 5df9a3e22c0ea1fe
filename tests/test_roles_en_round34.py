"""Round 34 (enactors34): English accusations and their targets. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article, Event
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _doc_events(text: str) -> list[Event]:
    return list(_PIPE(Article(text, lang="en", published=date(2025, 3, 1))).events)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in _doc_events(text))


def test_an_apposed_charge_denied_keeps_the_accusation() -> None:
    # ", a charge Baku denied" is a relative denial as ", which Baku denied" is: the accusation stands, denied by the
    # accused alone (read whole, the accuser and the accused were deniers of a clause with no object: no event)
    events = _doc_events("Armenia accused Azerbaijan of violating the ceasefire, a charge Baku denied.")
    rows = sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in events)
    assert ("ACCUSE", "ARM-GOV", "AZE-GOV") in rows
    assert all([d.country for d in e.denied_by] == ["AZE"] for e in events)
    assert ("ACCUSE", "RUS-GOV", "UKR-GOV") in _events(
        "Russia accused Ukraine of shelling the plant, a charge Kyiv denies.")



def test_a_phoenix_agent_noun_names_an_actor_with_its_country() -> None:
    # "clerics", "settlers" (Phoenix.agents.txt, converted to resources/en/phoenix_agents.json) after a country's
    # adjective are that country's people; before, only the adjective was read (a bare origin, no sector)
    assert _events("Iranian clerics demanded the expulsion of the British ambassador.") == [
        ("REQUEST", "IRN-CIV", "GBR-GOV")]
    rows = _events("Israeli settlers attacked Palestinian villagers near Hebron.")
    assert ("ASSAULT", "ISR-CIV", "PSE-CIV") in rows


def test_a_phoenix_agent_noun_alone_names_no_one() -> None:
    # named-only: "the clerics" alone is of no country the sentence gives, and no event is read from it
    assert _events("The clerics demanded the expulsion of the ambassador.") == []


def test_an_agent_phrase_does_not_hide_the_sector_noun_that_opens_it() -> None:
    # "opposition coalition" is a Phoenix agent; it is left out because "opposition" alone is an actor already
    doc = _PIPE(Article("The opposition coalition in Georgia agreed to call off the rally.", lang="en",
                        published=date(2025, 3, 1)))
    assert [m.actor.sector for m in doc.mentions if m.kind == "actor" and m.actor] == ["OPP", "GOV"]


def test_company_agents_are_left_out() -> None:
    # a company's officer noun ("CEO") is not converted (as the actor conversion leaves out companies): "Microsoft
    # CEO" keeps its reading as before; converted, it became the company itself, an actor of its own
    rows = _events("The Microsoft CEO praised Obama and described him as a true visionary.")
    assert all(src != "microsoft" for _, src, _ in rows)


def test_a_place_after_of_is_what_an_act_noun_acts_on() -> None:
    # the noun's roles read actors only: "of Crimea" (a place) was no target, and the state's own people were
    assert _events("Russia's annexation of Crimea in 2014 was illegal.") == [("COERCE", "RUS-GOV", "UKR")]
    assert _events("Russia's shelling of Kharkiv killed ten people.") == [("ASSAULT", "RUS-GOV", "UKR")]



def test_an_act_noun_s_of_patient_stays_its_target_under_a_light_verb() -> None:
    # "invasion" reads "of Ukraine" as the one acted on (genitive_readings.patient); the verb's roles ("launched": its
    # subject, no target of its own) overwrote that target with none
    assert _events("Russia launched a full-scale invasion of Ukraine in February 2022.") == [
        ("ASSAULT", "RUS-GOV", "UKR-GOV")]
    assert _events("Russia began its invasion of Ukraine in 2022.") == [("ASSAULT", "RUS-GOV", "UKR-GOV")]

