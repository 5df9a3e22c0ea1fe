"""English round 23 (secen23): a web address in brackets before a sentence is a line of its own, and whose a bare
English sector noun is ("authorities", "officials", "police"). Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.language.segment import segment
from lagebild.model import Article, Doc


def _sentences(text: str) -> list[str]:
    d = segment(Doc(Article(text, published=date(2025, 3, 1)), lang="en"))
    return [d.sentence_text(s.i) for s in d.sentences]


def test_a_bracketed_web_address_ends_its_sentence() -> None:
    # the link line and the sentence after it were one sentence, so one parse
    assert _sentences("[http://news.example.com/story.jhtml?type=worldNews&id=7] With talks stalled, Iran "
                      "threatened Israel.") == ["[http://news.example.com/story.jhtml?type=worldNews&id=7]",
                                                "With talks stalled, Iran threatened Israel."]
    assert _sentences("(www.example.org/report) The army attacked.") == ["(www.example.org/report)",
                                                                        "The army attacked."]
    # a lower-case word after the address runs on: the address is part of the sentence
    assert _sentences("See www.example.org for the report. He left.") == ["See www.example.org for the report.",
                                                                        "He left."]

