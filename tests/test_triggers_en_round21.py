"""English triggers, round 21 (trgen21): meddling told by a named speaker is the speaker's accusation of the meddler
(ACCUSE speaker -> doer, as "X said Y must ..." is X's demand); told alone, or by the doer's own side, it is none.
The sentences are written for these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events


def test_reported_meddling_is_the_speakers_accusation() -> None:
    assert _events("A Kenyan government spokesman told reporters that Uganda has interfered in its internal affairs.") \
        == [("ACCUSE", None, "KEN", "UGA")]
    assert _events("Bolivia said Chile meddled in the vote.") == [("ACCUSE", None, "BOL", "CHL")]


def test_meddling_told_alone_or_denied_by_its_own_side_is_no_event() -> None:
    assert _events("Uganda has interfered in the talks.") == []
    assert _events("The Russian foreign minister said Russia never interfered in the election.") == []


def test_assisting_another_sides_forces_is_military_cooperation() -> None:
    assert _events("American advisers are assisting Iraqi forces in Mosul.") == [("COOPERATE", None, "USA", "IRQ")]
    assert _events("French troops assisted the Malian army near Gao.") == [("COOPERATE", None, "FRA", "MLI")]
    # assisting people or an inquiry is no military cooperation
    assert "COOPERATE" not in [t for t, _, _, _ in _events("The Red Cross assisted refugees in Chad.")]
    assert "COOPERATE" not in [t for t, _, _, _ in _events("British police assisted the investigation in Spain.")]


def test_a_that_clause_or_it_of_another_verb_is_not_what_a_denial_verb_denies() -> None:
    # "it" and the "that" clause belong to "was decided", not to "dismissed": the charges are dropped (CONCEDE)
    assert ("CONCEDE", None, "USA", "IRN") in _events(
        "The United States also dismissed all charges against two Iranians for whom it was decided that an "
        "extradition would fail.")
    # a denial's own "that" clause and "it" stay denied
    assert "CONCEDE" not in [t for t, _, _, _ in _events("Iran dismissed it.")]
