"""Round 27 (lead): a person pronoun names the person named last, and a title's given name and surname ("Microsoft
CEO Bill Gates") is a person named too, so "him" after it no longer reaches back past it to a president named
earlier (found on fresh MEANTIME text, eval/fresh_en.py). Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def test_a_titled_name_comes_between_a_pronoun_and_an_earlier_president() -> None:
    text = ("United States President Barack Obama said the founder was among the greatest of American innovators. "
            "Former Microsoft CEO Bill Gates responded to the death with a statement on his blog. "
            "The current Microsoft CEO Steve Ballmer expressed condolences and described him as a true visionary.")
    rows = event_rows(text, "en", source_id=True)
    assert not [r for r in rows if r[0] == "SUPPORT"], rows  # was SUPPORT USA-BUS -> barack-obama


def test_the_president_named_last_is_still_the_pronouns_person() -> None:
    text = "President Barack Obama arrived in Berlin on Monday. He praised Germany for its support."
    assert ("SUPPORT", "USA", "DEU") in event_rows(text, "en")
