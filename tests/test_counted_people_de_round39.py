"""Round 39 (deprec39): a number right before a country name that is also its people's plural ("Polen", "Ungarn")
names people, not the state: "Tausende Polen protestierten gegen die Regierung" is a protest of Poles against their
government (PROTEST), not the Polish state accusing itself (ACCUSE, the GOV retype of a protest). The state alone
keeps its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row", "wrong"), [
    ("Tausende Polen protestierten gegen die Regierung.", ("PROTEST", "POL", "POL"), ("ACCUSE", "POL", "POL")),
    ("Rund 5000 Ungarn demonstrierten in Budapest gegen die Regierung.", ("PROTEST", "HUN", "HUN"),
     ("ACCUSE", "HUN", "HUN")),
])
def test_counted_people_protest(text: str, row: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    rows = event_rows(text, "de")
    assert row in rows and wrong not in rows, rows


@pytest.mark.parametrize(("text", "row"), [
    ("Polen protestierte gegen die Sanktionen der Europäischen Union.", ("ACCUSE", "POL", "-")),
    ("Ungarn kritisierte die Regierung in Warschau.", ("ACCUSE", "HUN", "POL")),
])
def test_state_name_alone_still_the_state(text: str, row: tuple[str, str, str]) -> None:
    """Guards: with no number before it, the name is the state, whose protest is a complaint (ACCUSE)."""
    rows = event_rows(text, "de")
    assert any(r[:2] == row[:2] and (row[2] == "-" or r[2] == row[2]) for r in rows), rows
