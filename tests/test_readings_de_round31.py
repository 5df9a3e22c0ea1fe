"""Round 31 (dep31): German readings from dev2 part P's wording (courts, cartels, labour disputes, floods), each as a
word family that holds on any news: a fine imposed is a sanction, a court quashing a verdict rejects it, "nicht
ausschließen" with a strike or force threatens it, help in a search or rescue and forces sent into a disaster are aid,
"sich gegen eine Sache wenden" rejects it, and a looming "Eingriff" is a risk, no threat. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Das deutsche Bundeskartellamt hat über drei Zementhersteller eine Geldbuße von zwei Millionen Euro verhängt.",
     ("SANCTION", "DEU", "DEU")),
    ("Die französische Regierung verhängte gegen den Konzern ein Bußgeld in Millionenhöhe.", ("SANCTION", "FRA", "FRA")),
])
def test_a_fine_imposed_is_a_sanction(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Der spanische Oberste Gerichtshof hat das Urteil gegen den früheren Bürgermeister aufgehoben.", ("REJECT", "ESP", "ESP")),
    ("Ein polnisches Berufungsgericht kassierte den Schuldspruch gegen die Aktivistin.", ("REJECT", "POL", "POL")),
])
def test_a_court_quashing_a_verdict_rejects_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_not_ruling_out_a_strike_or_force_threatens() -> None:
    text = "Der iranische Präsident schloss einen Militärschlag gegen Israel nicht aus."
    assert ("THREATEN", "IRN", "ISR") in event_rows(text, "de")
    assert [r for r in event_rows("Die französische Gewerkschaft schließt weitere Streiks nicht aus.", "de")
            if r[0] == "THREATEN"]


def test_ruling_out_force_threatens_nothing() -> None:
    """A guard: without the negation the act is ruled out, no threat."""
    rows = event_rows("Der iranische Präsident schloss einen Militärschlag gegen Israel aus.", "de")
    assert not [r for r in rows if r[0] == "THREATEN"]


def test_help_in_a_search_is_aid() -> None:
    rows = event_rows("Japan unterstützt Indonesien bei der Suche nach Vermissten.", "de")
    assert ("AID", "JPN", "IDN") in rows and not [r for r in rows if r[0] == "SUPPORT"]


@pytest.mark.parametrize(("text", "row"), [
    ("Die italienische Armee setzte Rettungshubschrauber ein, um Eingeschlossene aus den Dörfern zu bergen.",
     ("AID", "ITA", "ITA")),
    ("Wegen des Hochwassers schickte die tschechische Armee 3.000 Soldaten an die Deiche.", ("AID", "CZE", "CZE")),
    ("Wegen des Hochwassers wurden in Tschechien 3.000 Soldaten an die Deiche geschickt.", ("AID", "CZE", "CZE")),
])
def test_forces_sent_into_a_disaster_aid(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "de")
    assert row in rows and not [r for r in rows if r[0] == "MOBILIZE"]


def test_troops_sent_to_a_border_still_mobilise() -> None:
    """A guard: a deployment with no rescue or disaster word stays MOBILIZE; the participle "beordert" is read too."""
    assert [r for r in event_rows("Die tschechische Armee schickte 3.000 Soldaten an die Grenze.", "de") if r[0] == "MOBILIZE"]
    assert [r for r in event_rows("Die USA haben zwei Kriegsschiffe in den Golf beordert.", "de") if r[0] == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Die schwedische Regierung wandte sich entschieden gegen die Forderung der Opposition.",
    "Auch die schwedische Regierung wandte sich dagegen.",
])
def test_turning_against_a_thing_rejects_it(text: str) -> None:
    rows = event_rows(text, "de")
    assert ("REJECT", "SWE", "SWE") in rows and not [r for r in rows if r[0] == "ACCUSE"]


def test_turning_against_a_side_stays_criticism() -> None:
    assert ("ACCUSE", "SWE", "RUS") in event_rows("Die schwedische Regierung wandte sich gegen die russische Regierung.", "de")


def test_a_looming_intervention_is_no_threat() -> None:
    rows = event_rows("Britischen Verlagen droht durch das neue Gesetz ein Eingriff in die Pressefreiheit.", "de")
    assert not [r for r in rows if r[0] == "THREATEN"]
    assert ("THREATEN", "TUR", "GRC") in event_rows("Die Türkei droht Griechenland mit einem militärischen Eingriff.", "de")


def test_a_prison_term_imposed_is_no_fine() -> None:
    """A guard: "Strafe" measured in years is a prison term (its verdict is COERCE where told), no fine."""
    rows = event_rows("Die vom französischen Gericht verhängte fünfjährige Strafe wurde auf drei Jahre verkürzt.", "de")
    assert not [r for r in rows if r[0] == "SANCTION"]
