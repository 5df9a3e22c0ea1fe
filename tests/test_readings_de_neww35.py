"""Round 35 (neww35): German readings found on dev2 part W: an interview with a named paper or broadcaster is no
meeting, a loan taken out is no aid, and a question or request filed with a side ("hat eine Anfrage an den Landtag zur
Aufhebung seiner Immunität gestellt") asks that side; a court filing one puts no one on trial. Own sentences; guards
keep the acts."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


def _types(text: str) -> list[str]:
    return [r[0] for r in _rows(text)]


@pytest.mark.parametrize("text", [
    "Der österreichische Außenminister übte in einem Gespräch mit der Welt am Sonntag Kritik an der Regierung in Athen.",
    "Der französische Präsident sprach mit dem Spiegel über die Flüchtlingskrise in Europa.",
])
def test_an_interview_with_a_named_paper_is_no_meeting(text: str) -> None:
    """The paper is an actor of the MEDIA sector right after "mit": it reports, it is no side of a meeting."""
    assert "CONSULT" not in _types(text)


def test_the_criticism_told_in_the_interview_stays() -> None:
    rows = _rows("Der österreichische Außenminister übte in einem Gespräch mit der Welt am Sonntag Kritik an der Regierung "
                 "in Athen.")
    assert ("ACCUSE", "AUT", "GRC") in rows


@pytest.mark.parametrize("text", [
    "Der französische Präsident traf sich in Paris mit dem russischen Außenminister.",
    "Der französische Präsident führte in Paris ein Gespräch mit dem russischen Außenminister.",
])
def test_a_meeting_with_a_state_stays(text: str) -> None:
    assert ("CONSULT", "FRA", "RUS") in _rows(text)


@pytest.mark.parametrize("text", [
    "Die bulgarische Regierung musste einen Kredit von einer Milliarde Euro aufnehmen.",
    "Griechenland nahm neue Schulden in Höhe von zwei Milliarden Euro auf.",
])
def test_a_loan_taken_out_is_no_aid(text: str) -> None:
    """"aufnehmen" with a loan or debt as its object borrows; nobody is given anything."""
    assert "AID" not in _types(text)


def test_refugees_taken_in_and_a_loan_granted_stay_aid() -> None:
    assert ("AID", "DEU", "SYR") in _rows("Deutschland nimmt 800 Flüchtlinge aus Syrien auf.")
    assert "AID" in _types("Die Weltbank gewährte Kenia einen Kredit von 500 Millionen Dollar.")


def test_a_request_filed_with_a_side_asks_it() -> None:
    """"stellte einen Antrag auf Auslieferung an Serbien": the court asks Serbia (the noun's rule); "Gericht" is the
    filer, nobody is put on trial ("vor Gericht stellen")."""
    rows = _rows("Das Gericht in Sofia stellte einen Antrag auf Auslieferung des Bankers an Serbien.")
    assert ("REQUEST", "BGR", "SRB") in rows
    assert "COERCE" not in [r[0] for r in rows]


def test_a_parliamentary_question_to_a_side_asks_it() -> None:
    """"eine Anfrage an X zur Aufhebung ... stellen": the lifting of immunity is asked for, not done (no COERCE)."""
    rows = _rows("Das Landesgericht in Wien hat eine Anfrage an den Wiener Landtag zur Aufhebung seiner Immunität gestellt.")
    assert ("REQUEST", "AUT", "AUT") in rows
    assert "COERCE" not in [r[0] for r in rows]


def test_a_count_of_questions_filed_asks_no_one() -> None:
    """A passive count ("wurden 80 Anfragen gestellt") is a statistic of parliament, no request of a side."""
    assert "REQUEST" not in _types("Von den Grünen wurden im vergangenen Jahr 80 Anfragen gestellt, von der FPÖ 40.")


def test_putting_on_trial_stays_coercion() -> None:
    assert "COERCE" in _types("Die ägyptische Regierung stellte die Putschisten vor ein Militärgericht.")
