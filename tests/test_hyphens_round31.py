"""Round 31 (hyph31): trigger words written with a hyphen match the same word in the text. English spaCy splits
"sit-in" into "sit", "-", "in", so no such entry ever met a token; segmentation joins the ones the trigger data
name (language/hyphens.py). German spaCy keeps "U-Haft" whole already. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.language.segment import segment
from lagebild.model import Article, Doc
from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str, lang: str) -> list[tuple[str, str | None]]:
    """(type, source country) of each event of the text, rules alone."""
    return [(e.event_type, e.source.country if e.source else None)
            for e in extract_events(text, published=date(2015, 5, 5), lang=lang)]


def test_english_hyphenated_trigger_nouns_and_verbs_match() -> None:
    assert _events("Kenyan opposition supporters staged a sit-in outside parliament in Nairobi.", "en") == [
        ("PROTEST", "KEN")]
    assert _events("North Korea test-fired two ballistic missiles on Sunday.", "en") == [("MOBILIZE", "PRK")]
    # a joined verb keeps its object in the parse: "re-opened its border" concedes as "reopened" does
    assert _events("Pakistan re-opened its border with Afghanistan on Sunday.", "en") == [("CONCEDE", "PAK")]


def test_only_listed_hyphenated_words_are_joined() -> None:
    doc = segment(Doc(Article("Kremlin-backed rebels staged a sit-in. They left."), lang="en"))
    assert [t.text for t in doc.tokens] == ["Kremlin", "-", "backed", "rebels", "staged", "a", "sit-in", ".",
                                            "They", "left", "."]
    assert [(s.tok_start, s.tok_end) for s in doc.sentences] == [(0, 8), (8, 11)]
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))


def test_german_hyphenated_context_word_matches() -> None:
    assert _events("Die türkische Polizei entließ den Oppositionsführer aus der U-Haft.", "de") == [
        ("RETREAT", "TUR")]
    assert _events("Die türkische Polizei entließ den Oppositionsführer.", "de") == []


def test_leaving_a_hyphenated_contest_is_no_withdrawal() -> None:
    # spaCy parses "run - off" apart: the joined word takes the parse of its piece whose head lies outside it
    # (extract/analyser.py), so it stays the object of "from" and the contest is read
    assert _events("Zimbabwe opposition leader Morgan Tsvangirai withdrew from the run-off citing violence "
                   "against his party.", "en") == []
    assert _events("Russia withdrew from the region citing violence.", "en") == [("RETREAT", "RUS")]


def test_hyphenated_lexicon_and_judgement_words_match() -> None:
    # hyph31b: single hyphenated words of lexicon.yaml and judgements.yaml are joined too, so their lists read them
    assert _events("Russia called Ukraine's policy wrong-headed.", "en") == [("ACCUSE", "RUS")]
    assert _events("Russia called the Ukrainian law anti-semitic.", "en") == [("ACCUSE", "RUS")]
    doc = segment(Doc(Article("Kenyan sub-contractors protested in Nairobi."), lang="en"))
    assert "sub-contractors" in [t.text for t in doc.tokens]


def test_hyphenated_words_read_in_pieces_stay_split() -> None:
    # joined, "Secretary-General" lost the title that makes a flight a trip and "counter-protesters" their actor
    assert _events("UN Secretary-General Ban Ki-moon flew to Kabul on Monday.", "en") == [("MOBILIZE", None)]
    assert _events("In Kiev, counter-protesters attacked opposition supporters on Sunday.", "en") == [
        ("ASSAULT", "UKR")]
    rows = extract_events("Kenyan state-run television criticised the opposition on Monday.", published=date(2015, 5, 5),
                          lang="en")
    assert [(e.event_type, e.source.sector if e.source else None) for e in rows] == [("ACCUSE", "MEDIA")]


def test_hyphenated_word_inside_a_lexicon_phrase_matches() -> None:
    # "six-day war" is a past era of lexicon history.periods: the act told inside it is history, as in the Korean War
    assert _events("Israel attacked Egypt during the six-day war.", "en") == []
    assert _events("Israel attacked Egypt on Monday.", "en") == [("ASSAULT", "ISR")]
