"""Round 32's speed-up (issue 13): ``Pipeline.pipe`` and a single ingest process begin, parse together and finish 32
articles at a time, not 8: the parser's steps cost less per sentence in a larger batch, and the events are those of
each article alone. Own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from lagebild.ingest import parallel
from lagebild.model import Article, Doc
from lagebild.pipeline import PARSE_BATCH, Pipeline

TEXTS = [f"Russian troops attacked the town of Kupiansk on Monday, officials said. Report number {k}." for k in range(20)]


def test_twenty_articles_are_parsed_in_one_batch(en_pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    batches: list[int] = []
    real = Pipeline.parse_ahead

    def spy(self: Pipeline, docs: list[Doc]) -> Any:
        batches.append(len(docs))
        return real(self, docs)

    monkeypatch.setattr(Pipeline, "parse_ahead", spy)
    together = [d.events for d in en_pipe.pipe([Article(t, id=f"a{k}", lang="en") for k, t in enumerate(TEXTS)])]
    assert batches == [20]  # before: 8, 8 and 4
    alone = [Pipeline()(Article(t, id=f"a{k}", lang="en")).events for k, t in enumerate(TEXTS)]
    assert [[e.to_json() for e in evs] for evs in together] == [[e.to_json() for e in evs] for evs in alone]
    assert together[0]


def test_ingest_batches_as_the_pipeline_does() -> None:
    assert parallel.PARSE_BATCH == PARSE_BATCH == 32
