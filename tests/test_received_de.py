"""German events told from the side that receives them (round 8, de8n): "Der Präsident erhielt scharfe Kritik",
"stieß auf Kritik aus Indien", "geriet unter israelischen Beschuss"; and the victims of an attack without a doer
("zwölf Menschen wurden getötet"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None,
             e.target.sector if e.target else None) for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject receives the criticism; no doer named: an unknown source, the receiver as target
    ("Der pakistanische Präsident erhielt scharfe Kritik.", ("ACCUSE", None, "PAK", "GOV")),
    ("Kritik erntete auch die Regierung in Kabul.", ("ACCUSE", None, "AFG", "GOV")),
    # the subject after the verb (an adverbial Vorfeld), a date between
    ("Am Montag erhielt die pakistanische Regierung scharfe Kritik.", ("ACCUSE", None, "PAK", "GOV")),
    # "stoßen auf": the doer behind "aus"/"von" after the noun
    ("Die Regierung Pakistans stieß auf heftige Kritik aus Indien.", ("ACCUSE", "IND", "PAK", "GOV")),
    ("Der Minister erntete Kritik von der ukrainischen Opposition.", ("ACCUSE", "UKR", "UKR", "GOV")),
    # "geraten unter": the origin adjective before the noun is the doer
    ("Ein Konvoi der syrischen Armee geriet unter israelischen Beschuss.", ("ASSAULT", "ISR", "SYR", "MIL")),
])
def test_received_events(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    got = roles(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # "stoßen" without "auf": troops advancing, nothing received
    "Die russischen Truppen stießen am Montag weiter nach Westen vor.",
    # an invitation to talks received is no talks held
    "Der pakistanische Präsident erhielt eine Einladung zu Gesprächen in Washington.",
    # another noun between: the letter is received, the criticism in it is no event received
    "Am Montag erhielt die pakistanische Regierung einen Brief mit Kritik.",
])
def test_not_received(text: str) -> None:
    got = [g for g in roles(text) if g[1] is None]
    assert got == [], got


def test_victims_of_an_attack_without_doer_are_the_places_civilians() -> None:
    got = roles("Bei einem Raketenangriff in der afghanischen Provinz Helmand wurden am Montag zwölf Menschen getötet.")
    assert ("ASSAULT", None, "AFG", "CIV") in got, got


def test_victims_without_a_place_have_no_side() -> None:
    got = roles("Kabul (dpa) - Die Lage in Afghanistan bleibt angespannt. Bei einem Raketenangriff wurden am Montag zwölf "
                "Menschen getötet.")
    assert not [g for g in got if g[3] == "CIV"], got


def test_victims_need_a_count_of_people() -> None:
    got = roles("In der afghanischen Provinz Helmand wurde am Montag ein Gebäude zerstört.")
    assert not [g for g in got if g[3] == "CIV"], got


def test_disaster_victims_have_no_doer() -> None:
    got = roles("Bei einem Erdbeben in der afghanischen Provinz Helmand wurden am Montag zwölf Menschen getötet.")
    assert not [g for g in got if g[0] == "ASSAULT"], got


@pytest.mark.parametrize("text", [
    "Die äthiopische Regierung wurde am Montag scharf kritisiert.",
    # inverted: the participle first, the criticised side after the auxiliary
    "Besonders kritisiert wurde die äthiopische Regierung.",
    # an agent that is no actor ("von Beobachtern") leaves the critic unknown
    "Die äthiopische Regierung wurde von Beobachtern scharf kritisiert.",
])
def test_criticism_in_the_passive_without_critic(text: str) -> None:
    got = roles(text)
    assert ("ACCUSE", None, "ETH", "GOV") in got, got


def test_passive_criticism_with_a_named_critic_keeps_it() -> None:
    events = extract_events("Die äthiopische Regierung wurde von der Europäischen Union scharf kritisiert.", lang="de")
    got = [(e.event_type, e.source.actor_id if e.source else None) for e in events]
    assert ("ACCUSE", "eu") in got and ("ACCUSE", "unknown") not in got, got


def test_a_court_sentence_in_the_passive_is_no_criticism_by_an_unknown() -> None:
    got = roles("Der äthiopische Oppositionsführer wurde am Montag zu sieben Jahren Haft verurteilt.")
    assert not [g for g in got if g[0] == "ACCUSE" and g[1] is None], got


@pytest.mark.parametrize(("text", "expected"), [
    # the side a nominal trigger is aimed at, behind "gegen" in its own noun phrase, after the genitive doer
    ("Die Drohungen Nordkoreas gegen Südkorea nehmen zu.", ("THREATEN", "PRK", "KOR", "GOV")),
])
def test_noun_phrase_target(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    got = roles(text)
    assert expected in got, got


def test_noun_phrase_target_ends_at_the_verb() -> None:
    got = roles("Die Drohungen Nordkoreas nehmen in der Nacht gegen Südkorea zu.")
    assert not [g for g in got if g[0] == "THREATEN" and g[2] == "KOR"], got


def test_meeting_resistance_is_being_attacked() -> None:
    # "auf Widerstand treffen": the subject is resisted; the resister behind "durch" acts on it
    got = roles("In der afghanischen Provinz Helmand trafen US-Truppen auf erheblichen Widerstand durch Aufständische.")
    assert ("ASSAULT", "AFG", "USA", "MIL") in got and not [g for g in got if g[1] == "USA"], got


def test_meeting_resistance_without_resister_has_an_unknown_doer() -> None:
    got = roles("Die russischen Truppen stießen in der Ukraine auf heftigen Widerstand.")
    assert ("ASSAULT", None, "RUS", "MIL") in got and not [g for g in got if g[1] == "RUS"], got
