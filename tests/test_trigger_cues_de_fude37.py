"""Round 37 (fude37): "stellte (eine) Strafanzeige gegen X" is a charge (ACCUSE allege, only against a named side),
not "sich gegen X stellen", whose rule read it as a stance (REJECT of a thing, at home when X was no actor); "sich an X
wenden, um X zu Y zu bewegen" is a request to X. Sentences written for these tests."""

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


@pytest.mark.parametrize(("text", "row"), [
    ("Der polnische Präsident hat sich an die Bundesregierung gewandt, um sie zu einer Änderung des Gesetzes zu bewegen.",
     ("REQUEST", "POL", "DEU")),
    ("Der polnische Präsident wandte sich an den russischen Präsidenten, um ihn zum Rückzug der Truppen zu drängen.",
     ("REQUEST", "POL", "RUS")),
    ("Der polnische Präsident wandte sich an die Bundesregierung, um sie umzustimmen.", ("REQUEST", "POL", "DEU")),
])
def test_turning_to_a_side_to_persuade_it_is_a_request(text: str, row: tuple[str, str, str]) -> None:
    """"sich an X wenden, um X zu Y zu bewegen" asks X as "sich mit einer Bitte an X wenden" does."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der polnische Präsident wandte sich an die Presse, um seine Sicht zu erklären.",
    "Der polnische Präsident wandte sich an die Bundesregierung, um ihr für die Hilfe zu danken.",
])
def test_turning_to_someone_without_persuading_asks_nothing(text: str) -> None:
    """Guards: contact to explain or to thank is no request."""
    assert "REQUEST" not in {t for t, _, _ in event_rows(text, "de")}, event_rows(text, "de")
