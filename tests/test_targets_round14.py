"""Targets by class, round 14 (tgt14): the place of the act a demand, refusal or pledge names is its side where no
actor is named ("demanded an end to the violence in Darfur"), never the place it was said in, nor the doer's own
land. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events

from .test_roles_en_round10 import _events, needs_parser


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("The United Nations on Tuesday demanded an end to the fighting in Darfur.", ("REQUEST", None, "SDN")),
    ("The African Union rejected a call for its peacekeepers to be deployed in Somalia.", ("REJECT", None, "SOM")),
    ("Israel agreed to dismantle all settlements in the Gaza Strip.", ("AGREE", "ISR", "PSE")),
    ("Egypt urged both sides to halt the shelling of villages in southern Lebanon.", ("REQUEST", "EGY", "LBN")),
])
def test_the_place_of_the_act_asked_refused_or_pledged_is_its_side(text: str, event: tuple) -> None:
    assert event in _events(text)


@needs_parser
@pytest.mark.parametrize(("text", "etype"), [
    ("Protesters demanded in Cairo that the talks resume.", "REQUEST"),  # where it was said (a state body's
    # demand of no one named is no event since round 20, en20)
    ("Hungary refused to close the refugee camps in Hungary.", "REJECT"),  # the doer's own land
])
def test_a_place_on_the_verb_or_at_home_names_no_side(text: str, etype: str) -> None:
    events = [e for e in _events(text) if e[0] == etype]
    # round 36 (enprec36): a demand with no addressee is aimed at its doer's own country (home_targets), never at the
    # place read as a side: no target other than the doer's own
    assert events and all(e[2] is None or (etype == "REQUEST" and e[2] == e[1]) for e in events)


@needs_parser
def test_the_one_a_demand_is_made_of_goes_before_the_place_of_its_act() -> None:
    assert ("REQUEST", "USA", "RUS") in _events("The United States demanded that Russia end the war in Ukraine.")


def _events_de(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "event"), [
    ("Die Vereinten Nationen forderten am Dienstag, die Gewalt in Darfur sofort zu beenden.", ("REQUEST", None, "SDN")),
    ("Frankreich lehnte es ab, weitere Soldaten im Kosovo zu stationieren.", ("REJECT", "FRA", "XKX")),
    ("Russland verlangte, dass die Kämpfe in Syrien sofort aufhören.", ("REQUEST", "RUS", "SYR")),
])
def test_german_complement_puts_the_demanded_or_refused_act_in_a_place(text: str, event: tuple) -> None:
    assert event in _events_de(text)


def test_german_place_of_saying_or_at_home_names_no_side() -> None:
    # the place told with the verb itself is where it was said; the doer's own land is no side of its demand
    assert not any(e[2] == "EGY" for e in _events_de("Der Präsident Frankreichs forderte in Kairo ein Ende der Gespräche."))
    # the place names no side; since round 18 a targetless threat is aimed at its doer's own land
    # (extract/home_targets.py), a target no word names (empty mention text), not one read from "in Bayern"
    assert not any(e.event_type == "THREATEN" and e.target is not None and e.target.country == "DEU" and e.target.text
                   for e in extract_events("Die Regierung in Berlin drohte, die Grenzen in Bayern zu schließen.", lang="de"))
