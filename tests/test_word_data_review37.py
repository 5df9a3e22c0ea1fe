"""Word lists are language data (review37): the endings the clause splitter, the judgement rules and the addressee
comma read, the impersonal "es" of a happening and the act noun's "von"/"of" come from <lang>/lexicon.yaml, not from
Python. Each test also shows the reading changes with the data. The sentences are written for these tests."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from lagebild.extract.clauses import ClauseWords, split_clauses
from lagebild.extract.incidents_de import happening
from lagebild.extract.judgements import judgement_rules
from lagebild.extract.roles_de import CaseWords
from lagebild.knowledge.resources import load
from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline, _event_extractor, language_kit


def _doc(text: str, lang: str = "de") -> Doc:
    return Pipeline(components=["segment"])(Article(text, id="t", lang=lang))


def _clauses(text: str, words: ClauseWords) -> int:
    lex = load("lexicon", "de")
    return len(split_clauses(_doc(text), 0, set(lex["clause_breaks"]), set(lex["weak_clause_breaks"]),
                             finite=set(lex.get("finite_auxiliaries") or []), words=words))


def test_an_inflected_word_after_und_opens_no_clause_by_the_lexicons_endings() -> None:
    words = ClauseWords.from_data(load("lexicon", "de").get("clause_words"))
    assert {"e", "en", "ern"} <= set(words.nonverb_endings) and isinstance(words.nonverb_endings, tuple)
    assert _clauses("Die Armee zog ab und neue Truppen kamen.", words) == 1
    assert _clauses("Die Armee zog ab und neue Truppen kamen.", dataclasses.replace(words, nonverb_endings=())) == 2
    assert _clauses("Die Armee zog ab und schoss auf die Stadt.", words) == 2  # a verb still opens one


def test_a_happening_needs_the_lexicons_impersonal_subject() -> None:
    words = CaseWords.from_lex(load("lexicon", "de"))
    assert words.happening_subjects == {"es"}
    doc = _doc("Am Montag kam es in der Stadt zu Zusammenstößen.")
    prep = [t.lower for t in doc.tokens].index("zu")
    assert happening(doc, 0, prep, words)
    assert not happening(doc, 0, prep, dataclasses.replace(words, happening_subjects=frozenset()))


def test_judgement_adjectives_take_the_lexicons_endings() -> None:
    assert "=unverantwortlichen" in str(judgement_rules("de"))  # "einen unverantwortlichen Schritt"
    english = str(judgement_rules("en"))
    assert "=irresponsible" in english and "=irresponsibleen" not in english  # English: the base form alone


@pytest.mark.parametrize(("lang", "preps"), [("de", {"von"}), ("en", {"of"})])
def test_an_act_nouns_own_preposition_is_language_data(lang: str, preps: set[str]) -> None:
    assert _event_extractor(language_kit(lang)).noun_link_preps == preps


def test_the_addressee_before_the_comma_is_read_by_the_lexicons_adjective_endings() -> None:
    cues = _event_extractor(language_kit("de")).cues
    doc = _doc("Der Minister sagte der russischen Nachrichtenagentur Interfax, die Truppen seien abgezogen.")
    low = [t.lower for t in doc.tokens]
    verb, comma = low.index("sagte"), low.index(",")
    assert cues._addressee_comma(doc, verb, len(low)) == comma
    bare = copy.copy(cues)
    bare.adjective_endings = ()
    assert bare._addressee_comma(doc, verb, len(low)) is None  # "russischen" no longer reads as inflected


def test_a_zu_clause_after_the_trigger_is_told_by_the_lexicons_infinitive_marker() -> None:
    extractor = _event_extractor(language_kit("de"))
    targets = extractor.targets_de
    assert targets.infinitive_markers == {"zu"}
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article("Die Bundesregierung forderte am Montag, die Gewalt in Darfur zu beenden.", id="t", lang="de"))
    comma = [t.lower for t in doc.tokens].index(",")
    etype = sorted(targets.act_place_types)[0]
    found = targets.act_place(doc, etype, comma, doc.mentions, None, extractor.inside_preps)
    assert found is not None and found.country == "SDN"
    bare = dataclasses.replace(targets, infinitive_markers=frozenset())
    assert bare.act_place(doc, etype, comma, doc.mentions, None, extractor.inside_preps) is None
