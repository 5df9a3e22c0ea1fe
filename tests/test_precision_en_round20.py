"""Round 20 (en20): a state body's demand of no one named is no event (lexicon ``actor_scope.target_required_by_sector``,
extract/actor_scope.one_sided); a people's demand told alone and a state's demand of a named side stay. The sentences
are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.parametrize("text", [
    "The Brazilian foreign minister asked other countries to review their trade laws.",
    "The Kenyan government called for a regional meeting on the drought.",
    "The Brazilian president urged donors to send more money.",
])
def test_a_states_demand_of_no_one_named_is_no_event(text: str) -> None:
    assert "REQUEST" not in [t for t, _, _ in _events(text)]


@pytest.mark.parametrize(("text", "event"), [
    ("The Brazilian foreign minister asked Argentina to review its trade laws.", ("REQUEST", "BRA", "ARG")),
    # round 36 (enprec36): a demand with no addressee is aimed at the doer's own country (home_targets, en lexicon)
    ("Farmers in southern Chile are demanding higher prices.", ("REQUEST", "CHL", "CHL")),
])
def test_a_demand_of_a_named_side_or_by_a_people_stays(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in _events(text)


def test_a_noun_demand_names_whom_it_asks_after_from() -> None:
    found = _events("Chile rejected the offer on Monday. Its demands for damages from Peru were ignored.")
    assert ("REQUEST", "CHL", "PER") in found
