"""Function words are language data (review38): the "to", "of", "by", "with", "out", "among", "that", "the", "-ing"
the English readings test and the German "und" of a reported clause's subject, "durch" of an act noun's doer and
fused "zu" of "anzugreifen" come from the lexicon's ``function_words`` (knowledge/function_words.py), not from
Python. Each reading test also shows it changes with the data (a LAGEBILD_RESOURCES lexicon without the word). The
sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from lagebild.extract.content_verbs import infinitive_lemma
from lagebild.knowledge.function_words import function_words
from lagebild.knowledge.resources import PACKAGE_RESOURCES, clear_cache
from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline, _event_extractor, language_kit


def _doc(text: str, lang: str) -> Doc:
    return Pipeline(components=["segment"])(Article(text, id="t", lang=lang))


@pytest.fixture
def without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Call with (lang, role): that language's lexicon, its ``function_words`` role emptied, is found first."""

    def empty(lang: str, role: str) -> None:
        lex = yaml.safe_load((PACKAGE_RESOURCES / lang / "lexicon.yaml").read_text(encoding="utf-8"))
        lex["function_words"][role] = []
        (tmp_path / lang).mkdir(exist_ok=True)
        (tmp_path / lang / "lexicon.yaml").write_text(yaml.safe_dump(lex, allow_unicode=True), encoding="utf-8")
        monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path))

    yield empty
    monkeypatch.delenv("LAGEBILD_RESOURCES", raising=False)
    clear_cache()


def test_the_function_words_are_each_languages_lexicon() -> None:
    en, de = function_words("en"), function_words("de")
    assert en.infinitive_markers == {"to"} and en.genitive_prepositions == {"of"} and en.agent_prepositions == {"by"}
    assert en.exit_particles == {"out"} and en.origin_prepositions == {"from"} and en.gerund_endings == ("ing",)
    assert en.definite_articles == {"the"} and de.agent_prepositions == {"durch"}
    assert de.subject_coordinators == {"und"} and not de.infinitive_markers and de.gerund_endings == ()
    assert not en.subject_coordinators  # English reads no German "und"


def test_an_ordered_infinitive_is_found_by_the_lexicons_infinitive_marker(without: object) -> None:
    doc = _doc("The general ordered the brigade to leave the town.", "en")
    verb = [t.lower for t in doc.tokens].index("ordered")
    assert infinitive_lemma(doc, verb, None) == "leave"
    without("en", "infinitive_markers")  # type: ignore[operator]
    assert function_words("en").infinitive_markers == frozenset()
    assert infinitive_lemma(doc, verb, None) is None


def test_a_reported_subject_joined_by_und_is_read_by_the_lexicons_coordinator(without: object) -> None:
    cues = _event_extractor(language_kit("de")).cues
    doc = _doc("Die Ukraine erklärte, Russland und Belarus seien für den Angriff verantwortlich.", "de")
    comma = [t.lower for t in doc.tokens].index(",")
    assert cues.opens_reported(doc, comma)
    without("de", "subject_coordinators")  # type: ignore[operator]
    assert not cues.opens_reported(doc, comma)  # "und" no longer stands inside the subject noun phrase


def test_clear_cache_forgets_the_function_words(without: object) -> None:
    before = function_words("en")
    assert function_words("en") is before  # read once per search path
    clear_cache()
    assert function_words("en") == before and function_words("en") is not before


def test_an_act_nouns_durch_doer_is_the_lexicons_agent_preposition(without: object) -> None:
    from lagebild.extract.phrases_de import nominal_agent

    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article("Die Festnahme der Fischer durch die iranische Marine wurde verurteilt.", id="t", lang="de"))
    noun = [t.lower for t in doc.tokens].index("festnahme")
    found = nominal_agent(doc, noun, doc.mentions, len(doc.tokens))
    assert found is not None and found.actor is not None and found.actor.country == "IRN"
    without("de", "agent_prepositions")  # type: ignore[operator]
    assert nominal_agent(doc, noun, doc.mentions, len(doc.tokens)) is None


def test_a_one_word_zu_infinitive_is_found_by_the_lexicons_marker() -> None:
    from lagebild.extract.trigger_readings_de import _fused_zu

    zu = function_words("de").fused_infinitive_markers
    assert zu == {"zu"}
    assert _fused_zu("anzugreifen", "angreifen", zu) and _fused_zu("abzuziehen", "abziehen", zu)
    assert not _fused_zu("zugehen", "gehen", zu)  # a leading "zu" is a particle, not the infix
    assert not _fused_zu("anzugreifen", "angreifen", frozenset())


def test_a_state_passive_is_told_by_the_readings_state_agents() -> None:
    import dataclasses

    from lagebild.extract.trigger_readings_de import GermanReadings
    from lagebild.knowledge.resources import load

    readings = GermanReadings.from_data(load("triggers", "de").get("readings"))
    assert readings.state_agents == {"von", "vom", "durch"}
    doc = _doc("Nun ist von der Regierung ein Gesetz gefordert.", "de")
    low = [t.lower for t in doc.tokens]
    i, words = low.index("gefordert"), set(low)
    assert not readings._state(doc, i, 0, len(low), words)  # an agent: a demand made, no state
    assert dataclasses.replace(readings, state_agents=frozenset())._state(doc, i, 0, len(low), words)


def test_an_apposition_opens_with_one_of_the_lexicons_determiners() -> None:
    from lagebild.extract.phrases_de import in_apposition
    from lagebild.knowledge.resources import load

    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(
        Article("Der Präsident, ein enger Verbündeter Frankreichs, kritisierte den Plan.", id="t", lang="de"))
    france = next(m for m in doc.mentions if m.actor is not None and m.actor.country == "FRA")
    determiners = set(load("lexicon", "de")["determiners"])
    end = len(doc.tokens)
    assert in_apposition(doc, 0, end, france, determiners, lambda i: False)
    assert not in_apposition(doc, 0, end, france, determiners - {"ein"}, lambda i: False)


def test_an_adjective_first_in_a_long_name_keeps_its_form_by_the_claims_endings() -> None:
    import copy

    cues = _event_extractor(language_kit("de")).cues
    assert cues.name_adjective_endings == ("en", "er")
    doc = _doc("Einer Erklärung des Verbandes Deutscher Journalisten (VDJ) zufolge streikten sie.", "de")
    doc2 = _doc("Einer Erklärung des Deutschen Journalistenverbandes (DJV) zufolge streikten sie.", "de")
    close = [t.text for t in doc.tokens].index(")") + 1
    assert cues._acronym_long_name(doc, 1, close) == "Verband Deutscher Journalisten"  # the head in the nominative
    loose = copy.copy(cues)
    loose.name_genitive_endings = [*cues.name_genitive_endings, ("en", "e")]  # an ending an adjective also has
    close2 = [t.text for t in doc2.tokens].index(")") + 1
    assert loose._acronym_long_name(doc2, 1, close2) == "Deutschen Journalistenverbandes"  # the adjective kept
    loose.name_adjective_endings = ()
    assert loose._acronym_long_name(doc2, 1, close2) == "Deutsche Journalistenverbandes"
