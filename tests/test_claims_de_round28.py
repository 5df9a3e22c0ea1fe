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
