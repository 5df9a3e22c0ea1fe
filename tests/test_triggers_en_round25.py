"""English trigger breadth (round 25, trgen25): every trigger noun in its regular plural too ("ceasefires",
"seizures", "ultimatums"), not only the -ion/-ment/-al nouns, less plurals that name another thing (the disease
"AIDS", "press releases"); and phrasal verbs whose particle makes the act ("sealed off", "locked up", "spoke out
against", "bailed out"). The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.derived_nouns import NounFormation

from .test_triggers_en_nominal import _events, _types

GENERIC = NounFormation.from_data({"plural_endings": [["ion", "ions"], ["ch", "ches"], ["y", "ies"], ["", "s"]]})


def test_the_empty_ending_adds_to_the_whole_noun() -> None:
    assert GENERIC.plural("ceasefire") == "ceasefires"
    assert GENERIC.plural("ultimatum") == "ultimatums"
    # the first ending that fits forms the plural
    assert GENERIC.plural("detention") == "detentions"
    assert GENERIC.plural("march") == "marches"
    assert GENERIC.plural("solidarity") == "solidarities"


def test_plurals_of_listed_nouns_are_triggers() -> None:
    assert [(t, s, g) for t, _, s, g in _events("Russian seizures of Ukrainian ships angered Kyiv.")] == [
        ("COERCE", "RUS", "UKR")]
    assert [(t, s, g) for t, _, s, g in _events("Turkish ultimatums to Syria went unanswered.")] == [
        ("THREATEN", "TUR", "SYR")]
    assert "RETREAT" in _types("Israeli and Lebanese ceasefires held in the south.")


def test_plurals_that_name_another_thing_stay_out() -> None:
    assert _types("Indian press releases about Pakistan appeared on Monday.") == []
    assert _types("Kenya reported that Ugandan AIDS clinics closed.") == []


def test_phrasal_verbs_whose_particle_makes_the_act() -> None:
    assert [(t, m, s, g) for t, m, s, g in _events("Chinese police cordoned off the Japanese embassy in Beijing.")] == [
        ("COERCE", "restrict", "CHN", "JPN")]
    assert [(t, m, s) for t, m, s, _ in _events("Iraqi police locked up three Iranian pilgrims in Basra.")] == [
        ("COERCE", "arrest", "IRQ")]
    assert ("ACCUSE", "disapprove", "EGY", "ISR") in _events("Egypt spoke out against the Israeli raid.")
    assert [(t, s, g) for t, _, s, g in _events("France bailed out Greek banks.")] == [("AID", "FRA", "GRC")]


def test_the_verb_without_its_particle_or_target_is_no_such_act() -> None:
    assert "COERCE" not in _types("China sealed the deal with Brazil.")
    assert "COERCE" not in _types("Germany locked the documents in a safe.")
    # speaking out with no one spoken against accuses no one
    assert _types("The Russian minister spoke out in Moscow.") == []
