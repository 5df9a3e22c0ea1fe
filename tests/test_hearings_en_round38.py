"""Round 38 (entrig38): a hearing into something examines it, as an inquiry does (PLOVER ACCUSE investigate:
"commissions, grand juries, judicial or political"); only with "into", and not into an accident, even where the parse
hangs the "into" phrase on the verb that holds the hearing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("The British parliament began hearings into Russian interference.", ("ACCUSE", "GBR", "RUS")),
    ("The US Senate held a hearing into China's treatment of the Uyghurs.", ("ACCUSE", "USA", "CHN")),
    ("Egypt's high court opened a hearing into the killing of Italian student Giulio Regeni.", ("ACCUSE", "EGY", None)),
])
def test_a_hearing_into_an_act_investigates(text: str, row: tuple[str, str, str | None]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "A Kenyan court held a hearing on Monday in the case of the opposition leader.",
    "At a hearing in Nairobi, the judge adjourned the case.",
    "The French parliament held a hearing into the crash of the plane.",
    "The French parliament held a hearing into the fire at the factory.",
    # the inquiry nouns read the accident on the verb too
    "The French parliament opened an inquiry into the crash.",
])
def test_a_hearing_on_a_day_or_into_an_accident_accuses_no_one(text: str) -> None:
    assert event_rows(text, "en") == []
