"""Round 32 (deroles32): three readings round 31 left open, decided by the guidelines and the tuning gold. A report to
the police is a charge (ACCUSE), also when the authorities report the people they caught; an arrest warrant orders an
arrest (COERCE) in German and English alike; not ruling out force is a threat made by saying so (factual). Own sentences."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Wiener Polizei zeigte die Demonstranten wegen Landfriedensbruchs an.", ("ACCUSE", "AUT", "AUT")),
    ("Die österreichischen Grünen erstatteten Anzeige gegen den Innenminister.", ("ACCUSE", "AUT", "AUT")),
    ("Amnesty International stellte Strafanzeige gegen den türkischen Innenminister.", ("ACCUSE", None, "TUR")),
])
def test_a_report_to_the_police_accuses(text: str, row: tuple[str, str | None, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der Zoll in Wien hat 20 Papageien beschlagnahmt. Mehrere Personen wurden angezeigt.",
    "Die Polizei in Wien nahm drei Männer fest. Die Männer wurden angezeigt.",
])
def test_people_reported_by_the_authorities_are_the_states_charge(text: str) -> None:
    assert ("ACCUSE", "AUT", "AUT") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der Fall wurde der Polizei in Wien angezeigt.",  # someone's complaint, no charge by the state
    "Die Uhrzeit wird auf dem Display in Berlin angezeigt.",  # shown on a screen
    "Das Display zeigt die Uhrzeit an.",
    "Dem Niederländer wurde in Berlin vorgeworfen, Geld gestohlen zu haben.",  # private_charge still holds
])
def test_other_senses_and_a_prosecutors_charge_stay_out(text: str) -> None:
    assert not [r for r in event_rows(text, "de") if r[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "lang", "row"), [
    ("Ein türkisches Gericht erließ einen Haftbefehl gegen den Journalisten.", "de", ("COERCE", "TUR", "TUR")),
    ("A Turkish court issued an arrest warrant for the journalist.", "en", ("COERCE", "TUR", "TUR")),
    ("A French judge issued arrest warrants against three Syrian officials.", "en", ("COERCE", "FRA", "SYR")),
])
def test_an_arrest_warrant_coerces_in_both_languages(text: str, lang: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, lang)
    assert row in rows and not [r for r in rows if r[0] == "ACCUSE"]


def _threats(text: str) -> list[str]:
    return [e.modality for e in extract_events(text, lang="de") if e.event_type == "THREATEN"]


def test_not_ruling_out_force_is_a_threat_made() -> None:
    assert _threats("Der russische Präsident schloss einen Militärschlag gegen die Ukraine nicht aus.") == ["factual"]
    assert _threats("Die französische Gewerkschaft schließt weitere Streiks nicht aus.") == ["factual"]


def test_a_threat_only_supposed_stays_hypothetical() -> None:
    """A guard: a subjunctive over the saying keeps it supposed."""
    assert _threats("Der iranische Präsident könnte einen Militärschlag gegen Israel nicht ausschließen.") == ["hypothetical"]


def test_customs_enforcement_is_the_states_police() -> None:
    rows = event_rows("Die Zollfahndung Niederösterreich hat 50 Papageien beschlagnahmt. Die Spur reicht über Portugal "
                      "nach Brasilien. Die Vögel kommen aus Brasilien.", "de")
    assert ("COERCE", "AUT", "AUT") in rows


def test_the_body_that_acted_before_reports_the_people_at_home() -> None:
    """Another country named around it (where the goods came from) is neither the reporter nor the reported."""
    rows = event_rows("Die Zollfahndung Niederösterreich hat 50 Papageien beschlagnahmt. Mehrere Personen wurden angezeigt, "
                      "die Vögel stammen aus Brasilien. Die Spur führt über Portugal nach Brasilien. Brasilien schweigt.", "de")
    assert ("ACCUSE", "AUT", "AUT") in rows and not [r for r in rows if r[0] == "ACCUSE" and "BRA" in r]


@pytest.mark.parametrize(("text", "row"), [
    ("Russland hat versagt, kritisierte der österreichische Kanzler.", ("ACCUSE", "AUT", "RUS")),
    ("Die Lage ist ernst, kritisierte der französische Präsident die russische Regierung.", ("ACCUSE", "FRA", "RUS")),
])
def test_the_speaker_after_a_judgement_verb_set_after_the_words(text: str, row: tuple[str, str, str]) -> None:
    """Part A: "..., kritisierte X" has its subject after the verb; before, the one named in the words said was the doer."""
    rows = event_rows(text, "de")
    assert row in rows and not [r for r in rows if r[1] == "RUS"]


def test_an_apposition_before_the_verb_keeps_its_subject() -> None:
    """A guard: no finite verb before the comma, so the words are an apposition, not something said."""
    assert ("ACCUSE", "FRA", "TUR") in event_rows("Der französische Präsident, ein enger Verbündeter Deutschlands, "
                                                  "kritisierte die Türkei.", "de")


def test_a_capital_after_a_given_name_is_a_surname() -> None:
    """Part A: "gegen Thomas Paris" names a person; before, France was the target of an Austrian court's ruling."""
    rows = event_rows("Der österreichische Oberste Gerichtshof hat das Urteil gegen Thomas Paris aufgehoben.", "de")
    assert ("REJECT", "AUT", "AUT") in rows and not [r for r in rows if "FRA" in r]
    assert ("ACCUSE", "DEU", "FRA") in event_rows("Die Regierung in Berlin kritisierte Paris scharf.", "de")
