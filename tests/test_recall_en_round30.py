"""Round 30 (en2dev30): English wording news-gold dev lacks, read for any news.

"insisted that Greece cut its spending" demands as "demanded that" does (a mandative "that" clause or "insisted on");
"insisted that it had not" stays a claim. A hyphened "anti-" makes the name after it the side a protest is aimed at
("anti-American rallies": against the US, not the Americans' own), and a trigger noun after it names no act
("anti-war demonstrations" are no war). "embargoed Cuba" sanctions as "an embargo on Cuba" does."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text, row", [
    ("Germany insisted that Greece reduce its spending.", ("REQUEST", "DEU", "GRC")),
    ("Russia insisted that Ukraine should cut its spending.", ("REQUEST", "RUS", "UKR")),
    ("Russia insisted on talks with Ukraine.", ("REQUEST", "RUS", "UKR")),
])
def test_insisting_on_an_act_demands_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text", [
    "Russia insisted that it had not interfered in the election.",
    "China insists that Taiwan is part of its territory.",
])
def test_insisting_on_a_fact_is_a_claim(text: str) -> None:
    assert not any(r[0] == "REQUEST" for r in event_rows(text, "en"))


@pytest.mark.parametrize("text, row", [
    ("Pakistani students staged anti-American demonstrations in Lahore.", ("PROTEST", "PAK", "USA")),
    ("Pakistani students held anti-American rallies in Lahore.", ("PROTEST", "PAK", "USA")),
    ("Thousands of Chinese joined anti-Japanese protests in Beijing.", ("PROTEST", "CHN", "JPN")),
    ("Iraqi crowds chanted anti-American slogans in Falluja.", ("PROTEST", "IRQ", "USA")),  # the verb's object
])
def test_anti_prefix_names_the_side_protested(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_anti_prefix_on_a_verbs_actor_object_aims_nothing() -> None:
    # the protesters are beaten, not the government: a mention inside the object's actor phrase is no aim
    assert event_rows("Iraqi police beat anti-government protesters in Baghdad.", "en") == [("ASSAULT", "IRQ", "IRQ")]


def test_anti_prefix_noun_is_no_act() -> None:
    assert event_rows("Pakistani students staged anti-war demonstrations in Lahore.", "en") == [("PROTEST", "PAK", "PAK")]


@pytest.mark.parametrize("text, row", [
    ("Kenya embargoed Somali goods.", ("SANCTION", "KEN", "SOM")),
    ("The United States embargoed Cuba in 1962.", ("SANCTION", "USA", "CUB")),
])
def test_embargo_as_a_verb_sanctions(text: str, row: tuple[str, str, str]) -> None:
    # the noun "embargo" was a trigger, the verb and the plural not (GUIDELINES: SANCTION = "sanctions, embargoes")
    assert row in event_rows(text, "en")
