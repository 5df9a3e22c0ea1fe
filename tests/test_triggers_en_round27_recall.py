"""English trigger breadth (round 27, trgen27): nouns that name the act of a trigger verb but no derivation ending
formed them: zero derivation ("a pledge", "the veto"), the -ation of a verb without "-ate" ("annexation" of annex),
"-ition"/"-iption" ("prohibition", "proscription"), the gerunds of hostile and release acts ("the storming of", "the
jailing of"). Readings that must stay out: an occupation (a job or a state), a ban, an easing or a recall (no noun
rule: a doping ban, monetary policy, a product), a shooting with no doer. The sentences are written for these tests."""

from __future__ import annotations

from lagebild.extract.derived_nouns import NounFormation

from .test_triggers_en_nominal import _events, _types

ENDINGS = NounFormation.from_data({"verb_endings": [["", "ation"], ["y", "ation"], ["it", "ition"], ["ibe", "iption"]]})


def test_the_new_endings_form_the_nouns() -> None:
    assert "annexation" in ENDINGS.verb_nouns("annex")
    assert "prohibition" in ENDINGS.verb_nouns("prohibit")
    assert "proscription" in ENDINGS.verb_nouns("proscribe")


def test_formed_nouns_name_the_verbs_act() -> None:
    assert ("COERCE", "RUS") in {(t, s) for t, _, s, _ in _events(
        "Russia's annexation of Crimea in 2014 was condemned by the United States.")}
    assert "COERCE" in _types("The prohibition of the opposition party by Belarus drew criticism.")


def test_zero_derived_and_gerund_nouns_name_the_act() -> None:
    assert ("REJECT", "RUS") in {(t, s) for t, _, s, _ in _events("Russia's veto of the resolution angered France.")}
    assert ("AGREE", "JPN", "UKR") in {(t, s, g) for t, _, s, g in _events(
        "Japan's pledge of $5 billion to Ukraine was welcomed in Kyiv.")}
    assert ("ASSAULT", "NGA") in {(t, s) for t, _, s, _ in _events(
        "The shooting of three protesters by Nigerian soldiers sparked outrage.")}
    assert ("COERCE", "CHN") in {(t, s) for t, _, s, _ in _events("The persecution of Uyghurs by China has been documented.")}
    assert ("AID", "USA", "DEU") in {(t, s, g) for t, _, s, g in _events(
        "The United States organised an airlift of food to Berlin.")}


def test_readings_that_stay_out() -> None:
    # a job, and an occupation that ends
    assert _types("He listed his occupation as engineer.") == []
    assert "COERCE" not in _types("Israel ended its occupation of Gaza in 2005.")
    # a ban, an easing, a recall is no trigger noun: a doping ban, monetary policy, a product
    assert _types("Kenya announced a ban on smoking in public places.") == []
    assert _types("The Kenyan athlete received a four-year ban for doping.") == []
    assert _types("The easing of monetary policy by the Bank of Japan lifted shares.") == []
    assert _types("The recall of two million cars by Toyota in Japan was announced.") == []
    assert _types("Norway's carbon capture project was praised.") == []
    # a shooting with no doer is no event
    assert _types("Police said the shooting in Texas left five dead.") == []
    # lifting a ban on trade concedes; the ban is the verb's object, not an act of its own
    assert "SANCTION" not in _types("China lifted its ban on beef imports from Australia.")


def test_gerunds_of_hostile_and_release_acts_name_the_act() -> None:
    assert ("ASSAULT", "IRN", "USA") in {(t, s, g) for t, _, s, g in _events(
        "The storming of the US embassy in Tehran by Iranian students began the crisis.")}
    assert ("COERCE", "EGY") in {(t, s) for t, _, s, _ in _events(
        "The jailing of three Al Jazeera journalists by Egypt drew protests.")}
    assert ("RETREAT", "release", "PSE", "ISR") in _events("The freeing of the Israeli hostages by Hamas was welcomed.")
    assert ("SANCTION", "BOL", "ISR") in {(t, s, g) for t, _, s, g in _events(
        "Bolivia announced the severing of ties with Israel.")}
    assert ("SANCTION", "expel", "POL", "RUS") in _events("The expelling of Russian diplomats by Poland angered Moscow.")


def test_gerunds_with_no_act_or_no_doer_stay_out() -> None:
    assert _types("The severing of his finger in an accident was painful.") == []
    assert _types("The sentencing guidelines were revised by the court.") == []
