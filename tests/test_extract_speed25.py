"""Round 25's speed-up of the parse (issue 13): the shared tok2vec layer embeds sentences in small batches
(TOK2VEC_BATCH) and the tagger and parser, in the larger batch, read its vectors from each Doc. The parse must be the
one spaCy's own ``nlp.pipe`` gives. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from lagebild.extract import analyser
from lagebild.extract.analyser import _pipe, default_analyser

SENTENCES = [
    "Russian troops attacked the Ukrainian city of Kharkiv on Monday.",
    "The government in Kyiv condemned the attack and asked the United Nations for help.",
    "China called for talks.",
    "",
    "Police in Berlin arrested two men who had thrown stones at the embassy of Iran on Saturday evening.",
    "Talks between the two foreign ministers ended without an agreement, officials said.",
]


@pytest.fixture(scope="module")
def nlp() -> Any:
    found = default_analyser("en")
    if found is None:
        pytest.skip("no English parser installed")
    return found.nlp


def _read(docs: list[Any]) -> list[list[tuple[int, str, int, str]]]:
    return [[(t.idx, t.tag_, t.head.i, t.dep_) for t in d] for d in docs]


@pytest.mark.parametrize("tok2vec_batch,batch", [(2, 6), (1, 4), (24, 6), (4, 3)])
def test_the_split_batches_parse_as_spacy_does(nlp: Any, monkeypatch: pytest.MonkeyPatch, tok2vec_batch: int,
                                               batch: int) -> None:
    monkeypatch.setattr(analyser, "TOK2VEC_BATCH", tok2vec_batch)
    ours = list(_pipe(nlp, iter(SENTENCES), batch))
    theirs = list(nlp.pipe(SENTENCES, batch_size=len(SENTENCES)))
    assert [d.text for d in ours] == SENTENCES
    assert _read(ours) == _read(theirs)
    assert any(t.dep_ == "nsubj" for t in ours[0])  # parsed, not just tokenised


def test_tok2vec_runs_once_per_small_batch(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyser, "TOK2VEC_BATCH", 2)
    tok2vec = nlp.get_pipe("tok2vec")
    sizes: list[int] = []
    real = tok2vec.predict

    def predict(docs: Any) -> Any:
        sizes.append(len(docs))
        return real(docs)

    monkeypatch.setattr(tok2vec, "predict", predict)
    docs = list(_pipe(nlp, SENTENCES, 5))  # two batches of the whole pipeline: 5 sentences, then 1
    assert sizes == [2, 2, 1, 1]  # not again inside nlp.pipe
    assert all(d.tensor.shape[0] == len(d) for d in docs)


def test_a_pipeline_without_a_leading_tok2vec_is_piped_as_spacy_does() -> None:
    import spacy

    blank = spacy.blank("en")
    assert [d.text for d in _pipe(blank, SENTENCES, 4)] == SENTENCES
