"""Round 36 (deprec36): German precision gates on news: acts that are no PLOVER event between sides (a policy
backed, ...). Own sentences; guards keep the right readings beside each gate."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der bayerische Ministerpräsident hatte sich für einen harten Sparkurs ausgesprochen.",
    "Die Aktivisten aus Polen setzten sich für die Meinungsfreiheit ein.",
    "Die Bundesregierung hat sich für eine strengere Regelung stark gemacht.",
])
def test_backing_a_policy_is_no_support(text: str) -> None:
    """"sich für X aussprechen / einsetzen / stark machen" with X a thing backs a policy, no side: no SUPPORT."""
    assert not any(r[0] == "SUPPORT" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Frankreich sprach sich für die Ukraine aus.", ("SUPPORT", "FRA", "UKR")),
    ("Die Bundesregierung machte sich für einen Beitritt der Türkei stark.", ("SUPPORT", "DEU", "TUR")),
    ("Russland setzt sich für den serbischen Außenminister ein.", ("SUPPORT", "RUS", "SRB")),
])
def test_backing_a_side_stays_support(text: str, row: tuple[str, str, str]) -> None:
    """a side as the object, or behind the thing as its owner, keeps the SUPPORT."""
    assert row in _rows(text)
