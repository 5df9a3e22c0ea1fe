"""Who says it, round 28 (deattr28), German: a surname that is also a noun of office ("laut Andreas Richter") names a
person, not a judge.

Every sentence is written for this test; none is copied from news-gold, the GSR or dev2."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_claims import events, one


def _speakers(e: dict) -> list[str]:
    return [a["text"] for a in e["attribution"]]


@pytest.mark.parametrize("text", [
    "Laut Andreas Richter hat die Polizei in Bamako zwanzig Demonstranten festgenommen.",
    "Die Polizei hat in Bamako zwanzig Demonstranten festgenommen, so Andreas Richter.",
])
def test_a_surname_after_a_given_name_is_no_judge(text: str) -> None:
    e = one(events(text, "de"), "COERCE", "MLI")
    assert _speakers(e) == ["Andreas Richter"]
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 10, 23)))
    assert not [m for m in doc.mentions if m.text == "Richter"]


def test_a_judge_without_a_given_name_stays_a_judge() -> None:
    text = "Der Richter verurteilte in Bamako den Oppositionsführer zu fünf Jahren Haft."
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 10, 23)))
    assert [m.actor.sector for m in doc.mentions if m.text == "Richter" and m.actor is not None] == ["JUD"]


_FRAMED = [
    "Laut Amnesty International hat die Polizei in Bamako zwanzig Demonstranten festgenommen. ",
    "Nach Angaben von Amnesty International nahm die Polizei in Bamako zwanzig Demonstranten fest. ",
    "Amnesty International zufolge nahm die Polizei in Bamako zwanzig Demonstranten fest. ",
]


@pytest.mark.parametrize("framed", _FRAMED)
def test_narration_right_after_a_named_source_frame_is_its_account(framed: str) -> None:
    e = one(events(framed + "Die Polizei schlug die Demonstranten mit Knüppeln.", "de"), "ASSAULT", "MLI")
    assert [a["name"] for a in e["attribution"]] == ["Amnesty International"]


@pytest.mark.parametrize("text", [
    _FRAMED[0] + "Die Polizei nahm zudem einen Journalisten fest. Die Armee griff in Gao Rebellen an.",  # two on
    "Die Polizei nahm in Bamako zwanzig Demonstranten fest. Die Armee griff in Gao Rebellen an.",  # no frame
    _FRAMED[0] + "\n\nDie Armee griff in Gao Rebellen an.",  # a new paragraph
])
def test_narration_further_on_is_the_writers(text: str) -> None:
    e = one(events(text, "de"), "ASSAULT", "MLI")
    assert e["attribution"] == []


@pytest.mark.parametrize("text", [
    "Ukrainischen Presseberichten zufolge nahm die Polizei in Bamako zwanzig Demonstranten fest. ",  # reports: one claim
    "Seiner Darstellung zufolge nahm die Polizei in Bamako zwanzig Demonstranten fest. ",
    "Die Polizei nahm in Bamako, laut Amnesty International, zwanzig Demonstranten fest. ",  # no frame first
])
def test_no_account_goes_on_from_a_report_or_a_frame_inside(text: str) -> None:
    e = one(events(text + "Die Polizei schlug die Demonstranten mit Knüppeln.", "de"), "ASSAULT")
    assert e["attribution"] == []


def test_a_quotation_after_the_frame_keeps_its_own_speaker() -> None:
    text = _FRAMED[0] + "„Die Polizei schlug die Demonstranten mit Knüppeln“, sagte Andreas Richter."
    e = one(events(text, "de"), "ASSAULT", "MLI")
    assert [a["text"] for a in e["attribution"]] == ["Andreas Richter"]


def test_a_month_that_is_also_a_given_name_names_no_one() -> None:
    text = "Die Regierung Malis hatte im August Soldaten nach Gao entsandt."
    doc = Pipeline(scorer=False)(Article(text, id="t", lang="de", published=date(2024, 10, 23)))
    assert [m.actor.sector for m in doc.mentions if m.text == "Soldaten" and m.actor is not None] == ["MIL"]
