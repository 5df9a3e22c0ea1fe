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


_REPORT = "Amnesty International veröffentlichte am Montag einen Bericht über Syrien. "


@pytest.mark.parametrize("text", [
    _REPORT + "Demnach tötete die syrische Armee in Aleppo 30 Zivilisten.",
    _REPORT + "Darin heißt es, die syrische Armee habe in Aleppo Zivilisten getötet.",
    _REPORT + "Laut dem Bericht tötete die syrische Armee in Aleppo 30 Zivilisten.",
    _REPORT + "Dem Bericht zufolge tötete die syrische Armee in Aleppo 30 Zivilisten.",
    _REPORT + "Die syrische Armee habe in Aleppo 30 Zivilisten getötet.",
])
def test_a_published_report_speaks_in_the_sentences_after_it(text: str) -> None:
    e = one(events(text, "de"), "ASSAULT", "SYR")
    assert [a["name"] for a in e["attribution"]] == ["Amnesty International"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Der syrische Präsident sagte, die Lage sei ruhig. Laut einem Bericht tötete die syrische Armee in Aleppo 30 "
     "Zivilisten.", ["einem Bericht"]),  # an indefinite report is some report, not the last speaker's
    ("Der syrische Präsident sagte, die Lage sei ruhig. Die Opposition sieht darin einen Angriff, die syrische Armee "
     "tötete in Aleppo 30 Zivilisten.", []),  # "darin" inside a sentence points at no report
])
def test_no_report_author_without_a_definite_report(text: str, speakers: list[str]) -> None:
    e = one(events(text, "de"), "ASSAULT", "SYR")
    assert [a["text"] for a in e["attribution"]] == speakers
