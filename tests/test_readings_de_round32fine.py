"""Round 32 (define32): two German readings left by deqr32, each a fact of the language that holds on any news: a
date apposition after a weekday or place (", den 09.04.2005,", ", dem 3. Mai,") does not split the clause, so the
object after it is still the verb's; and a fine told from the payer's side ("muss eine Strafe an die US-Behörden
zahlen", "zahlt der EU-Kommission eine Geldbuße") is the receiver's penalty on the payer. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Die Bundesregierung hat am Samstag, den 09.04.2005, die Türkei scharf kritisiert.",
    "Die Bundesregierung hat am Montag, dem 3. Mai, die Türkei scharf kritisiert.",
])
def test_a_date_apposition_keeps_the_object_with_its_verb(text: str) -> None:
    rows = event_rows(text, "de")
    assert ("ACCUSE", "DEU", "TUR") in rows
    assert ("ACCUSE", "TUR", "DEU") not in rows


def test_a_relative_clause_opened_by_den_before_a_number_still_splits() -> None:
    """A guard: ", den 30 russische Soldaten begleitet hatten" is a relative clause (a count, no day)."""
    rows = event_rows("Die Bundesregierung kritisierte den Konvoi, den 30 russische Soldaten begleitet hatten.", "de")
    assert ("ACCUSE", "DEU", "RUS") in rows
    assert ("ACCUSE", "RUS", "DEU") not in rows
