"""German constructions of round 7 (issue 13): incidents told as "bei"-phrases, the attacked place behind "auf", the
inflected plural of a trigger noun, and the passive accusation without accuser. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # "bei" + indefinite article: an incident as it happened, the attacked side behind "auf"; no doer named
    ("Bei einem Anschlag auf das britische Konsulat in Basra starben am Montag vier Wachleute.", ("ASSAULT", None, "GBR")),
    # the bare dative plural ("bei Angriffen") with its doer in the genitive and a city as the attacked place
    ("Bei Angriffen der syrischen Armee auf Homs sind am Sonntag mehrere Zivilisten ums Leben gekommen.",
     ("ASSAULT", "SYR", "SYR")),
    # a hyphenated compound names the attacker
    ("Bei einem US-Luftangriff in Somalia sind am Freitag zwölf Menschen gestorben.", ("ASSAULT", "USA", "SOM")),
    # a place behind "auf" after a nominal attack is the target, not the attacker's own country
    ("Die Angriffe der israelischen Luftwaffe auf den Gazastreifen gingen auch am Dienstag weiter.", ("ASSAULT", "ISR", "PSE")),
    # a meeting told in a "bei"-phrase
    ("Der französische Präsident hat bei einem Treffen mit dem polnischen Regierungschef auch über die Wirtschaft geredet.",
     ("CONSULT", "FRA", "POL")),
    # "es kam zu ...": the incident took place; "zwischen A und B" names both sides
    ("In Tunis kam es am Samstag zu Zusammenstößen zwischen der Polizei und Demonstranten.", ("ASSAULT", "TUN", "TUN")),
    ("Bei Kämpfen zwischen der Armee und Rebellen im Osten Kongos starben am Mittwoch elf Menschen.", ("ASSAULT", "COD", "COD")),
    ("Die Gespräche zwischen Israel und den Palästinensern wurden am Montag fortgesetzt.", ("CONSULT", "ISR", "PSE")),
])
def test_incident_phrases(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)


@pytest.mark.parametrize("text", [
    # a definite article refers back to an attack told before: no new event
    "Beim Angriff auf das Konsulat wurden keine Dokumente gefunden, sagte ein Sprecher der Polizei in Lagos.",
    # the inflected plural outside an incident phrase stays no trigger ("zu den Anschlägen")
    "Zu den Anschlägen in Lyon hat sich bisher niemand bekannt.",
    # "nach" + indefinite tells what came first: background, no new event
    "Nach einem Angriff auf ein Dorf in Mali ist die Lage nun ruhig.",
    # "sollte es zu Kämpfen kommen": no "es kam"; a condition, nothing happened
    "Sollte es in Mali zu Kämpfen kommen, will die Armee eingreifen.",
])
def test_no_incident(text: str) -> None:
    got = [e for e in roles(text) if e[0] == "ASSAULT"]
    assert got == [], got


def test_passive_accusation_is_the_states() -> None:
    text = ("Die Lage in Kiew ist angespannt. Dem früheren Innenminister der Ukraine wird vorgeworfen, "
            "Geld aus der Staatskasse veruntreut zu haben.")
    assert ("ACCUSE", "UKR", "UKR") in roles(text), roles(text)


def test_passive_accusation_of_a_private_person_is_no_event() -> None:
    text = "In Wien wurde dem Niederländer vorgeworfen, seinen Nachbarn bestohlen zu haben."
    assert not [e for e in roles(text) if e[0] == "ACCUSE"], roles(text)


def test_passive_agent_behind_a_number_or_quantifier() -> None:
    got = roles("Der Reporter wurde am Montag von mehreren Polizisten in Minsk festgenommen.")
    assert ("COERCE", "BLR", "BLR") in got, got
    got = roles("Die Botschaft in Bagdad wurde von 300 irakischen Soldaten abgeriegelt.")
    assert any(g[0] == "MOBILIZE" and g[1] == "IRQ" for g in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # a compass part before the country's genitive: the incident is still in that country
    ("Bei einem Bombenanschlag im Nordosten Kenias sind am Dienstag zwölf Menschen ums Leben gekommen.",
     ("ASSAULT", None, "KEN")),
    ("Bei einem Anschlag im Süden des Jemen wurden am Freitag vier Soldaten getötet.", ("ASSAULT", None, "YEM")),
])
def test_incident_in_a_part_of_a_country(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)


def test_region_noun_without_place_makes_no_location() -> None:
    # "im Norden" with no place after it names nowhere: no country to aim an unknown doer's attack at
    assert not any(t == "ASSAULT" for t, _, _ in roles("Bei einem Anschlag im Norden wurden am Freitag vier Menschen getötet."))
