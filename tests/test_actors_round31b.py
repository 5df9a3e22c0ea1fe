"""Round 31 (actors31b): adjectives and sector nouns inside organisation names, a leader's body or kin after his name,
followers before a leader's name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline, extract_events, language_kit
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _events(text: str, lang: str, year: int = 2008) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) actor ids of the text's events."""
    return [(e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in extract_events(text, published=date(year, 5, 5), lang=lang)]


def _actors(text: str, lang: str, year: int = 2008) -> dict[str, str | None]:
    """Each actor mention's text -> its actor id."""
    doc = Pipeline()(Article(id="t", text=text, lang=lang, published=date(year, 5, 5)))
    return {m.text: m.actor.actor_id for m in doc.mentions if m.kind == "actor" and m.actor is not None}


def test_an_adjective_inside_many_organisation_names_is_no_surname() -> None:
    entries = language_kit("en").gazetteer.lookup("National")
    assert not [e for e in entries if e.kind == "person"]
    assert [e for e in language_kit("en").gazetteer.lookup("Mugabe") if e.kind == "person"]  # a surname stays


@pytest.mark.usefixtures("rules_only")
def test_a_sector_noun_inside_an_organisation_name_is_one_of_its_words() -> None:
    rows = _events("The Kenya National Farmers Association protested against the government on Monday.", "en")
    assert [s for t, s, _ in rows if t == "PROTEST"] == ["KEN-CIV"]


@pytest.mark.usefixtures("rules_only")
def test_a_sector_noun_with_no_organisation_noun_after_it_stays_apart() -> None:
    actors = _actors("Kenya National Farmers protested against the government on Monday.", "en")
    assert actors.get("Farmers") == "KEN-CIV"


@pytest.mark.usefixtures("rules_only")
def test_followers_before_the_leaders_full_name_are_civilians() -> None:
    rows = _events("Anhänger Saddam Husseins protestierten am Montag in Tikrit.", "de")
    assert [s for t, s, _ in rows if t == "PROTEST"] == ["IRQ-CIV"]


@pytest.mark.usefixtures("rules_only")
def test_an_opposition_leaders_party_is_the_opposition() -> None:
    actors = _actors("Die Thaksin-Partei protestierte am Montag gegen die Regierung.", "de")
    assert actors.get("Thaksin-Partei") == "THA-OPP"


@pytest.mark.usefixtures("rules_only")
def test_a_rulers_regime_is_the_government_not_the_man() -> None:
    actors = _actors("Das Assad-Regime griff am Montag Aleppo an.", "de", 2013)
    assert actors.get("Assad-Regime") == "SYR-GOV"


@pytest.mark.usefixtures("rules_only")
def test_a_leaders_kin_is_no_actor_of_his() -> None:
    actors = _actors("Der Thaksin-Schwager kritisierte am Montag die Regierung.", "de")
    assert "Thaksin-Schwager" not in actors
    assert actors.get("Thaksin") == "thaksin-shinawatra" or "Thaksin" not in actors


@pytest.mark.usefixtures("rules_only")
def test_the_leader_alone_is_still_himself() -> None:
    actors = _actors("Thaksin kritisierte am Montag die Regierung.", "de")
    assert actors.get("Thaksin") == "thaksin-shinawatra"
