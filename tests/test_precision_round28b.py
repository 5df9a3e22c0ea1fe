"""Round 28 (fp28b): German readings left by fp28, each with sentences written for it.

Speaking out against a thing (a plan, a law, a deployment) rejects it, against a side criticises it; a statement
"festgehalten, dass" records, it detains no one; an act qualified as "etwaige", "allfällige", "mögliche" is supposed."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Der französische Außenminister sprach sich gegen den Plan der deutschen Regierung aus.", ("REJECT", "FRA", "DEU")),
    ("Die Opposition in Italien sprach sich gegen das neue Gesetz aus.", ("REJECT", "ITA", "ITA")),
    ("Der russische Außenminister hat sich gegen einen Boykott der Spiele ausgesprochen.", ("REJECT", "RUS", "RUS")),
    ("Die Mehrheit der Abgeordneten in Polen sprach sich dagegen aus.", ("REJECT", "POL", "POL")),
    # against a side: criticism, as before
    ("Der französische Präsident sprach sich gegen die Regierung Polens aus.", ("ACCUSE", "FRA", "POL")),
    ("Der französische Präsident sprach sich gegen Russland aus.", ("ACCUSE", "FRA", "RUS")),
    # dep31: "sich gegen eine Sache wenden" rejects it as well (the brief of round 31; against a side it stays criticism)
    ("Der türkische Präsident wandte sich gegen die Pläne der EU-Kommission.", ("REJECT", "TUR", None)),
])
def test_speaking_out_against_a_thing_rejects_it(text: str, row: tuple[str, str | None, str | None]) -> None:
    assert event_rows(text, "de") == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Das Gericht in Paris hielt fest, dass der Vertrag mit der Regierung Russlands gültig sei.",
    "In dem Bericht der Vereinten Nationen wurde festgehalten, dass die Armee Syriens Chemiewaffen eingesetzt hatte.",
])
def test_recorded_statement_detains_no_one(text: str) -> None:
    assert all(row[0] != "COERCE" for row in event_rows(text, "de"))


@pytest.mark.usefixtures("rules_only")
def test_held_at_the_airport_still_detains() -> None:
    assert ("COERCE", "DEU", "DEU") in event_rows("Die Polizei in Berlin hat drei Demonstranten am Flughafen festgehalten.", "de")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "etype", "modality"), [
    ("Etwaige Angriffe der russischen Armee auf die Ukraine wären ein Bruch des Völkerrechts.", "ASSAULT", "hypothetical"),
    ("Mögliche Sanktionen der EU gegen Russland wären wirkungslos, sagte der ungarische Premier.", "SANCTION", "hypothetical"),
    ("Allfällige neue Sanktionen der EU gegen Russland wären wirkungslos, sagte der ungarische Premier.", "SANCTION",
     "hypothetical"),
    # the act told as such stays factual
    ("Die Sanktionen der EU gegen Russland sind wirkungslos, sagte der ungarische Premier.", "SANCTION", "factual"),
])
def test_supposed_act_is_hypothetical(text: str, etype: str, modality: str) -> None:
    assert [(e.event_type, e.modality) for e in extract_events(text, lang="de")] == [(etype, modality)]
