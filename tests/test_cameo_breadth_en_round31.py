"""Round 31 (entrig31): English wordings of CAMEO families that had no trigger of their type (eval/cameo_breadth.py):
withholding aid suspends it, feelings voiced at a named side disapprove, a trial brought on someone accuses, handing
out food is aid, backing off yields, stones thrown at people attack, dropping a claim yields. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event of the text, rules alone."""
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, published=date(2015, 5, 5), lang="en")]


@pytest.mark.usefixtures("rules_only")
def test_withheld_aid_is_a_sanction_not_aid() -> None:
    assert _events("The United States withheld military aid to Egypt.") == [("SANCTION", "USA", "EGY")]


@pytest.mark.usefixtures("rules_only")
def test_anger_voiced_at_a_named_side_disapproves() -> None:
    assert _events("China expressed anger at Japan over the visit.") == [("ACCUSE", "CHN", "JPN")]
    assert _events("Germany voiced frustration with Poland over the delay.") == [("ACCUSE", "DEU", "POL")]
    assert _events("The minister expressed frustration about the weather.") == []


@pytest.mark.usefixtures("rules_only")
def test_put_on_trial_accuses() -> None:
    assert [t for t, _, _ in _events("Rwanda brought the opposition leader to trial.")] == ["ACCUSE"]
    assert [t for t, _, _ in _events("Egypt put the former president on trial.")] == ["ACCUSE"]
    assert _events("The government put the plan on hold.") == []
    assert _events("The election brought the party to power.") == []


@pytest.mark.usefixtures("rules_only")
def test_distributed_food_is_aid_leaflets_are_not() -> None:
    assert [t for t, _, _ in _events("The World Food Programme distributed food to refugees in Chad.")] == ["AID"]
    assert _events("Activists distributed leaflets in Moscow.") == []


@pytest.mark.usefixtures("rules_only")
def test_backed_off_yields() -> None:
    assert _events("Iran backed off from its threat to close the strait.") == [("CONCEDE", "IRN", None)]


@pytest.mark.usefixtures("rules_only")
def test_pelted_with_stones_attacks_with_eggs_does_not() -> None:
    assert _events("Protesters pelted police with stones in Nairobi.") == [("ASSAULT", "KEN", "KEN")]
    assert _events("Protesters pelted the minister with eggs in Nairobi.") == []


@pytest.mark.usefixtures("rules_only")
def test_dropping_a_claim_concedes() -> None:
    assert _events("Argentina dropped its claim to the islands.") == [("CONCEDE", "ARG", None)]
    assert _events("The company dropped its claim for damages.") == []

