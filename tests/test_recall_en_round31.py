"""Round 31 (enrecall31): English readings of yielding and seizing. "gave up its claim" yields as "dropped its claim"
does (CAMEO 08), though "give" alone needs aid as its object; nationalising or expropriating property confiscates it
(CAMEO 1711, PLOVER COERCE seize). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None]]:
    """(type, source country) of each event of the text, rules alone."""
    return [(e.event_type, e.source.country if e.source else None)
            for e in extract_events(text, published=date(2015, 5, 5), lang="en")]


def test_gave_up_a_claim_concedes() -> None:
    assert _events("Iran gave up its claim to the islands.") == [("CONCEDE", "IRN")]
    assert _events("Britain gave up its claims on the territory.") == [("CONCEDE", "GBR")]


def test_give_without_a_claim_is_no_concession() -> None:
    assert _events("The minister gave up hope.") == []
    assert _events("Officials gave weight to the claims of the refugees.") == []


def test_nationalised_property_is_seized() -> None:
    assert _events("Venezuela nationalised foreign-owned oil fields.") == [("COERCE", "VEN")]
    assert _events("Zimbabwe expropriated white-owned farms.") == [("COERCE", "ZWE")]

