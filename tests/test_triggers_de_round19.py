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
