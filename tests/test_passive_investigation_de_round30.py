"""Round 30 (depassive30): an investigation told in the passive with its target fronted ("Gegen den Minister wird
ermittelt") is the state's, as the passive charge ("wird angeklagt") is: the investigator unnamed, the person under
investigation a political actor of a country. Before, the fronted "Gegen" phrase was cut from the clause's actors and the
investigation rule had no unnamed doer, so no event stood. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Gegen den italienischen Innenminister wird wegen Insiderhandels ermittelt.", ("ACCUSE", "ITA", "ITA")),
    ("Gegen den früheren peruanischen Präsidenten wurde wegen Korruption ermittelt.", ("ACCUSE", "PER", "PER")),
    ("Nun wird gegen den früheren peruanischen Präsidenten wegen Korruption ermittelt.", ("ACCUSE", "PER", "PER")),
])
def test_a_passive_investigation_against_a_fronted_target(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_the_named_investigator_still_acts() -> None:
    """A guard: an investigator named as subject acts as before (not the unnamed state)."""
    text = "Die russische Regierung wird gegen den ukrainischen Botschafter ermitteln."
    assert ("ACCUSE", "RUS", "UKR") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Gegen den Mann wird wegen Diebstahls ermittelt.",  # a private person: crime, no political event
    "Gegen Mittag wurde in der Sache ermittelt.",  # no one named against whom
])
def test_no_unnamed_state_where_none_is_told(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "ACCUSE"]


def test_a_cue_of_another_verb_gives_no_unnamed_investigator() -> None:
    """The cue word belongs to another verb and the investigator is a relative pronoun the rules cannot resolve: no
    unnamed state stands in (the active "ermittelt" names its doer)."""
    text = ("So die Ergebnisse eines Historikers, der gegen den früheren deutschen Innenminister ermittelt, seien die Akten "
            "vernichtet worden.")
    assert not [r for r in event_rows(text, "de") if r[0] == "ACCUSE"]
