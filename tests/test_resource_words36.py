"""Round 36 (review36): word lists that stood in Python are data in resources/, read by the one loader.
Sentences written for these tests; each reading test empties its list on the language's extractor and checks the
reading is lost, so the rule reads the data and not a copy left in code."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from lagebild.extract.claims import ClaimCues
from lagebild.knowledge.gazetteer import Role
from lagebild.knowledge.name_forms import PaternalNames, _paternal_form
from lagebild.knowledge.resources import load
from lagebild.pipeline import _event_extractor, language_kit
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _emptied(monkeypatch: pytest.MonkeyPatch, lang: str, attr: str, on: Any = None) -> None:
    """Empty one word set of the language's event extractor (or of ``on``) for the rest of the test."""
    target = on if on is not None else _event_extractor(language_kit(lang))
    monkeypatch.setattr(target, attr, frozenset())


@pytest.mark.parametrize(("text", "attr"), [
    ("Germany insisted that Poland reduce its spending.", "mandative_marks"),  # "that": a mandative clause
    ("Germany insisted that Poland should cut its spending.", "mandative_modals"),  # "should": a bare verb demands
])
def test_a_mandative_that_clause_reads_its_words_from_triggers_yaml(monkeypatch: pytest.MonkeyPatch, text: str,
                                                                    attr: str) -> None:
    """mandative_marks / mandative_modals (en/triggers.yaml; trigger_objects._mandative)."""
    assert ("REQUEST", "DEU", "POL") in event_rows(text, "en")
    _emptied(monkeypatch, "en", attr)
    assert ("REQUEST", "DEU", "POL") not in event_rows(text, "en")


@pytest.mark.parametrize(("text", "row"), [
    ("Egypt declared a state of emergency in Sinai.", ("COERCE", "EGY", "EGY")),  # "emergency" under "of"
    ("Kenya threw the Ugandan diplomats out of the country.", ("SANCTION", "KEN", "UGA")),  # "out": the pattern's word
])
def test_a_pattern_word_under_of_or_out_is_the_verbs_object(monkeypatch: pytest.MonkeyPatch, text: str,
                                                            row: tuple[str, str, str]) -> None:
    """object_phrase_prepositions (en/triggers.yaml; trigger_objects._object_word)."""
    assert row in event_rows(text, "en")
    _emptied(monkeypatch, "en", "object_phrase_preps")
    assert row not in event_rows(text, "en")


def test_a_presence_of_names_its_doer_with_the_lexicons_preposition(monkeypatch: pytest.MonkeyPatch) -> None:
    """act_doer.of_doer_prepositions (en/lexicon.yaml; targets_en.PlaceTargets.of_doer)."""
    # people protesting (round 38: a state's protest is ACCUSE, whose roles find the target without this list)
    text = "Vietnamese fishermen protested the presence of Chinese warships near the islands."
    assert ("PROTEST", "VNM", "CHN") in event_rows(text, "en")
    extractor = _event_extractor(language_kit("en"))
    monkeypatch.setattr(extractor, "place_targets", replace(extractor.place_targets, of_doer_preps=frozenset()))
    assert ("PROTEST", "VNM", "CHN") not in event_rows(text, "en")


def test_a_pronoun_adverb_for_the_opposed_thing_makes_a_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    """thing_pronouns (de/triggers.yaml; trigger_objects.thing_opposed): "sprach sich dagegen aus" rejects a thing."""
    text = "Polen sprach sich am Montag dagegen aus."
    assert "REJECT" in [r[0] for r in event_rows(text, "de")]
    _emptied(monkeypatch, "de", "thing_pronouns")
    assert "REJECT" not in [r[0] for r in event_rows(text, "de")]


@pytest.mark.parametrize(("lang", "key", "words"), [
    ("de", "phrase_stops", {"dass", "that", "zufolge"}),
    ("en", "phrase_stops", {"dass", "that", "zufolge"}),
    ("de", "verb_particles", {"mit", "bekannt", "fest", "an"}),
    ("en", "verb_particles", set()),
])
def test_speaker_phrase_words_come_from_claims_yaml(lang: str, key: str, words: set[str]) -> None:
    """speakers.SpeakerPhrases reads these from claims.yaml ``speakers``: the clause openers a speaker phrase after the
    verb stops at (names and quotes cross languages, so the same union in both, as the Python literal was) and the
    separable particles it does not end on ("teilte der Minister mit"), German only."""
    speakers = ClaimCues(lang, load("claims", lang), load("lexicon", lang)).speakers
    assert getattr(speakers, key) == words


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_names_preposition_does_not_end_a_speaker_phrase(lang: str) -> None:
    """phrase_end_exceptions (claims.yaml ``speakers``): the language's prepositions end the phrase after the verb,
    but "von"/"of" inside a name do not ("sagte der Sprecher von X")."""
    exceptions = set(load("claims", lang)["speakers"]["phrase_end_exceptions"])
    assert exceptions == {"von", "vom", "of"}
    speakers = ClaimCues(lang, load("claims", lang), load("lexicon", lang)).speakers
    assert speakers.phrase_ends and not speakers.phrase_ends & exceptions


def test_paternal_name_forms_read_their_countries_and_particles() -> None:
    """common/name_forms.yaml: a Colombian's "Alvaro Uribe Velez" is also "Alvaro Uribe"; a particle is never the
    word kept last ("Javier Murillo De La Rocha"), and a country not listed gets no such form."""
    names = PaternalNames.from_resources()
    assert "COL" in names.countries and "de" in names.particles and "BRA" not in names.countries
    colombian = (Role("COL", "GOV"),)
    assert _paternal_form("Alvaro Uribe Velez", colombian, frozenset(), names) == "Alvaro Uribe"
    assert _paternal_form("Javier Murillo De La Rocha", (Role("BOL", "GOV"),), frozenset(), names) is None
    no_particles = PaternalNames(names.countries, frozenset())
    assert _paternal_form("Javier Murillo De La Rocha", (Role("BOL", "GOV"),), frozenset(), no_particles) \
        == "Javier Murillo De La"
    assert _paternal_form("Alvaro Uribe Velez", colombian, frozenset(), PaternalNames(frozenset(), frozenset())) is None
