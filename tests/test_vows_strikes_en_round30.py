"""Round 30 (enagentless30): English triggers that fired with no doer found.

A vow of a response or of countermeasures aimed at a side is a threat ("vowed a harsh response to the Israeli
strike"); a response aimed at no side ("to the floods") stays nothing. A country name compounded on the attack noun
that struck passive victims ("killed in U.S. drone strikes") is the attack's doer, though "in" comes before it.
"X was among those detained" tells X's arrest as a clause of its own would, so the unnamed state arrests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text, row", [
    ("Iran vowed a harsh response to the Israeli strike.", ("THREATEN", "IRN", "ISR")),
    ("Iran vowed a crushing response against Israel.", ("THREATEN", "IRN", "ISR")),
    ("China vowed countermeasures against the United States.", ("THREATEN", "CHN", "USA")),
])
def test_vowed_response_to_a_side_threatens(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text", [
    "The minister vowed a swift response to the floods.",
    "The governor vowed a response to the housing crisis.",
])
def test_vowed_response_to_no_side_is_no_threat(text: str) -> None:
    assert event_rows(text, "en") == []


@pytest.mark.parametrize("text, row", [
    ("Five Pakistani militants were killed in U.S. drone strikes.", ("ASSAULT", "USA", "PAK")),
    ("Ten Afghan police were killed in U.S. air strikes in Helmand.", ("ASSAULT", "USA", "AFG")),
    # guards: an adjective of nationality already was the doer
    ("Ten Syrian civilians were killed in Russian air strikes.", ("ASSAULT", "RUS", "SYR")),
])
def test_country_compounded_on_the_attack_is_the_doer(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_place_after_the_attack_noun_is_no_doer() -> None:
    # "in Gaza's hospitals" style: a place the attack happened in names no doer; victims with no country stay none
    assert event_rows("Five militants were killed in drone strikes in Pakistan.", "en") == []


@pytest.mark.parametrize("text, row", [
    ("Party officials said Tsvangirai was among those detained.", ("COERCE", "ZWE", "ZWE")),
    ("Tsvangirai was among the opposition leaders detained on Wednesday.", ("COERCE", "ZWE", "ZWE")),
    ("Two Americans were among those detained in Iran.", ("COERCE", "IRN", "USA")),
])
def test_among_those_detained_tells_the_arrest(text: str, row: tuple[str, str, str]) -> None:
    # "X was among those detained": the participle on the noun after "among" tells X's arrest, a passive told as
    # such, so the unnamed state is the doer (rule unnamed_source), as for "X was detained"
    assert row in event_rows(text, "en")


def test_participle_describing_a_subject_stays_no_arrest() -> None:
    # guard: "Four Americans detained in Iran were freed" only describes who was freed
    assert not [r for r in event_rows("Four Americans detained in Iran were freed on Monday.", "en") if r[0] == "COERCE"]


@pytest.mark.parametrize("text, row", [
    ("The troops that Russia sent to Belarus held drills.", ("MOBILIZE", "RUS", "BLR")),
    ("The soldiers Britain deployed to Iraq attacked Iraqi insurgents.", ("ASSAULT", "GBR", "IRQ")),
])
def test_forces_a_relative_says_were_sent_are_the_senders(text: str, row: tuple[str, str, str]) -> None:
    # the subject noun has no actor of its own; the relative clause's subject sent it (lexicon sender_verbs)
    assert row in event_rows(text, "en")


def test_forces_a_relative_only_describes_stay_doerless() -> None:
    # guard: a relative verb that moves no forces of the subject's ("the troops that Russia fought") names no owner
    # of the drills ("fought" is an attack of its own)
    assert ("MOBILIZE", "RUS", None) not in event_rows("The troops that Russia fought held drills.", "en")


def test_it_controlling_an_act_names_the_last_doer() -> None:
    # "It vowed to retaliate": the act's subject is the controlling verb's "it", the country told just before
    assert ("THREATEN", "IRN", "ISR") in event_rows(
        "Iran condemned the strike. It vowed to retaliate against Israel.", "en")
