"""German act words the lexicon knows but a refusal dropped (round 19, trgde19): "schlagen" refused for want of a cue
word where officers or guards beat someone. Sentences written for these tests."""

from __future__ import annotations

from .test_claims import events


def _types(text: str) -> set[str]:
    return {e["event_type"] for e in events(text, "de")}


def test_an_officer_who_beats_is_the_cue_of_the_beating() -> None:
    """"schlagen" needs a word of force or its victims in the clause; officers and guards are such words, as police are."""
    assert "ASSAULT" in _types("Auf dem Video ist zu sehen, wie ein Mann von einem türkischen Beamten geschlagen wird.")


def test_schlagen_without_such_a_word_is_no_beating() -> None:
    """A team beaten in a match: no cue word, no attack."""
    assert "ASSAULT" not in _types("Die Mannschaft aus Frankreich hat den Gegner aus Italien geschlagen.")
