"""Round 36's speed-up (issue 13): the mention stage's parse asks of one document (repeated_heads reading "American
transport planes" as an antecedent of a later "the planes") run in one batch, not one spaCy call per sentence; and
the Phoenix acronym check tries its cheap tests before looking up every short piece of a word. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.extract import analyser
from lagebild.extract.acronyms import _acronym
from lagebild.extract.analyser import analysis_of
from lagebild.model import ActorRef, Article, Doc, Mention
from lagebild.pipeline import Pipeline

TWO_ASKS = ("Three American transport planes landed in the city on Monday. Two British cargo ships docked in the "
            "port on Tuesday. The planes carried food and the ships carried tents for the refugees.")


def test_one_documents_mention_stage_asks_are_one_batch(en_pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[int]] = []
    real = analyser.SpacyAnalyser._parse

    def counted(self: analyser.SpacyAnalyser, doc: Doc, a: analyser.Analysis, sents: list[int]) -> None:
        calls.append(list(sents))
        real(self, doc, a, sents)

    monkeypatch.setattr(analyser.SpacyAnalyser, "_parse", counted)
    doc = en_pipe.begin(Article(TWO_ASKS, lang="en"))
    a = analysis_of(doc)
    assert a is not None and {0, 1} <= a.parsed
    assert calls == [[0, 1]]  # before: [[0], [1]], two spaCy calls of one sentence each


def test_batched_asks_still_name_both_antecedents(en_pipe: Pipeline) -> None:
    doc = en_pipe(Article(TWO_ASKS, lang="en"))
    told = {m.text: m.actor.country for m in doc.mentions if m.text in ("The planes", "the ships") and m.actor}
    assert told == {"The planes": "USA", "the ships": "GBR"}


def _mention(doc: Doc, actor_id: str, via: str) -> Mention:
    tok = doc.tokens[0]
    return Mention(0, 1, tok.start, tok.end, tok.text, "actor", via=via,
                   actor=ActorRef(tok.text, "Albanian National Army", actor_id, "ALB", "MIL"))


@pytest.mark.parametrize(("actor_id", "via", "alias"), [("phx-ana", "org", True), ("phx-ana", "name", False),
                                                        ("ana", "org", False)])
def test_acronym_cheap_tests_first_same_answer(en_pipe: Pipeline, actor_id: str, via: str, alias: bool) -> None:
    doc = en_pipe.begin(Article("KLAPF fighters crossed the river.", lang="en"))
    asked: list[str] = []

    def countries_of(word: str) -> frozenset[str]:
        asked.append(word)
        return frozenset()

    assert _acronym(doc, _mention(doc, actor_id, via), countries_of) is alias
    assert bool(asked) is alias  # no Phoenix org alias: no country looked up for any piece of "KLAPF"


def test_parse_candidates_speaker_guess_as_with_the_generator(en_pipe: Pipeline) -> None:
    """parse_candidates' speech-verb lemma is a plain function now: the same sentences are guessed as the generator
    (lemma, then form, then the verb-form table) guessed them."""
    from lagebild.pipeline import _event_extractor, language_kit

    text = ("The weather stayed mild. The man who runs the small bakery near the old station said the bread was "
            "sold out. The woman who owns the little shop beside the church told reporters that sales were down.")
    doc = en_pipe.begin(Article(text, lang="en"))
    extractor = _event_extractor(language_kit("en"))
    cues, forms = extractor.cues, extractor.cues.verb_forms
    speech = cues.speech_verbs
    reader = extractor.for_document()
    reader._index(doc)
    chosen = set(reader._candidate_sentences(doc)) | set(reader._event_sentences(doc))
    guessed = [i for i in range(len(doc.sentences)) if i not in chosen and cues.speakers.may_parse(
        doc, i, lambda t: next((w for w in (t.lemma, t.lower, forms.get(t.lower)) if w in speech), None))]
    assert guessed == [1]  # the long speaker phrase, in a sentence with no actor
    assert extractor.parse_candidates(doc)[-len(guessed):] == guessed


def test_need_of_a_parsed_sentence_asks_nothing_and_of_a_new_one_parses_it() -> None:
    asked: list[list[int]] = []
    a = analyser.Analysis(parse_sentences=lambda sents: asked.append(list(sents)))
    assert a.need(2) and a.need(2) and a.usable(2)
    assert asked == [[2]] and a.parsed == {2}  # parsed once; the later asks read it
    assert a.need(0) and asked == [[2], [0]]
