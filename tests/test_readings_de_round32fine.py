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


@pytest.mark.parametrize("text, row", [
    ("Die russische Regierung muss eine Strafe von 5 Millionen Euro an die US-Behörden zahlen.", ("SANCTION", "USA", "RUS")),
    ("Die russische Regierung muss der Ukraine eine Strafe zahlen.", ("SANCTION", "UKR", "RUS")),
    ("Russland zahlt der Ukraine eine Geldbuße von 400 Millionen Euro.", ("SANCTION", "UKR", "RUS")),
    ("Die Ukraine hat an Russland eine Strafe gezahlt.", ("SANCTION", "RUS", "UKR")),
    ("Wegen Fehlern muss der russische Konzern Gazprom eine Milliardenstrafe an die US-Behörden zahlen.",
     ("SANCTION", "USA", "RUS")),
])
def test_a_fine_paid_is_the_receivers_penalty_on_the_payer(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "de")
    assert row in rows
    assert (row[0], row[2], row[1]) not in rows


@pytest.mark.parametrize("text", [
    "Der russische Konzern Gazprom zahlt an die US-Behörden eine Dividende.",  # a payment that is no penalty
    "Die russische Regierung muss eine Strafe zahlen.",  # no receiver named: nobody told imposed it
])
def test_a_payment_without_fine_or_receiver_is_no_sanction(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "SANCTION"]


def test_an_as_the_object_of_criticism_still_names_the_target() -> None:
    """A guard: "an" is no giver in general ("Kritik an Russland" targets Russia)."""
    rows = event_rows("Die deutsche Regierung übte scharfe Kritik an Russland.", "de")
    assert ("ACCUSE", "DEU", "RUS") in rows


def test_a_must_without_a_fine_is_still_no_event() -> None:
    """A guard: only a paid fine escapes the modal's demand reading; "muss ... angreifen" told alone is none."""
    assert not event_rows("Russland muss die Ukraine angreifen.", "de")
