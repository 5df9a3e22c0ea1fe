"""review39: ``clear_cache`` forgets every module-level cache of the package (before: helped_doers_en's helper verbs,
the language kits, the date and number words and a dozen more outlived it, so an edited resource was read only by a
new process), and the rebels that never take a foreign army's country are read with the rest of the lexicon
(mention_lexicon.Lexicon, extractor_setup), not by a loader of rebel_home's own. Sentences written for these tests."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import lagebild
from lagebild.extract.mention_lexicon import Lexicon
from lagebild.knowledge import resources
from lagebild.knowledge.resources import PACKAGE_RESOURCES, clear_cache, load

from .event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


def _module_caches() -> dict[str, Any]:
    """Every functools cache defined at module level in the package, by its dotted name."""
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(lagebild.__path__, "lagebild."):
        if info.name.endswith("__main__"):
            continue  # runs the command line when imported
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if callable(getattr(value, "cache_clear", None)) and callable(getattr(value, "cache_info", None)) \
                    and getattr(value, "__module__", None) == module.__name__:
                found[f"{info.name}.{name}"] = value
    return found


def test_every_module_level_cache_is_one_clear_cache_forgets() -> None:
    caches = _module_caches()
    assert "lagebild.extract.helped_doers_en._helpers" in caches and "lagebild.pipeline.language_kit" in caches
    registered = {id(f) for f in resources._DERIVED}
    assert [name for name, f in caches.items() if id(f) not in registered] == []  # each made by derived_cache


def test_clear_cache_empties_the_caches_an_extraction_filled() -> None:
    event_rows("Iran helped Russia attack Ukraine on Monday.", "en")
    event_rows("Russland griff am Montag die Ukraine an.", "de")
    caches = _module_caches()
    filled = [name for name, f in caches.items() if f.cache_info().currsize]
    assert "lagebild.extract.helped_doers_en._helpers" in filled and "lagebild.pipeline.language_kit" in filled
    clear_cache()
    assert [name for name in filled if caches[name].cache_info().currsize] == []


def test_clear_cache_forgets_a_workers_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.ingest import parallel

    monkeypatch.setattr(parallel, "_PIPELINE", object())
    monkeypatch.setattr(parallel, "_WARM", {"de"})
    clear_cache()
    assert parallel._PIPELINE is None and parallel._WARM == set()


def test_the_rebel_sectors_are_the_lexicons() -> None:
    assert Lexicon.from_data(load("lexicon", "en")).rebel_sectors == frozenset({"REB"})
    assert Lexicon.from_data(load("lexicon", "de")).rebel_sectors == frozenset()  # German articles were not read for it


@pytest.fixture
def without_rebels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An English lexicon without ``foreign_army_rebels`` found first, the caches cleared to read it."""
    lex = yaml.load((PACKAGE_RESOURCES / "en" / "lexicon.yaml").read_text(encoding="utf-8"),  # noqa: S506 - safe
                    Loader=resources._LOADER)  # YAML 1.2 booleans, as the loader reads it: "on" stays a word
    del lex["foreign_army_rebels"]
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "lexicon.yaml").write_text(yaml.safe_dump(lex, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path))
    clear_cache()
    yield
    monkeypatch.delenv("LAGEBILD_RESOURCES", raising=False)
    clear_cache()


_REBELS = "American troops entered Fallujah on Tuesday. Insurgents fired mortars at the base."


@pytest.mark.usefixtures("rules_only")
def test_insurgents_take_the_place_while_the_lexicon_names_their_sector() -> None:
    assert event_rows(_REBELS, "en") == [("ASSAULT", "IRQ", None)]


@pytest.mark.usefixtures("rules_only", "without_rebels")
def test_without_the_lexicons_rebels_the_insurgents_keep_the_guess() -> None:
    assert Lexicon.from_data(load("lexicon", "en")).rebel_sectors == frozenset()
    assert event_rows(_REBELS, "en") != [("ASSAULT", "IRQ", None)]


def _own_actor(text: str, lang: str, noun: str) -> bool:
    """Whether the extractor reads the act noun ``noun`` of ``text`` as one with its own doer."""
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline, _event_extractor, language_kit

    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang=lang))
    reader = _event_extractor(language_kit(lang)).for_document()
    reader._index(doc)
    return reader._own_actor(doc, [t.lower for t in doc.tokens].index(noun))


@pytest.mark.parametrize(("text", "lang", "noun", "own"), [
    ("Die Blockade von Israel verurteilte die Türkei scharf.", "de", "blockade", True),  # de: "von"
    ("Die Blockade des Hafens verurteilte die Türkei scharf.", "de", "blockade", False),  # a place, no doer
    ("The blockade of Israel was condemned by Turkey.", "en", "blockade", True),  # en: "of"
    ("The blockade von Israel was condemned by Turkey.", "en", "blockade", False),  # German "von" is no English link
])
def test_an_act_nouns_own_doer_follows_its_languages_link(text: str, lang: str, noun: str, own: bool) -> None:
    """trigger_finder._own_actor reads the link before the doer from the language's lexicon (``genitive_links`` and
    ``noun_link_prepositions``), not one set of "von" and "of" for both languages."""
    assert _own_actor(text, lang, noun) is own


def test_whether_nouns_are_capitalised_is_the_lexicons() -> None:
    """person_names, mentions, surnames and numbers read one lexicon flag (was a set {"de"} in Python and a second
    flag in de/numbers.yaml)."""
    from lagebild.extract.person_names import nouns_capitalised, person_name

    assert nouns_capitalised("de") and not nouns_capitalised("en")
    assert person_name(["Hans", "Fischer"], "de")  # a given name before a capitalised word, a dictionary word too


def test_the_number_words_read_the_lexicons_flag(without_capitals: None) -> None:
    from lagebild.language.numbers import _data

    assert _data("de")["nouns_capitalised"] is False  # de/numbers.yaml holds the flag no more


@pytest.fixture
def without_capitals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A German lexicon without ``nouns_capitalised`` found first."""
    lex = yaml.load((PACKAGE_RESOURCES / "de" / "lexicon.yaml").read_text(encoding="utf-8"),  # noqa: S506 - safe
                    Loader=resources._LOADER)
    assert lex.pop("nouns_capitalised") is True
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "lexicon.yaml").write_text(yaml.safe_dump(lex, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path))
    clear_cache()
    yield
    monkeypatch.delenv("LAGEBILD_RESOURCES", raising=False)
    clear_cache()


def test_without_the_flag_a_given_name_no_longer_marks_a_german_name(without_capitals: None) -> None:
    from lagebild.extract.person_names import nouns_capitalised, person_name

    assert not nouns_capitalised("de") and not person_name(["Hans", "Fischer"], "de")


def test_the_case_forms_of_act_nouns_follow_the_triggers_endings() -> None:
    """incidents_de.noun_case_forms: which noun endings take the plural ending and which final letters are no
    consonant are de/triggers.yaml data (``plural_stems``, ``not_consonants``), no longer Python literals."""
    from lagebild.extract.incidents_de import noun_case_forms

    nouns = {"angriffe": 0, "gespräche": 0, "besuch": 0, "kritik": 0}
    endings = load("triggers", "de")["noun_case_endings"]
    assert noun_case_forms(nouns, endings) == {"angriffen": "angriffe", "gesprächen": "gespräche"}
    genitive = {**endings, "consonant": ["s"]}  # the genitive endings are off in the data; switched on here
    assert noun_case_forms(nouns, genitive) == {"angriffen": "angriffe", "gesprächen": "gespräche", "besuchs": "besuch",
                                                "kritiks": "kritik"}
    assert noun_case_forms(nouns, {**genitive, "not_consonants": [*endings["not_consonants"], "k"]})["besuchs"] == "besuch"
    assert "kritiks" not in noun_case_forms(nouns, {**genitive, "not_consonants": [*endings["not_consonants"], "k"]})
    assert noun_case_forms(nouns, {**endings, "plural_stems": []}) == {}
