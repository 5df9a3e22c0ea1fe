"""Round 31 (actors31): organisations the knowledge base lacks, a leader's name before a follower noun. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline, extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _events(text: str, lang: str, year: int = 2015) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) actor ids of the text's events."""
    return [(e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in extract_events(text, published=date(year, 5, 5), lang=lang)]


def _actors(text: str, lang: str, year: int = 2015) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each actor mention's text -> (actor id, country, sector)."""
    doc = Pipeline()(Article(id="t", text=text, lang=lang, published=date(year, 5, 5)))
    return {m.text: (m.actor.actor_id, m.actor.country, m.actor.sector)
            for m in doc.mentions if m.kind == "actor" and m.actor is not None}


@pytest.mark.usefixtures("rules_only")
def test_an_unknown_union_is_its_countrys_body_not_a_soviet_post() -> None:
    actors = _actors("The Tanzanian Farmers Union protested against the government on Monday.", "en")
    assert actors.get("Tanzanian Farmers Union") == ("TZA-CIV", "TZA", "CIV")
    assert not any(a and a.startswith("phx-") for a, _, _ in actors.values())


@pytest.mark.usefixtures("rules_only")
def test_a_country_name_before_party_is_the_party_not_the_state() -> None:
    rows = _events("The Zimbabwe Workers Party protested against the government on Monday.", "en")
    assert [s for t, s, _ in rows if t == "PROTEST"] == ["ZWE-LEG"]


@pytest.mark.usefixtures("rules_only")
def test_a_listed_council_keeps_its_entry() -> None:
    actors = _actors("The United Nations Security Council condemned Israel on Monday.", "en")
    assert actors.get("United Nations Security Council", (None,))[0] == "unsc"


@pytest.mark.usefixtures("rules_only")
def test_a_leaders_compound_followers_are_civilians() -> None:
    rows = _events("Gaddafi-Anhänger griffen am Montag eine Polizeistation in Sirte an.", "de")
    assert [s for t, s, _ in rows if t == "ASSAULT"] == ["LBY-CIV"]


@pytest.mark.usefixtures("rules_only")
def test_a_leaders_name_before_loyalists_gives_his_sides_civilians() -> None:
    rows = _events("Gaddafi loyalists attacked a police station in Sirte on Monday.", "en")
    assert [s for t, s, _ in rows if t == "ASSAULT"] == ["LBY-CIV"]


@pytest.mark.usefixtures("rules_only")
def test_a_leaders_name_before_a_sector_noun_is_dropped() -> None:
    actors = _actors("Assad supporters protested in Damascus on Monday.", "en")
    assert actors.get("supporters") == ("SYR-CIV", "SYR", "CIV") and "Assad" not in actors

