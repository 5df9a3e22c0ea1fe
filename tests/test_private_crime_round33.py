"""Round 33 (decrime33): a violent act between private persons is a crime told, no event between sides. A
nationality noun ("ein Brite", "a Briton"), an age noun ("ein 35-Jähriger") or a plain person word ("a German man")
names no country as doer when the victim is a private person ("seine Frau") or nobody is named. Guards: soldiers,
police, militants and named politicians keep their side; the state's arrest, charge and sentence stay events."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str, lang: str) -> list[str]:
    return [r[0] for r in event_rows(text, lang, source_id=True)]


@pytest.mark.parametrize(("text", "lang"), [
    ("London – Ein psychisch kranker Brite hat am Sonntag seine Ehefrau erstochen.", "de"),
    ("Wien – Ein 35-jähriger Österreicher hat am Montag seine Frau mit einem Messer angegriffen.", "de"),
    ("Graz – Ein 35-Jähriger hat am Montag in Graz einen 40-jährigen Türken niedergestochen.", "de"),
    ("BERLIN - A 35-year-old German man stabbed his neighbour on Monday.", "en"),
])
def test_private_crime_is_no_assault_between_sides(text: str, lang: str) -> None:
    """The doer is a private person and so is the victim: no ASSAULT with the doer's nationality as a side."""
    assert "ASSAULT" not in _types(text, lang)


@pytest.mark.parametrize(("text", "lang", "row"), [
    ("Kabul – Ein deutscher Soldat hat am Montag in Kunduz zwei Afghanen erschossen.", "de", ("ASSAULT", "DEU-MIL", "AFG")),
    ("Wien – Ein Polizist hat am Montag einen Österreicher erschossen.", "de", ("ASSAULT", "AUT-POL", "AUT")),
    ("Kiew – Russische Soldaten haben am Montag ukrainische Zivilisten getötet.", "de", ("ASSAULT", "RUS-MIL", "UKR")),
    ("KABUL - A U.S. soldier shot dead two Afghan civilians on Monday.", "en", ("ASSAULT", "USA-MIL", "AFG")),
    ("BAGHDAD - An Iraqi militant shot dead two civilians in Baghdad on Monday.", "en", ("ASSAULT", "IRQ-REB", "IRQ")),
    ("ISLAMABAD - A Taliban militant killed two Pakistani soldiers on Monday.", "en", ("ASSAULT", "phx-taliban", "PAK")),
])
def test_armed_doers_keep_their_side(text: str, lang: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, lang, source_id=True)


def test_a_person_of_an_armed_group_keeps_the_attack() -> None:
    """"Extremist" in the clause: the person acts for a group, the attack stays (its doer as read before)."""
    assert "ASSAULT" in _types("Bagdad – Ein Extremist hat am Montag in Bagdad zwei Iraker erschossen.", "de")


@pytest.mark.parametrize(("text", "lang", "etype"), [
    ("Paris – Ein 35-jähriger Mann ist am Montag wegen Mordes an seiner Frau zu lebenslanger Haft verurteilt worden.",
     "de", "COERCE"),
    ("Wien – Die Staatsanwaltschaft hat einen 35-jährigen Österreicher wegen Mordes an seiner Frau angeklagt.",
     "de", "ACCUSE"),
    ("LONDON - Police arrested a Briton on Monday who is suspected of killing his wife.", "en", "COERCE"),
])
def test_the_states_acts_on_a_private_person_stay(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


def test_a_plural_nationality_noun_is_a_community_and_keeps_its_attack() -> None:
    """"Radikale Siedler ... Israelis": a group of one people attacking another is no private crime of one person."""
    rows = event_rows("Ramallah – Radikale Israelis haben am Montag im Westjordanland mehrere Anschläge auf "
                      "palästinensische Dörfer verübt.", "de", source_id=True)
    assert any(r[0] == "ASSAULT" and r[1] == "ISR" for r in rows)


def test_a_lone_perpetrator_storming_a_building_is_a_crime_told() -> None:
    """"Der Täter" (an attacker noun, REB by the lexicon) names one person where no group is told: no COERCE."""
    text = ("Washington – In einer Seniorenwohnanlage in den Vereinigten Staaten sind acht Menschen getötet worden. "
            "Der Täter soll das Gebäude gestürmt und sofort wild um sich gefeuert haben.")
    assert "COERCE" not in _types(text, "de")


def test_an_attacker_with_a_group_word_keeps_the_attack() -> None:
    text = "Kabul – Ein Täter der Taliban hat am Montag in Kabul zwei Polizisten erschossen."
    assert "ASSAULT" in _types(text, "de")
