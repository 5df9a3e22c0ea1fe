"""Round 34 (kritik34): an act noun that opens its clause before a light verb ("Kritik übte die SPD an der
Regierung") takes its doer from the verb's subject and its side from the noun's preposition wherever it stands, or,
for an object rule, from the bare object after the subject ("Unterstützung leistet Deutschland der Ukraine").
Guards: a fronted noun with no light verb, a receiving verb, a genitive after the subject. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Kritik übte die SPD an der Regierung.", ("ACCUSE", "spd", "DEU")),
    ("Berlin – Kritik übt die SPD auch an der Polizei.", ("ACCUSE", "spd", "DEU")),
    ("Scharfe Kritik übte die SPD am Montag an der Regierung.", ("ACCUSE", "spd", "DEU")),
    ("Berlin – Kritik übte Scholz am Montag auch an der Regierung.", ("ACCUSE", "olaf-scholz", "DEU")),
    ("Berlin – Kritik übte am Montag die SPD an der Polizei.", ("ACCUSE", "spd", "DEU")),
    ("Berlin – Vorwürfe erhob die SPD gegen die Regierung.", ("ACCUSE", "spd", "DEU")),
    ("Berlin – Unterstützung leistet Deutschland der Ukraine.", ("SUPPORT", "DEU-GOV", "UKR")),
    ("Berlin – Hilfe leistet Deutschland der Ukraine.", ("AID", "DEU-GOV", "UKR")),
    ("Berlin – Kritik an der Regierung übte die SPD.", ("ACCUSE", "spd", "DEU")),  # the noun's phrase whole, as before
    ("Berlin – Kritik hat die SPD an der Regierung geübt.", ("ACCUSE", "spd", "DEU")),  # the bracket closes on it
    ("Berlin – Kritik hatte die SPD schon im Mai an der Regierung geübt.", ("ACCUSE", "spd", "DEU")),
    ("Berlin – Unterstützung hat Deutschland der Ukraine geleistet.", ("SUPPORT", "DEU-GOV", "UKR")),
])
def test_fronted_act_noun_takes_subject_and_side(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de", source_id=True)


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Kritik erhielt die Regierung von der SPD.", ("ACCUSE", "spd", "DEU")),  # received: the subject is hit
    ("Berlin – Hilfe bekam die Ukraine von Deutschland.", ("AID", "DEU-GOV", "UKR")),
])
def test_receiving_verb_keeps_the_subject_as_side(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de", source_id=True)


@pytest.mark.parametrize("text", [
    "Berlin – Kritik kam von der SPD.",  # no light verb, no side named
    "Berlin – Kritik gab es von der SPD an der Regierung.",  # "es gibt": no subject to do the act
    "Berlin – Unterstützung leistet die Regierung der Ukraine.",  # "der Ukraine": the subject's genitive, no object
    "Berlin – Kritik hat die SPD an der Regierung gefunden.",  # "finden": no light verb closes the clause
    "Berlin – Kritik hat die SPD an der Regierung.",  # "haben" alone: possession, no act
])
def test_fronted_noun_without_a_doer_and_side_is_no_event(text: str) -> None:
    assert event_rows(text, "de") == []
