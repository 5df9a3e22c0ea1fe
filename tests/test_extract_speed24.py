"""Round 24's speed-ups on the extraction path (issue 13), each the same answer as before: a document and its parse
form no reference cycle, so refcounting frees a finished document at once and the cyclic collector, whose passes
walked every live and dead document's tokens and mentions again and again, has little to do. Sentences written for
these tests."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from lagebild.extract.analyser import DefaultAnalysers, analysis_of
from lagebild.model import Article, Doc, Sentence
from lagebild.pipeline import Pipeline

TEXT = ("Russian troops attacked the Ukrainian city of Kharkiv on Monday. The government in Kyiv condemned the "
        "attack and said it would ask the United Nations for help.\n\nChina called for talks between both sides.")


@pytest.fixture
def collector_paused() -> Iterator[None]:
    """Only refcounting frees objects in the block: what the cyclic collector would have to find stays."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Parser:
    """A parser that records what it was asked to parse."""

    def __init__(self) -> None:
        self.asked: list[tuple[Doc, Any, list[int]]] = []

    def _parse(self, doc: Doc, a: Any, sents: list[int]) -> None:
        self.asked.append((doc, a, list(sents)))


class _Lazy:
    def __init__(self, parser: _Parser) -> None:
        self.parser = parser

    def get(self) -> _Parser:
        return self.parser


def test_the_parse_driver_holds_its_document_weakly(collector_paused: None) -> None:
    parser = _Parser()
    analysers = DefaultAnalysers()
    analysers._by_lang["en"] = _Lazy(parser)  # type: ignore[assignment]
    doc = Doc(Article("One sentence. Two sentences.", lang="en"), lang="en",
              sentences=[Sentence(0, 0, 13, 0, 0), Sentence(1, 14, 28, 0, 0)])
    analysers(doc)
    a = analysis_of(doc)
    assert a is not None and a.need(1)
    assert len(parser.asked) == 1 and parser.asked[0][0] is doc and parser.asked[0][1] is a and parser.asked[0][2] == [1]
    parser.asked.clear()
    gone = weakref.ref(doc)
    del doc
    assert gone() is None  # freed by refcounting: no cycle through the analysis
    a.need(0)  # an analysis that outlives its document parses nothing
    assert parser.asked == []


def test_a_finished_english_document_is_freed_by_refcounting(en_pipe: Pipeline, collector_paused: None) -> None:
    doc = en_pipe(Article(TEXT, lang="en"))
    a = analysis_of(doc)
    assert a is not None and a.parsed  # the parse ran
    gone = weakref.ref(doc)
    del doc, a
    assert gone() is None
