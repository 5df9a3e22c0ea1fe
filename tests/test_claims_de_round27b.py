"""Who says it, round 27 (attr27b), German: a first constituent that measures time ("Wenige Stunden nach dem Putsch",
"Zwei Tage später") is an adverbial, so the speaker is the subject after the verb; a quoted name after the verb
("erklärte der neue „Nationale Rat“") is the speaker's name.

Every sentence is written for this test; none is copied from news-gold, the GSR or dev2."""

from __future__ import annotations

import pytest

from .test_claims import events, one


def _speakers(e: dict) -> list[str]:
    return [a["text"] for a in e["attribution"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Zwei Tage später sagte der malische Innenminister, die Polizei habe in Bamako zwanzig Demonstranten festgenommen.",
     "malische Innenminister"),
    ("Wenige Stunden nach dem Putsch erklärte der neue „Nationale Rat“, die Armee habe in Bamako den Präsidenten Malis "
     "festgenommen.", "Nationale Rat"),
])
def test_a_time_phrase_first_is_no_speaker(text: str, speaker: str) -> None:
    e = one(events(text, "de"), "COERCE", "MLI")
    assert _speakers(e) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Regierung Malis erklärte am Montag, die Polizei habe in Bamako zwanzig Demonstranten festgenommen.",
     "Regierung Malis"),  # a subject first stays the speaker
    ("Die Stunden nach dem Anschlag seien chaotisch gewesen, sagte der malische Innenminister. Die Polizei habe in "
     "Bamako zwanzig Demonstranten festgenommen.", "malische Innenminister"),
])
def test_a_subject_first_stays_the_speaker(text: str, speaker: str) -> None:
    e = one(events(text, "de"), "COERCE", "MLI")
    assert _speakers(e) == [speaker]
