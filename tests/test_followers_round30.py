"""Round 30 (supporters30): supporters of a person are their country's civilians, not the person or the state
("Anhänger Saddam Husseins", "supporters of Saddam Hussein"); an "ethnic" people with no place of its own lives in the
article's country, not the state of its name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _events(text: str, lang: str, year: int = 2015) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) actor ids of the text's events."""
    return [(e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in extract_events(text, published=date(year, 5, 5), lang=lang)]


@pytest.mark.usefixtures("rules_only")
def test_anhaenger_of_a_named_person_are_civilians_of_his_country() -> None:
    text = ("Der Prozess gegen Saddam Hussein begann am Mittwoch in Bagdad. Einige Anhänger Saddam Husseins "
            "protestierten in seiner Heimatstadt Tikrit gegen den Prozess.")
    assert [s for t, s, _ in _events(text, "de", 2005) if t == "PROTEST"] == ["IRQ-CIV"]


@pytest.mark.usefixtures("rules_only")
def test_anhaenger_of_the_opposition_stay_the_opposition() -> None:
    assert [s for t, s, _ in _events("Tausende Anhänger der Opposition protestierten am Montag in Kiew.", "de")
            if t == "PROTEST"] == ["UKR-OPP"]


@pytest.mark.usefixtures("rules_only")
def test_supporters_of_a_named_person_are_civilians_of_his_country() -> None:
    assert [s for t, s, _ in _events("Supporters of Saddam Hussein protested in Tikrit on Monday.", "en", 2005)
            if t == "PROTEST"] == ["IRQ-CIV"]


@pytest.mark.usefixtures("rules_only")
def test_ethnische_people_in_a_country_are_that_countrys() -> None:
    assert [s for t, s, _ in _events("Ethnische Albaner in Serbien protestierten am Montag.", "de")
            if t == "PROTEST"] == ["SRB"]


@pytest.mark.usefixtures("rules_only")
def test_ethnic_people_without_a_place_take_the_articles_country() -> None:
    text = ("Swedish police detained ten people in Stockholm on Saturday. "
            "Ethnic Turks protested against the government's decision on Monday.")
    assert [s for t, s, _ in _events(text, "en") if t == "PROTEST"] == ["SWE"]
    text = ("Die Polizei nahm am Samstag in Stockholm zehn Menschen fest. "
            "Ethnische Türken protestierten am Montag gegen die Entscheidung der Regierung.")
    assert [s for t, s, _ in _events(text, "de") if t == "PROTEST"] == ["SWE"]


@pytest.mark.usefixtures("rules_only")
def test_supporters_named_as_states_stay_states() -> None:
    # an apposition names the supporters themselves, states: Russia is no leader whose civilians they are
    rows = _events("Syrien und seine Unterstützer Russland und Iran lehnten die Resolution am Montag ab.", "de")
    assert rows and not any("RUS-CIV" in (s, t) for _, s, t in rows)
