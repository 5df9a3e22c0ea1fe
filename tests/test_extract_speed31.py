"""Round 31's speed-up (issue 13): the mention stage asks a sentence's parse (which runs alone, ~3x the cost of its
share of the batch parse that follows) only where the parse could change its answer: a relative clause can name the
owner of "the troops" only with a sender verb in the sentence; a modified plural noun ("American transport planes")
is an antecedent only where "the planes" follows within reach. Own sentences."""

from __future__ import annotations

from lagebild.extract.analyser import analysis_of
from lagebild.model import Article
from lagebild.pipeline import Pipeline


def test_relative_clause_without_a_sender_verb_asks_no_parse(en_pipe: Pipeline) -> None:
    doc = en_pipe.begin(Article("Officials praised the police that Russia trained in the capital.", lang="en"))
    a = analysis_of(doc)
    assert a is not None
    assert 0 not in a.parsed  # before: parsed alone while the mentions were read ("trained" sends nobody)


def test_relative_clause_with_a_sender_verb_still_owns(en_pipe: Pipeline) -> None:
    doc = en_pipe(Article("The troops that Russia deployed crossed the border on Monday.", lang="en"))
    troops = next(m for m in doc.mentions if m.actor is not None and m.actor.sector == "MIL")
    assert (troops.actor.country, troops.via) == ("RUS", "sector+owner")


def test_modified_noun_told_again_nowhere_asks_no_parse(en_pipe: Pipeline) -> None:
    doc = en_pipe.begin(Article("The planes of the aid group were late on Sunday. Three American transport planes "
                             "landed in the city on Monday.", lang="en"))
    a = analysis_of(doc)
    assert a is not None
    assert 1 not in a.parsed  # "the planes" only comes before: no later description could take these as antecedent


def test_modified_noun_told_again_still_names_the_actor(en_pipe: Pipeline) -> None:
    doc = en_pipe(Article("Three American transport planes landed in the city on Monday. The planes carried food "
                       "for the refugees.", lang="en"))
    again = [m for m in doc.mentions if m.text == "The planes"]
    assert again and again[0].actor is not None and again[0].actor.country == "USA"


def test_parse_is_recorded_from_the_arrays_as_from_the_tokens(en_pipe: Pipeline) -> None:
    """_record reads spaCy's arrays (heads as signed offsets, tag and label hashes): the same as its tokens say."""
    from lagebild.extract.analyser import _pipe

    doc = en_pipe.begin(Article("The troops that Russia sent crossed the border, officials said on Monday.", lang="en"))
    a = analysis_of(doc)
    assert a is not None and a.need(0)
    sdoc = next(_pipe(a.parser.get().nlp, [doc.text[doc.sentences[0].start:doc.sentences[0].end]], 1))
    by_start = {t.start: t.i for t in doc.tokens}
    assert {by_start[t.idx]: t.tag_ for t in sdoc} == a.tags
    heads = {by_start[t.idx]: by_start[t.head.idx] for t in sdoc}
    assert any(h < i for i, h in heads.items())  # a head before its word: a negative offset
    assert heads == {i: h for i, h in a.heads.items()}
    assert {by_start[t.idx]: t.dep_ for t in sdoc} == a.deps
