"""English nouns formed from the trigger lexicon (round 16, gsr16): the nominalisation of an event verb names its act
("confiscate" -> "confiscation", "imprison" -> "imprisonment", "suspend" -> "suspension") and plurals follow their
singular ("condemnations"), by the suffix rules of en/triggers.yaml `derived_nouns`, where the English dictionary
knows the word; a formed word that is another word ("signal" of "sign") or names no act ("conviction" as a belief)
stays out. The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.derived_nouns import NounFormation

from .test_triggers_en_nominal import _events, _types

ENGLISH = NounFormation.from_data({"verb_endings": [["ate", "ation"], ["ise", "isation"], ["", "ment"], ["y", "ial"],
                                                    ["end", "ension"]],
                                   "plural_endings": [["ion", "ions"], ["ment", "ments"]]})


def test_every_matching_ending_forms_a_candidate() -> None:
    assert ENGLISH.verb_nouns("confiscate") == ["confiscation", "confiscatement"]
    assert ENGLISH.verb_nouns("deny") == ["denyment", "denial"]
    assert ENGLISH.verb_nouns("suspend") == ["suspendment", "suspension"]
    # too short a stem forms nothing from that ending
    assert ENGLISH.verb_nouns("ate") == ["atement"]


def test_the_dictionary_keeps_the_word_that_exists() -> None:
    from lagebild.extract.rules import Rule

    rule = Rule(type="COERCE", verbs={"confiscate"})
    formed = ENGLISH.nouns({"confiscate": [rule]}, {}, lambda w: w in {"confiscation", "confiscations"})
    assert set(formed) == {"confiscation", "confiscations"}
    # a verb that fires only with a cue word names no act by its noun
    cued = Rule(type="COERCE", verbs={"confiscate"}, with_any={"land"})
    assert ENGLISH.nouns({"confiscate": [cued]}, {}, lambda w: True) == {}


def test_a_formed_noun_is_a_trigger_with_its_verbs_type() -> None:
    assert [(t, s, g) for t, _, s, g in _events("Israeli forces carried out the confiscation of Palestinian land.")] == [
        ("COERCE", "ISR", "PSE")]
    assert [(t, s, g) for t, _, s, g in _events("Russia's imprisonment of Ukrainian journalists drew criticism.")] == [
        ("COERCE", "RUS", "UKR")]
    assert [(t, s) for t, _, s, _ in _events("Egypt announced the suspension of gas exports to Israel.")] == [
        ("SANCTION", "EGY")]
    assert [(t, s) for t, _, s, _ in _events("Britain voiced objections to the French plan.")] == [("REJECT", "GBR")]


def test_a_plural_follows_its_listed_singular() -> None:
    assert [(t, s) for t, _, s, _ in _events("China issued condemnations of the Japanese visit.")] == [("ACCUSE", "CHN")]


def test_formed_words_of_another_sense_stay_out() -> None:
    assert _types("His conviction that Iran would comply was strong.") == []
    assert _types("The commission said Iran had complied.") == []
    assert _types("Several Kenyan officials met in Nairobi.") == []
