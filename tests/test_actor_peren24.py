"""Round 24 English actors (issue 14): "a Siemens executive" is the company's officer, not a product the company
makes; lower-case "general" before a base-form word is the adjective ("a general strike"), not a military rank.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def en_mentions() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


def read(pipe: Pipeline, text: str) -> Doc:
    return pipe(Article(text, id="t", lang="en", published=date(2020, 5, 1)))


def actors(doc: Doc) -> dict[str, tuple[str | None, str | None]]:
    """Each actor mention's text -> (country, sector)."""
    return {m.text: (m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor" and m.actor}


@pytest.mark.parametrize("text, name, country", [
    ("A Siemens executive was arrested in Nigeria on Friday.", "Siemens", "DEU"),
    ("Police questioned an Apple employee about the leak.", "Apple", "USA"),
    ("Two Boeing engineers were detained in Moscow.", "Boeing", "USA"),
])
def test_a_companys_officer_keeps_the_company(en_mentions: Pipeline, text: str, name: str, country: str) -> None:
    got = actors(read(en_mentions, text))
    assert any(t.startswith(name) and c == (country, "BUS") for t, c in got.items()), got


@pytest.mark.parametrize("text, name", [
    ("The air force bought a Boeing for the president.", "Boeing"),
    ("Turkey ordered 60 Boeing 787 aircraft.", "Boeing"),
])
def test_a_companys_product_is_still_no_actor(en_mentions: Pipeline, text: str, name: str) -> None:
    assert not any(t.startswith(name) for t in actors(read(en_mentions, text)))


@pytest.mark.parametrize("text", [
    "Unions in France called a general strike on Monday.",
    "The general public in Britain opposed the war.",
    "Jane Doe, the general counsel of the firm, resigned.",
    "He was named general manager of the plant.",
])
def test_general_before_a_noun_is_no_rank(en_mentions: Pipeline, text: str) -> None:
    got = actors(read(en_mentions, text))
    assert not any(sector == "MIL" for _, sector in got.values()), got


@pytest.mark.parametrize("text", [
    "The general said the troops would stay.",
    "The general ordered an attack on the town.",
    "The general would not comment.",
    "A Chilean general later denied the report.",
    "General Arthur Mendez visited the base.",
])
def test_general_as_a_rank_stays(en_mentions: Pipeline, text: str) -> None:
    got = actors(read(en_mentions, text))
    assert any(sector == "MIL" and "eneral" in t for t, (_, sector) in got.items()), got
