"""Round 29 (ensurname29): an English title before a dictionary surname whose holders are all of countries the
article does not name ("President Kibaki" in a story about Pakistan) is no actor of the story's country: the
title alone would take the article's country at the event stage. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)

_STORY = ("Pakistan's government announced new talks with India on Monday.\n\n"
          "Officials discussed trade and energy in the capital.\n\n")


def _sources(text: str, trigger: str) -> list[str | None]:
    """The source actor ids of the events whose trigger starts with ``trigger`` (article of 2008)."""
    return [e.source.actor_id if e.source else None
            for e in extract_events(text, published=date(2008, 5, 5), lang="en") if e.trigger.startswith(trigger)]


@pytest.mark.usefixtures("rules_only")
def test_titled_surname_of_an_unnamed_country_takes_no_story_country() -> None:
    assert "PAK-GOV" not in _sources(_STORY + "President Kibaki urged Israel to lift the blockade on Tuesday.", "urge")


@pytest.mark.usefixtures("rules_only")
def test_titled_surname_of_a_named_country_still_links() -> None:
    text = ("Kenya's opposition announced new talks with the government on Monday.\n\n"
            "President Kibaki urged Israel to lift the blockade on Tuesday.")
    assert _sources(text, "urge") == ["phx-mwai-kibaki"]


@pytest.mark.usefixtures("rules_only")
def test_surname_after_the_full_name_links_to_that_person() -> None:
    text = ("Palestinian President Mahmoud Abbas flew to Islamabad on Monday to meet Pakistan's prime minister.\n\n"
            "Abbas condemned the Israeli raid on Jenin on Tuesday.")
    assert _sources(text, "condemn") == ["phx-mahmoud-abbas"]
