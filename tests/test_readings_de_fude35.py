"""Round 35 (fude35): German leftovers: an opened border eases a restriction (CONCEDE, as English "reopen the
border"), and a fronted act noun's coordinated subject is no target. Own sentences; guards keep right readings."""

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


@pytest.mark.parametrize(("text", "row"), [
    ("Kritik übten SPD und Grüne an der türkischen Regierung.", ("ACCUSE", "DEU", "TUR")),
    ("Hilfe leisteten Frankreich und Deutschland der Ukraine.", ("AID", "FRA", "UKR")),
])
def test_a_fronted_act_noun_with_a_coordinated_subject(text: str, row: tuple[str, str, str]) -> None:
    """the subject after the light verb is the doer, the side behind the preposition or the object after it the target."""
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Kritik übten Frankreich und Deutschland.",
    "Hilfe leisteten Frankreich und Deutschland der Ukraine.",
])
def test_a_second_conjunct_of_the_subject_is_no_target(text: str) -> None:
    """"Frankreich und Deutschland" are both doers: Germany is not what France criticised or helped."""
    assert not any(r[1] == "FRA" and r[2] == "DEU" for r in _rows(text))
