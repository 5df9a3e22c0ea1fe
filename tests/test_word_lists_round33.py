"""Word lists are language data (round 33, review33). The clause splitter: the relative pronouns, the articles of a date
apposition, "und"/"oder", "worden" and "um" come from ``clause_words`` in <lang>/lexicon.yaml, not from
extract/clauses.py; so do the scorer's closed word classes and the English trigger readings' particles, determiners and
followers. The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.clauses import ClauseWords, split_clauses
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _count(text: str, lang: str, words: ClauseWords) -> int:
    doc = Pipeline(components=["segment"])(Article(text, id="t", lang=lang))
    lex = load("lexicon", lang)
    return len(split_clauses(doc, 0, set(lex["clause_breaks"]), set(lex["weak_clause_breaks"]),
                             finite=set(lex.get("finite_auxiliaries") or []), words=words))


def _words(lang: str) -> ClauseWords:
    return ClauseWords.from_data(load("lexicon", lang).get("clause_words"))


def test_the_lexicon_gives_each_language_its_relative_pronouns() -> None:
    de, en = _words("de"), _words("en")
    assert {"die", "dessen"} <= de.relatives and "who" not in de.relatives
    assert {"who", "which"} <= en.relatives and "die" not in en.relatives
    assert de.date_articles == {"den", "dem"} and de.participle_auxiliaries == {"worden"}
    assert de.main_coordinators == {"und"} and de.phrase_coordinators == {"und", "oder"} and de.infinitive_openers == {"um"}


def test_a_comma_before_a_relative_pronoun_of_the_lexicon_opens_a_clause() -> None:
    text = "Die Polizei nahm die Männer fest, deren Wagen gebrannt hatte."
    assert _count(text, "de", _words("de")) == 2
    assert _count(text, "de", ClauseWords()) == 1  # no word list, no relative clause: the words are data only


def test_a_date_apposition_is_read_from_the_lexicon() -> None:
    text = "Am Samstag, den 09.04.2005, stürzte ein Flugzeug der Armee ab."
    assert _count(text, "de", _words("de")) == 1
    assert _count(text, "de", ClauseWords(relatives=_words("de").relatives)) == 2  # without date_articles: a relative


def test_the_scorer_reads_its_closed_word_classes_from_the_lexicon() -> None:
    from lagebild.extract.scorer import closed_words

    de, en = closed_words("de"), closed_words("en")
    assert "nicht" in de["negation"] and "hatte" in de["pluperfect"] and "sei" in de["subjunctive"]
    assert "soll" in de["modals"] and "never" in en["negation"] and "had" in en["pluperfect"] and not en["subjunctive"]
    assert closed_words("xx") == closed_words(None) == {k: frozenset() for k in de}  # a language without them


def test_a_negated_sentence_gives_the_scorer_its_negation_cue() -> None:
    from lagebild.extract.scorer import _sentence_cues

    doc = Pipeline(scorer=False)(Article("Russland hat die Ukraine angegriffen, nicht Belarus.", id="t", lang="de"))
    plain = Pipeline(scorer=False)(Article("Russland hat die Ukraine angegriffen, auch Belarus.", id="t", lang="de"))
    assert doc.events and plain.events
    assert _sentence_cues(doc, doc.events[0]).get("negation") == 1.0
    assert "negation" not in _sentence_cues(plain, plain.events[0])


def test_english_reading_words_are_trigger_data() -> None:
    triggers = load("triggers", "en")
    context = triggers["type_context"]
    assert "to" in triggers["pattern_particles"] and "the" in triggers["phrase_determiners"]
    assert "in" in context["bare_followers"] and "them" in context["personal_objects"]
    assert "a" in context["noun_openers"]
    from lagebild.extract.trigger_context import TypeContext

    read = TypeContext.from_data({"type_context": {"noun_openers": ["a"], "bare_followers": ["in"],
                                                   "personal_objects": ["them"]}}, [], {})
    assert read.noun_openers == {"a"} and read.readings.bare_followers == {"in"}
    assert read.readings.personal_objects == {"them"}
    assert TypeContext.from_data({}, [], {}).noun_openers == frozenset()  # German: no such words


def test_the_scorer_reads_its_closed_words_once_when_built_not_per_event(monkeypatch) -> None:  # noqa: ANN001
    """Round 33 speed check: closed_words per event cost ~100 us of loader look-ups each; the scorer holds them."""
    from lagebild.extract import scorer as sc

    doc = Pipeline(scorer=False)(Article("Russland hat die Ukraine angegriffen, nicht Belarus. Frankreich "
                                         "verurteilte den Angriff.", id="t", lang="de"))
    model = sc.EventScorer.load()
    assert model.closed["de"] == sc.closed_words("de") and model.closed["en"] == sc.closed_words("en")
    kept = model(doc)
    feats = sc.document_features(doc, doc.events, model.lemmas, candidates=True)

    def no_load(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the scorer read a resource per document")

    monkeypatch.setattr(sc, "load", no_load)
    assert model(doc) == kept  # the same events, without a resource read
    assert sc.document_features(doc, doc.events, model.lemmas, candidates=True, closed=model.closed["de"]) == feats
