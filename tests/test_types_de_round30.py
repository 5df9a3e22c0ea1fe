"""Round 30 (detype30): German words whose event type depends on their place or context. The lemmatiser reads the
verb "einigen" as the determiner "einige", so "konnten sich einigen" gave no AGREE; the verb is told by its place
(before "sich", a modal or the clause end), the determiner stands before its noun or adjective. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture applies by name)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    ("Die Türkei konnte sich mit Schweden einigen, sagte der Außenminister.", ("AGREE", "TUR", "SWE")),
    ("Frankreich und Deutschland wollen sich bis Freitag über die Quote einigen.", ("AGREE", "FRA", "DEU")),
    ("Frankreich und Deutschland einigen sich auf einen Kompromiss.", ("AGREE", "FRA", "DEU")),
])
def test_the_verb_einigen_agrees(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(text), _events(text)


@pytest.mark.parametrize("text", [
    "Die russische Polizei nahm in einigen Städten Demonstranten fest.",
    "Die Türkei hat mit einigen anderen Staaten verhandelt.",
])
def test_the_determiner_einigen_is_no_agreement(text: str) -> None:
    assert all(r[0] != "AGREE" for r in _events(text)), _events(text)


@pytest.mark.parametrize("text, want", [
    ("Die USA leisten der Ukraine militärische Unterstützung.", ("AID", "USA", "UKR")),
    ("Die EU kündigte finanzielle Unterstützung für die Ukraine an.", ("AID", None, "UKR")),
])
def test_material_support_is_aid(text: str, want: tuple[str, str | None, str | None]) -> None:
    rows = _events(text)
    assert any(r[0] == "AID" and r[2] == want[2] and (want[1] is None or r[1] == want[1]) for r in rows), rows
    assert all(r[0] != "SUPPORT" for r in rows), rows


def test_support_of_no_material_kind_stays_support() -> None:
    rows = _events("Deutschland hat der Türkei seine politische Unterstützung zugesagt.")
    assert all(r[0] != "AID" for r in rows), rows
    rows = _events("Deutschland leistet Griechenland Unterstützung bei den Reformen.")
    assert ("SUPPORT", "DEU", "GRC") in rows, rows


@pytest.mark.parametrize("text", [
    "Die deutsche Bundeskanzlerin bedauert die Entscheidung des britischen Premierministers zum Rücktritt.",
    "Der russische Präsident bedauerte das Urteil gegen die ukrainische Regierung.",
])
def test_regretting_another_s_decision_concedes_nothing(text: str) -> None:
    assert all(r[0] != "CONCEDE" for r in _events(text)), _events(text)


def test_regretting_an_incident_stays_a_concession() -> None:
    rows = _events("Der israelische Premier bedauerte den Vorfall gegenüber der türkischen Regierung.")
    assert ("CONCEDE", "ISR", "TUR") in rows, rows


def test_the_pronoun_einigen_after_a_preposition_is_no_agreement() -> None:
    rows = _events("Frankreich und Deutschland verhandelten mit einigen, die in Syrien gekämpft hatten.")
    assert all(r[0] != "AGREE" for r in rows), rows


def test_drohen_with_a_fused_zu_infinitive_is_a_risk() -> None:
    rows = _events("Den griechischen Banken droht das Geld auszugehen.")
    assert all(r[0] != "THREATEN" for r in rows), rows


@pytest.mark.parametrize("text, want", [
    ("Die Türkei drohte, die Grenze nach Europa zu öffnen.", ("THREATEN", "TUR")),
    ("Nordkorea drohte den USA mit einem Atomschlag.", ("THREATEN", "PRK")),
])
def test_drohen_as_a_threat_stays(text: str, want: tuple[str, str]) -> None:
    assert any(r[:2] == want for r in _events(text)), _events(text)
