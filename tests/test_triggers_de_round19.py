"""German act words the lexicon knows but a refusal dropped (round 19, trgde19): a definite act noun after a time
preposition whose word the article has not used before tells its act. Sentences written for these tests."""

from __future__ import annotations

from .test_claims import events


def _types(text: str) -> set[str]:
    return {e["event_type"] for e in events(text, "de")}


def test_a_first_mention_after_nach_tells_the_act() -> None:
    """Nothing before it to point back at: "Nach dem Anschlag auf ..." opening a report introduces the attack."""
    assert "ASSAULT" in _types("Nach dem Anschlag auf ein Hotel in Ägypten ist die Zahl der Toten gestiegen.")


def test_an_act_told_before_is_still_a_back_reference() -> None:
    """The same word earlier in the article: the phrase points back at that attack, no second one."""
    text = ("Extremisten haben in Ägypten einen Anschlag auf ein Hotel verübt. "
            "Nach dem Anschlag auf das Hotel ist die Zahl der Toten gestiegen.")
    evs = [e for e in events(text, "de") if e["event_type"] == "ASSAULT"]
    assert evs and all(e["evidence"]["sentence_index"] == 0 for e in evs)


def test_other_blocking_prepositions_still_block() -> None:
    """"über" and "für" are no time prepositions: talk about an attack, or blame for one, tells no new attack."""
    assert "ASSAULT" not in _types("Die Regierung Ägyptens sprach über den Anschlag auf ein Hotel.")


def test_an_officer_who_beats_is_the_cue_of_the_beating() -> None:
    """"schlagen" needs a word of force or its victims in the clause; officers and guards are such words, as police are."""
    assert "ASSAULT" in _types("Auf dem Video ist zu sehen, wie ein Mann von einem türkischen Beamten geschlagen wird.")


def test_schlagen_without_such_a_word_is_no_beating() -> None:
    """A team beaten in a match: no cue word, no attack."""
    assert "ASSAULT" not in _types("Die Mannschaft aus Frankreich hat den Gegner aus Italien geschlagen.")
