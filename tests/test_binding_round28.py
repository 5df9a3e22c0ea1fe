"""Round 28 (enclaims28): an English object pronoun never names the subject of its own clause ("Putin praised him"
is someone else), while a pronoun in a clause with another subject may ("Putin said the West wanted to weaken
him"). Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")

MEETING = "Russian President Vladimir Putin met French President Emmanuel Macron in Moscow on Monday. "


@pytest.mark.parametrize("second", ["Putin praised him for his courage.", "Putin criticised him sharply.",
                                    "Putin wanted to praise him.", "Putin arrived and praised him."])
def test_an_object_pronoun_is_not_its_own_clauses_subject(second: str) -> None:
    rows = [r for r in event_rows(MEETING + second, "en") if r[0] in ("SUPPORT", "ACCUSE")]
    assert rows and all(r[1:] == ("RUS", "FRA") for r in rows), rows  # was RUS -> None (him = Putin)


def test_a_pronoun_after_a_second_pronoun_is_still_someone_else() -> None:
    rows = event_rows(MEETING + "He criticised him sharply.", "en")
    assert ("ACCUSE", "RUS", "RUS") not in rows, rows


def test_object_control_leaves_the_asker_to_the_pronoun() -> None:
    # "asked Xi to support him": the supporter is Xi, so "him" may be Putin; the request stays Putin's to Xi
    rows = event_rows(MEETING + "Putin asked President Xi Jinping to support him.", "en")
    assert ("REQUEST", "RUS", "CHN") in rows, rows
