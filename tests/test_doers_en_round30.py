"""Round 30 (ensource30): English doers named a sentence before. "It" opening a sentence that names no actor itself
("Russia massed troops. It attacked Odesa.") goes on with the doer of the sentence before; a definite noun repeating the
head of an earlier actor phrase ("Sunni clerics ... The clerics demanded") is that actor. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _roles(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """(source, target) countries of the events whose trigger starts with ``trigger``."""
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, published=date(2015, 5, 5), lang="en") if e.trigger.startswith(trigger)]


@pytest.mark.usefixtures("rules_only")
def test_it_with_only_a_place_after_goes_on_with_the_doer_before() -> None:
    assert _roles("Russia massed troops near the border. It attacked Odesa on Monday.", "attack") == [("RUS", "UKR")]
    assert _roles("The Russian army shelled Kharkiv. It also bombed Odesa.", "bomb") == [("RUS", "UKR")]


@pytest.mark.usefixtures("rules_only")
def test_it_after_a_sentence_with_no_actor_stays_unbound() -> None:
    assert _roles("The storm damaged many houses. It attacked Odesa on Monday.", "attack") == []


@pytest.mark.usefixtures("rules_only")
def test_it_in_a_new_paragraph_stays_unbound() -> None:
    assert _roles("Russia massed troops near the border.\n\nIt attacked Odesa on Monday.", "attack") == []


@pytest.mark.usefixtures("rules_only")
def test_the_noun_repeating_a_group_phrase_is_that_group() -> None:
    text = "Sunni clerics in Fallujah condemned the raid. The clerics demanded talks with US commanders."
    assert _roles(text, "demand") == [("IRQ", "USA")]
    assert _roles("Iraqi clerics condemned the raid. The clerics demanded talks with US commanders.", "demand") \
        == [("IRQ", "USA")]


@pytest.mark.usefixtures("rules_only")
def test_the_noun_with_no_earlier_phrase_of_it_names_no_one() -> None:
    assert _roles("Iraqi officials condemned the raid. The clerics demanded talks with US commanders.", "demand") == []


@pytest.mark.usefixtures("rules_only")
def test_the_noun_an_actor_phrase_modified_is_that_actor() -> None:
    text = ("On Thursday, three American Air Force transport planes took off from Germany. Hours later, the planes "
            "dropped food to refugees in northern Afghanistan.")
    assert _roles(text, "dropped") == [("USA", "AFG")]


@pytest.mark.usefixtures("rules_only")
def test_a_noun_after_the_actors_verb_is_not_its_phrase() -> None:
    text = "Iraqi officials criticise clerics in Mosul. The clerics demanded talks with US commanders."
    assert _roles(text, "demand") == []
