"""Round 26's speed-ups (issue 13), each the same answer as before: tokens and sentences are slotted dataclasses,
and segmentation tests a word against the web-address pattern only when it can be one and numbers the tokens of a
long sentence's later pieces as it cuts them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.language.segment import MAX_SENTENCE_TOKENS, segment
from lagebild.model import Article, Doc, Sentence, Token


def _doc(text: str, lang: str = "en") -> Doc:
    return segment(Doc(Article(text, lang=lang), lang=lang))


def test_token_and_sentence_have_slots() -> None:
    tok = Token(0, "Troops", 0, 6, "troops", "troop")
    with pytest.raises(AttributeError):
        tok.extra = 1  # type: ignore[attr-defined]
    assert not hasattr(tok, "__dict__") and not hasattr(Sentence(0, 0, 6, 0, 1), "__dict__")


def test_long_sentence_pieces_number_their_tokens() -> None:
    words = " ".join(["troops"] * (MAX_SENTENCE_TOKENS + 50))
    doc = _doc(f"The army moved. Its {words} stayed. Talks began on Monday.")
    assert len(doc.sentences) == 4  # the long one is cut into two pieces
    for s in doc.sentences:
        assert {t.sent for t in doc.tokens[s.tok_start:s.tok_end]} == {s.i}


@pytest.mark.parametrize(("link", "cut"), [
    ("http://example.org/news?id=4", True), ("WWW.Example.org", True), ("see.example.org", False),
    ("ftp://files.example", True), ("a://b", True), ("example://", False),
])
def test_web_address_ends_its_sentence_only_when_one(link: str, cut: bool) -> None:
    doc = _doc(f"Read the report at {link} The minister resigned on Friday.")
    assert (len(doc.sentences) == 2) is cut



@pytest.mark.parametrize(("text", "cue"), [
    ("According to the ministry, Russian troops attacked the Ukrainian city of Kharkiv on Monday.", "according to"),
    ("Russian troops attacked the Ukrainian city of Kharkiv on Monday, according to Ukrainian officials.",
     "according to ukrainian officials"),
])
def test_attribution_preposition_found_past_words_that_open_no_phrase(text: str, cue: str) -> None:
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article(text, lang="en"))
    assert [a.cue.lower() for e in doc.events for a in e.attribution] == [cue]
