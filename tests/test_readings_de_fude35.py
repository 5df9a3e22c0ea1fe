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


@pytest.mark.parametrize("text", [
    "Der Streit hat Griechenland in die Krise gestürzt.",
    "Der Bürgerkrieg stürzte Syrien ins Chaos.",
    "Ein Kampfflugzeug der syrischen Luftwaffe stürzte ins Meer.",
    "Die Armee hat das Land ins Chaos gestürzt.",
])
def test_stuerzen_into_a_state_or_place_is_no_coup(text: str) -> None:
    """the intransitive or figurative "stürzen" tells a fall, no one overthrown, even where an army is named."""
    assert not any(r[0] == "ASSAULT" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Die ägyptische Armee stürzte die Regierung in Kairo.", ("ASSAULT", "EGY", "EGY")),
    ("In Mali hat das Militär den Präsidenten gestürzt.", ("ASSAULT", "MLI", "MLI")),
])
def test_an_army_overthrowing_a_government_stays_a_coup(text: str, row: tuple[str, str, str]) -> None:
    """the coup reading beside the figurative one is unchanged."""
    assert row in _rows(text)


def test_no_coup_without_an_army() -> None:
    """a parliament or an opposition that brings a government down stages no coup."""
    assert _rows("Die Opposition stürzte die Regierung in Rom.") == []


def test_a_figurative_stuerzen_keeps_its_clause_s_nouns() -> None:
    """the fall's trigger holds the clause, so a background noun in it is no event of its own (as before the check)."""
    rows = _rows("Thailand wurde durch die Besetzungen der Flughäfen ins Chaos gestürzt.")
    assert not any(r[0] == "COERCE" for r in rows)


def test_a_one_rule_verb_needs_its_army_at_the_trigger() -> None:
    """require_military holds for a verb with one rule too: without force "entmachten" makes no trigger, hence no event."""
    assert not any(r[0] == "ASSAULT" for r in _rows("Das Parlament entmachtete den Präsidenten von Peru."))
    assert ("ASSAULT", "PER", "PER") in _rows("Das peruanische Militär entmachtete den Präsidenten von Peru.")


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
