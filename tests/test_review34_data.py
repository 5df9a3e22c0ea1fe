"""Round 34 (review34): language knowledge that was written in Python is read from the lexicon, so the readings
depend on the data. Sentences are written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lagebild.extract.targets_de import GermanTargets
from lagebild.extract.trailing_acts_de import TrailingActs, TrailingRoles
from lagebild.extract.trigger_finder import _possessed
from lagebild.knowledge.resources import load, lower_words
from lagebild.language.segment import segment
from lagebild.model import Article, Doc


def _doc(text: str, lang: str) -> Doc:
    return segment(Doc(Article(text), lang=lang))


def test_german_von_nouns_take_the_endings_the_lexicon_lists() -> None:
    targets = GermanTargets.from_lexicon(load("lexicon", "de"))
    assert {"angriff", "angriffe", "angriffs", "angriffen"} <= targets.von_doer_nouns
    assert {"festnahme", "festnahmen"} <= targets.von_patient_nouns
    own = GermanTargets.from_lexicon({"role_targets": {"von_doer_nouns": ["Angriff"], "noun_endings": ["", "x"]}})
    assert own.von_doer_nouns == frozenset({"angriff", "angriffx"})
    bare = GermanTargets.from_lexicon({"role_targets": {"von_doer_nouns": ["Angriff"]}})
    assert bare.von_doer_nouns == frozenset({"angriff"})


def test_a_possessive_clitic_names_the_doer_only_where_the_lexicon_lists_it() -> None:
    clitics = frozenset(load("lexicon", "en")["possessive_clitics"])
    doc = _doc("Russia's attacks continued.", "en")
    noun = next(i for i, t in enumerate(doc.tokens) if t.text == "attacks")
    assert _possessed(doc, noun, None, clitics)
    assert not _possessed(doc, noun, None, frozenset())
    plain = _doc("The attacks continued.", "en")
    assert not _possessed(plain, next(i for i, t in enumerate(plain.tokens) if t.text == "attacks"), None, clitics)


def test_a_trailing_speech_act_reads_as_a_typed_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """None: no act told after its content (the caller's reading decides); TrailingRoles: such an act, whose roles
    are None where the words after the verb name no actor (no event), else its (source, target)."""
    doc = _doc("Die Steuern müssten sinken, fordert die Partei.", "de")
    verb = next(i for i, t in enumerate(doc.tokens) if t.text == "fordert")
    clause = SimpleNamespace(sent=0, end=len(doc.tokens))
    trig = SimpleNamespace(tok=verb, rule=SimpleNamespace(target_preps=frozenset()))
    acts = TrailingActs(types=frozenset({"REQUEST"}))
    read = lambda: acts.speaker_roles(doc, clause, trig, [], frozenset(), lambda a, b: True, ())  # noqa: E731
    monkeypatch.setattr(TrailingActs, "comma", lambda *a: None)
    assert read() is None
    monkeypatch.setattr(TrailingActs, "comma", lambda *a: verb - 1)
    assert read() == TrailingRoles(None)  # no actor after the verb
    assert acts.speaker_roles(doc, clause, trig, [], frozenset({"die"}), lambda a, b: True, ()) is None  # a pronoun
    monkeypatch.setattr(TrailingActs, "roles", staticmethod(lambda *a: ("speaker", None)))
    assert read() == TrailingRoles(("speaker", None))  # type: ignore[arg-type]


def test_lower_words_reads_one_list_of_a_section_lower_cased() -> None:
    section = {"preps": ["Gegen", "für"], "none": None, "years": [1990]}
    assert lower_words(section, "preps") == frozenset({"gegen", "für"})
    assert lower_words(section, "none") == frozenset() and lower_words(section, "absent") == frozenset()
    assert lower_words(None, "preps") == frozenset()  # a missing section reads as empty
    assert lower_words(section, "years") == frozenset({"1990"})


def test_the_noun_after_an_object_preposition_is_what_the_verb_acts_on() -> None:
    """Readings._objects read the noun after "with", "of", "for" as an object: the prepositions are data now."""
    from lagebild.extract.trigger_readings import Readings

    assert lower_words(load("triggers", "en")["type_context"], "object_prepositions") == frozenset({"with", "of", "for"})
    doc = _doc("Protesters met with police.", "en")
    parse = SimpleNamespace(heads={0: 1, 1: 1, 2: 1, 3: 2, 4: 1}, deps={0: "nsubj", 1: "ROOT", 2: "prep", 3: "pobj"},
                            children={1: [0, 2, 4], 2: [3]}, tags={})
    assert "police" in Readings(object_prepositions=frozenset({"with"}))._objects(doc, 1, 0, 5, parse)  # type: ignore[arg-type]
    assert "police" not in Readings()._objects(doc, 1, 0, 5, parse)  # type: ignore[arg-type]
