"""What the German doer tests of rounds 17 and 18 read off a document (test_actor_round17.py, test_actor_round18.py;
their pipelines are conftest.py's ``de_mentions`` and ``de_rules``)."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline


def read(pipe: Pipeline, text: str) -> Doc:
    return pipe(Article(text, id="t", lang="de", published=date(2020, 5, 1)))


def actor(doc: Doc, word: str) -> tuple[str | None, str | None]:
    """Country and sector of the mention that ends with ``word``; (None, None) where there is none."""
    found = [m for m in doc.mentions if m.kind == "actor" and m.text.endswith(word) and m.actor is not None]
    return (found[0].actor.country, found[0].actor.sector) if found else (None, None)  # type: ignore[union-attr]


def events(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event of ``text``."""
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in read(pipe, text).events}
