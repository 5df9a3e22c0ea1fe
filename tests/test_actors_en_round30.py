"""Round 30 (enactors30): English actor and target readings. A nationality before a crew or combat-aircraft noun
("Russian pilots", "US jets") is that country's military; a possessive land noun ("its territory") is the land of an
actor before it, not of the doer of the act on it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _roles(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """(source, target) actor ids of the events whose trigger starts with ``trigger``."""
    return [(e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in extract_events(text, published=date(2015, 5, 5), lang="en") if e.trigger.startswith(trigger)]


@pytest.mark.usefixtures("rules_only")
def test_nationality_before_pilots_is_the_military() -> None:
    assert _roles("Russian pilots attacked a convoy in Syria on Tuesday.", "attack") == [("RUS-MIL", "SYR-GOV")]


@pytest.mark.usefixtures("rules_only")
def test_country_before_jets_is_the_military_not_the_government() -> None:
    assert [s for s, _ in _roles("US jets bombed targets in Syria on Monday.", "bomb")] == ["USA-MIL"]
    assert [s for s, _ in _roles("US drones struck a compound in Yemen on Monday.", "struck")] == ["USA-MIL"]


@pytest.mark.usefixtures("rules_only")
def test_bare_pilots_stay_no_actor() -> None:
    assert _roles("The pilots bombed targets in Syria on Monday.", "bomb") == []


@pytest.mark.usefixtures("rules_only")
def test_its_territory_is_the_tellers_land_not_the_doers() -> None:
    assert [t for _, t in _roles("Georgia said Russia had annexed part of its territory.", "annex")] == ["GEO"]


@pytest.mark.usefixtures("rules_only")
def test_its_territory_after_an_accused_doer() -> None:
    assert [t for _, t in _roles("Lebanon accused Israel of occupying its territory.", "occup")] == ["LBN"]


@pytest.mark.usefixtures("rules_only")
def test_its_territory_with_one_country_before_reads_no_one() -> None:
    assert _roles("Kenya said militants attacked its territory.", "attack") == \
        _roles("Kenya said militants attacked the territory.", "attack")


@pytest.mark.usefixtures("rules_only")
def test_troops_a_country_sent_are_that_countrys() -> None:
    assert _roles("The troops that Russia sent into Ukraine attacked a base near Donetsk.", "attack") == \
        [("RUS-MIL", "UKR")]


@pytest.mark.usefixtures("rules_only")
def test_troops_a_country_sent_as_target() -> None:
    assert [t for _, t in _roles("Ukraine demanded the withdrawal of troops that Russia sent to Crimea.", "demand")] \
        == ["RUS-MIL"]
