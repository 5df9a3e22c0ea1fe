"""Ambiguous English triggers read with what they act on (extract/trigger_readings.py): "met the deadline" is no
meeting, "struck a deal" agrees, "fired the coach" is no attack, a strike by a union protests. The sentences are
written for these tests; each is read with the parse (the default) and without it."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

ANALYSERS = [None, "rules"]  # None: the default English parse


def _types(text: str, analyser: str | None) -> list[str]:
    doc = Pipeline(analyser=analyser, scorer=False)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted(e.event_type for e in doc.events)


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_meeting_a_deadline_or_criticism_is_no_meeting(analyser: str | None) -> None:
    assert _types("Chile met with Peru in Lima.", analyser) == ["CONSULT"]
    assert _types("Chile met the deadline set by Peru.", analyser) == []
    assert "CONSULT" not in _types("The Chilean plan met with criticism from Peru.", analyser)


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_striking_a_deal_agrees(analyser: str | None) -> None:
    assert _types("Chile and Bolivia struck a deal on water rights.", analyser) == ["AGREE"]
    assert _types("Bolivian troops struck a Chilean border post.", analyser) in (["ASSAULT"], [])  # never AGREE


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_disasters_and_records_hit_no_one(analyser: str | None) -> None:
    assert _types("Chile was hit by a strong earthquake on Monday.", analyser) == []
    assert _types("Chile's copper exports hit a record high.", analyser) == []


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_firing_staff_or_charging_fees_is_no_event(analyser: str | None) -> None:
    assert _types("Chile fired its finance minister on Monday.", analyser) == []
    assert _types("Chile charged Bolivian customers higher fees.", analyser) == []
    if analyser is None:  # the costs are found through "for" in the parse
        assert _types("Chile may not charge Bolivia for the costs of the repairs.", analyser) == []
    assert _types("Bolivian troops fired rockets at Chile.", analyser) == ["ASSAULT"]


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_a_strike_by_workers_is_a_protest_an_air_strike_is_not(analyser: str | None) -> None:
    if analyser is None:  # without the parse the teachers are not found as its source
        assert _types("Teachers in Chile began a strike over pay.", analyser) == ["PROTEST"]
        assert _types("Dock workers in Chile struck for higher wages.", analyser) == ["PROTEST"]
    assert _types("The Chilean union called a strike of dock workers in Valparaiso.", analyser) != ["ASSAULT"]
    assert "PROTEST" not in _types("A Bolivian air strike killed four workers in Chile.", analyser)


@pytest.mark.parametrize("analyser", ANALYSERS)
def test_releasing_a_statement_or_figures_frees_no_one(analyser: str | None) -> None:
    assert _types("The Chilean army released a statement on Monday.", analyser) == []
    assert _types("Peru released a video of the Chilean patrol.", analyser) == []
    assert _types("Peru released two Chilean fishermen in Callao.", analyser) == ["RETREAT"]


def test_a_reading_as_a_type_without_a_plain_rule_is_one_clear_error() -> None:
    from lagebild.errors import ResourceError
    from lagebild.extract.rules import Rule
    from lagebild.extract.trigger_readings import Readings

    rules = [Rule.from_data({"type": "CONSULT", "verbs": ["meet"]})]
    assert Readings.from_data({"objects": {"meet": {"none": ["deadline"]}}}, rules).objects["meet"][0][0] is None
    with pytest.raises(ResourceError, match="no plain rule of type AGREE"):
        Readings.from_data({"objects": {"strike": {"AGREE": ["deal"]}}}, rules)
