"""Round 38 (fuen38): a protest over an act on the protester's own people accuses the act's doer, or no one
(extract/own_victims.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
def test_protest_over_own_people_accuses_the_doer_told_before() -> None:
    rows = event_rows("Chinese police detained five Japanese nationals in Shanghai. "
                      "Japan protested the arrest of Japanese nationals on Friday.", "en")
    assert ("ACCUSE", "JPN", "CHN") in rows and ("ACCUSE", "JPN", "JPN") not in rows


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Japan protested the arrest of Japanese nationals on Friday.",
    "Japan condemned the killing of Japanese citizens.",
])
def test_protest_over_own_people_with_no_doer_accuses_no_one(text: str) -> None:
    assert event_rows(text, "en") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("China condemned the arrest of Chinese fishermen by Japan.", ("ACCUSE", "CHN", "JPN")),
    ("Japan protested the arrest of Chinese activists.", ("ACCUSE", "JPN", "CHN")),
])
def test_protest_over_another_side_is_unchanged(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")
