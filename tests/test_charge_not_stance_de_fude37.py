"""Round 37 (fude37): "stellte (eine) Strafanzeige gegen X" is a charge (ACCUSE allege, only against a named side),
not "sich gegen X stellen", whose rule read it as a stance: REJECT of a thing, at home when X was no actor. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_charge_against_a_named_side_is_an_accusation_only() -> None:
    rows = event_rows("Die polnische Regierung stellte Strafanzeige gegen den russischen Botschafter.", "de")
    assert ("ACCUSE", "POL", "RUS") in rows
    assert "REJECT" not in {t for t, _, _ in rows}, rows


def test_a_charge_against_no_known_side_is_no_stance() -> None:
    """Was REJECT gruene -> DEU (the stance rule with the country at home as the thing's owner)."""
    assert event_rows("Die Grünen stellten eine Strafanzeige gegen den Sänger.", "de") == []


@pytest.mark.parametrize(("text", "row"), [
    ("Die polnische Regierung stellte sich gegen Russland.", ("ACCUSE", "POL", "RUS")),
    ("Die polnische Regierung stellte sich gegen die Pläne Russlands.", ("REJECT", "POL", "RUS")),
    ("Die SPD wandte sich gegen die Anzeige der CDU.", ("REJECT", "DEU", "DEU")),
])
def test_a_stance_against_a_side_or_its_thing_stays(text: str, row: tuple[str, str, str]) -> None:
    """Guards: the stance rules still read "sich gegen X stellen / wenden", a charge noun as the thing included."""
    assert row in event_rows(text, "de")
