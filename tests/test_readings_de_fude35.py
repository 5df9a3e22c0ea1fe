"""Round 35 (fude35): German leftovers: an opened border eases a restriction (CONCEDE, as English "reopen the
border"), and the intransitive sense of "stürzen" is no coup. Own sentences; guards keep the readings that were right."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Türkei öffnete die Grenze zu Syrien wieder.", ("CONCEDE", "TUR", "SYR")),
    ("Ungarn hat die Grenze zu Österreich geöffnet.", ("CONCEDE", "HUN", "AUT")),
    ("Russland öffnete seinen Luftraum für polnische Flugzeuge.", ("CONCEDE", "RUS", "POL")),
])
def test_an_opened_border_is_a_concession(text: str, row: tuple[str, str, str]) -> None:
    """opening a border lifts the restriction that closing it imposed (COERCE): CONCEDE, as the English rule reads."""
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Der Supermarkt öffnete am Morgen die Türen.",
    "Frankreich öffnete eine Ausstellung über Kunst aus Mali.",
])
def test_other_openings_are_no_concession(text: str) -> None:
    """only a border, a crossing or an airspace opened is the pattern."""
    assert not any(r[0] == "CONCEDE" for r in _rows(text))


def test_a_closed_border_stays_coercion() -> None:
    """the closing reading beside it is unchanged."""
    assert ("COERCE", "TUR", "SYR") in _rows("Die Türkei schloss die Grenze zu Syrien.")


def test_a_border_opened_in_the_passive_is_the_government_s() -> None:
    """the passive leaves the opener unnamed: the government of the place, as for a lifted curfew."""
    rows = _rows("Nach dem Putsch in Mali erklärte die Armee, die Grenzen würden wieder geöffnet.")
    assert ("CONCEDE", "MLI", "MLI") in rows
