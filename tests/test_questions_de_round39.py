"""Round 39 (deprec39): a clause of a direct German question tells no act. The sentence ends in "?" and no speaker
colon or opening quote stands between the clause and the mark: interview questions with a question word, a modal or
a Konjunktiv, not only round 31's verb-first "Sie" questions. A statement before a quoted question keeps its events,
and statements stay read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "statement"), [
    ("STANDARD: Warum kritisieren die USA die russische Regierung so scharf?",
     "STANDARD: Die USA kritisieren die russische Regierung scharf."),
    ("Wie kann die Europäische Union reagieren, um die ungarische Regierung unter Druck zu setzen?",
     "Die Europäische Union reagierte, um die ungarische Regierung unter Druck zu setzen."),
    ("Warum hat Frankreich die russische Regierung verurteilt?",
     "Frankreich hat die russische Regierung verurteilt."),
    ("Hat Russland die Ukraine angegriffen?", "Russland hat die Ukraine angegriffen."),
])
def test_direct_question_is_no_event(text: str, statement: str) -> None:
    """Each question's statement form yields an event, so the question's empty result is the gate's doing."""
    assert event_rows(statement, "de") != []
    assert event_rows(text, "de") == []


@pytest.mark.parametrize(("text", "row"), [
    ("Russland hat die Ukraine angegriffen, fragte der Minister: „Was tut die NATO?“", ("ASSAULT", "RUS", "UKR")),
    ("Frankreich hat die russische Regierung verurteilt. Was folgt daraus?", ("ACCUSE", "FRA", "RUS")),
])
def test_statement_beside_a_question_keeps_its_event(text: str, row: tuple[str, str, str]) -> None:
    """Guards: a clause before a quoted question, and a statement in the sentence before a question, are told."""
    rows = event_rows(text, "de")
    assert row in rows, rows
