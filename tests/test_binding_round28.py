"""Round 28 (enclaims28): an English object pronoun never names the subject of its own clause ("Macron said Putin had
praised him": Macron, not Putin), while a pronoun in a clause with another subject may ("Putin said the West wanted
to weaken him"). Bound out, it takes only a person named higher in its own sentence. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")

REPORT = "French President Emmanuel Macron said Russian President Vladimir Putin "
MEETING = "Russian President Vladimir Putin met French President Emmanuel Macron in Moscow on Monday. "


@pytest.mark.parametrize("rest", ["had praised him.", "had criticised him sharply.", "wanted to praise him.",
                                  "arrived and praised him."])
def test_an_object_pronoun_is_not_its_own_clauses_subject(rest: str) -> None:
    rows = [r for r in event_rows(REPORT + rest, "en") if r[0] in ("SUPPORT", "ACCUSE")]
    assert rows and all(r[1:] == ("RUS", "FRA") for r in rows), rows  # was RUS -> None (him = Putin)


def test_a_bound_out_pronoun_does_not_reach_back_a_sentence() -> None:
    # the person named last is the subject; one named a sentence before is as likely as someone unnamed, so no target
    rows = [r for r in event_rows(MEETING + "Putin praised him for his courage.", "en") if r[0] == "SUPPORT"]
    assert rows == [("SUPPORT", "RUS", None)], rows


def test_a_pronoun_after_a_second_pronoun_is_still_someone_else() -> None:
    rows = event_rows(MEETING + "He criticised him sharply.", "en")
    assert ("ACCUSE", "RUS", "RUS") not in rows and ("ACCUSE", "FRA", "FRA") not in rows, rows


def test_object_control_leaves_the_asker_to_the_pronoun() -> None:
    # "asked Xi to support him": the supporter is Xi, so "him" may be Putin; the request stays Putin's to Xi
    rows = event_rows(MEETING + "Putin asked President Xi Jinping to support him.", "en")
    assert ("REQUEST", "RUS", "CHN") in rows, rows
