"""Round 30's speed-up (issue 13): a generic noun's relative clause ("the troops that Russia sent") is read from
the noun's own sentence's parse, so a country that only opens the next sentence asks no parse while the mentions
are read (a parse there runs alone, ~3x the cost of its share of the batch parse that follows). Own sentences."""

from __future__ import annotations

from lagebild.extract.analyser import analysis_of
from lagebild.model import Article
from lagebild.pipeline import Pipeline


def test_country_of_the_next_sentence_asks_no_parse(en_pipe: Pipeline) -> None:
    doc = en_pipe.begin(Article("Officials thanked the police. Russia said nothing about the arrests.", lang="en"))
    a = analysis_of(doc)
    assert a is not None
    assert 0 not in a.parsed  # before: parsed alone while the mentions were read


def test_relative_clause_in_the_same_sentence_still_owns(en_pipe: Pipeline) -> None:
    doc = en_pipe(Article("The troops that Russia sent crossed the border on Monday.", lang="en"))
    troops = next(m for m in doc.mentions if m.actor is not None and m.actor.sector == "MIL")
    assert (troops.actor.country, troops.via) == ("RUS", "sector+owner")
