"""Round 35 (review35): word lists that stood in Python are data in resources/<lang>/, read by the one loader.
Sentences written for these tests; each reading test fails when its list is emptied (checked by hand), the others
say which resource key each rule now reads."""

from __future__ import annotations

import pytest

from lagebild.extract.claims import ClaimCues
from lagebild.knowledge.resources import load

from .test_claims import events
from .test_context import found
from .test_language import quantities


def test_a_countrys_possessive_makes_it_an_owner_not_the_object() -> None:
    """possessive_clitics (en/lexicon.yaml): "Burma's neighbours" are criticised, not Burma, so the bare government
    is Burma's; with Burma itself the object it is left without a country (context._object_country)."""
    owner = found("Burma is under pressure.\n\nThe government criticised Burma's neighbours.", "en")
    assert ("government", "MMR", "sector+article") in owner
    plain = found("Burma is under pressure.\n\nThe government criticised Burma sharply.", "en")
    assert ("government", None, "sector") in plain


def test_a_range_of_number_words_before_a_span_of_time_counts_nothing() -> None:
    """range_words (numbers.yaml): "five or six days" is one span of time, so neither word counts a noun."""
    assert quantities("The fighting went on for five or six days.", "en") == []
    assert [q[1] for q in quantities("Gunmen killed five or six villagers.", "en")] == [5, 6]


def test_a_weak_past_of_a_light_verb_carries_its_noun() -> None:
    """weak_past_endings (de/lexicon.yaml): "verübte" is "verüben" less "-te", a light verb for "Anschlag"."""
    assert any(e["event_type"] == "ASSAULT" for e in events("Die Armee verübte einen Anschlag auf Polen.", "de"))


def test_a_split_future_verb_keeps_its_particle_before_a_coordinated_verb() -> None:
    """particle_followers (de/claims.yaml): "kündigte ... an oder drohte": the particle closes its clause before
    "oder", so the announcement is a future cue."""
    text = "Russland kündigte Sanktionen gegen Polen an oder drohte damit."
    assert [e["modality"] for e in events(text, "de") if e["event_type"] == "THREATEN"] == ["future"]


@pytest.mark.parametrize(("lang", "key", "words"), [
    ("de", "trailing_adverbs", {"weiter", "zudem", "auch"}),  # ", so Scholz weiter."
    ("en", "frame_tail_stops", {"that"}),  # ", officials said that ..."
    # names of either language stand in both languages' news ("Ursula von der Leyen", "Institute for the Study of War")
    ("de", "phrase_words", {"von", "vom", "des", "der", "of", "the", ","}),
    ("en", "phrase_words", {"von", "vom", "des", "der", "of", "the", ","}),
    ("de", "phrase_tails", {"von", "vom", "des", "der", "den", "dem", "die", "das", "of", "the"}),
    ("en", "phrase_tails", {"von", "vom", "des", "der", "den", "dem", "die", "das", "of", "the"}),
    ("de", "name_linkers", {"für", "for"}),
    ("en", "name_linkers", {"für", "for"}),
    ("de", "particle_followers", {"und", "oder"}),
])
def test_claim_cue_words_come_from_claims_yaml(lang: str, key: str, words: set[str]) -> None:
    cues = ClaimCues(lang, load("claims", lang), load("lexicon", lang))
    assert getattr(cues, key) == frozenset(words)


def test_the_german_stem_endings_are_data_and_english_has_none() -> None:
    """modality._bare_infinitive reads "schick" + "en" as an infinitive only in German."""
    de = ClaimCues("de", load("claims", "de"), load("lexicon", "de"))
    en = ClaimCues("en", load("claims", "en"), load("lexicon", "en"))
    assert de.stem_endings == ("en", "n", "ern", "eln") and en.stem_endings == ()


@pytest.mark.parametrize(("lang", "goal"), [("de", ["nach"]), ("en", ["to"])])
def test_the_goal_prepositions_are_each_languages_own(lang: str, goal: list[str]) -> None:
    """events.py: a located place after one of these ("nach Belarus", "to Belarus") may still take a role."""
    assert load("lexicon", lang)["goal_prepositions"] == goal


def test_english_preposition_words_are_parse_roles_and_trigger_data() -> None:
    """roles_en / role_finder_en ("an end to", "called for", "aid from") and trigger_readings ("pulled out of the
    race") read their prepositions from en/lexicon.yaml and en/triggers.yaml."""
    from lagebild.extract.roles_en import EnglishSyntax
    from lagebild.extract.rules import Rule
    from lagebild.extract.trigger_readings import Readings
    from lagebild.extract.triggers import load_triggers

    syntax = EnglishSyntax(load("lexicon", "en"))
    assert syntax.end_preps == {"to", "of"} and syntax.demand_preps == {"for"} and syntax.giver_preps == {"from"}
    triggers = load_triggers("en")
    readings = Readings.from_data(triggers["type_context"], [Rule.from_data(r) for r in triggers["rules"]])
    assert readings.exit_preps == {"from", "of"} and readings.exit_particles == {"out"}


def test_feminine_noun_endings_are_german_lexicon_data() -> None:
    """forms_de.noun_genitives: "des Verfassungsschutzes", but no "-s" genitive of a name with a feminine ending."""
    from lagebild.knowledge.forms_de import noun_genitives

    feminine = tuple(load("lexicon", "de")["feminine_noun_endings"])
    assert noun_genitives("Verfassungsschutz", feminine) == ["Verfassungsschutzes"]
    assert noun_genitives("Bundesheer", feminine) == ["Bundesheers", "Bundesheeres"]
    assert noun_genitives("Staatsanwaltschaft", feminine) == []
    assert noun_genitives("Staatsanwaltschaft", ()) == ["Staatsanwaltschafts", "Staatsanwaltschaftes"]
    assert load("lexicon", "de")["people_plural_endings"] == ["n"] and "people_plural_endings" not in load("lexicon", "en")
