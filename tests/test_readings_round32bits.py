"""Round 32 (bits32): small readings left over from the round, each a fact of the language that holds on any news:
a German fine named by its size ("Rekordstrafe", "Milliardenstrafe") imposed is a SANCTION as any "Geldbuße".
Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Die französische Regierung verhängte gegen den Konzern eine Milliardenstrafe.", ("SANCTION", "FRA", "FRA")),
    ("Die französische Regierung verhängte über den russischen Konzern eine Millionenstrafe.", ("SANCTION", "FRA", "RUS")),
    ("Die französische Regierung hat gegen den russischen Konzern eine Rekordstrafe von 80 Millionen Euro verhängt.",
     ("SANCTION", "FRA", "RUS")),
    ("Die französische Regierung verhängte gegen den Konzern eine Geldstrafe in Millionenhöhe.", ("SANCTION", "FRA", "FRA")),
])
def test_a_fine_named_by_its_size_imposed_is_a_sanction(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")
