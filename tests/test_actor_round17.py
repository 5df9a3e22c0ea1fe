"""Round 17 German doers (issues 13 and 14): members, leaders and staff of a body named before them are that body's
actors ("Parlamentsmitglied", "Gewerkschaftsführer"), a title of that kind names an unknown person after it, and a
plural passive agent ("von den Wahlverlierern angezweifelt") is the doer of a verbal act as a singular one is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, events, read


@pytest.mark.parametrize(("word", "sector"), [
    ("Parlamentsmitglieder", "LEG"), ("Kabinettsmitglieder", "GOV"), ("Regierungsmitglieder", "GOV"),
    ("Gewerkschaftsführer", "CIV"), ("Parteiführer", "LEG"), ("Polizeipersonal", "POL"),
    ("Parlamentspräsident", "LEG"), ("Anklagevertreter", "JUD"), ("Ermittlungsrichter", "JUD"),
    ("Regimegegner", "OPP"), ("Studierende", "CIV"), ("Sicherheitsleute", "POL"),
])
def test_a_member_leader_or_kind_of_a_body_is_an_actor_of_the_scene(de_mentions: Pipeline, word: str, sector: str) -> None:
    doc = read(de_mentions, f"In Kairo protestierten die {word} gegen die Regierung.")
    assert actor(doc, word) == ("EGY", sector)


@pytest.mark.parametrize("word", ["Vereinsmitglieder", "Reiseführer", "Familienangehörige"])
def test_members_of_no_actor_stay_no_actor(de_mentions: Pipeline, word: str) -> None:
    # the noun before the head must itself name a body: a club, a guide book, a family are none
    assert actor(read(de_mentions, f"In Kairo protestierten die {word} gegen die Regierung."), word) == (None, None)


def test_a_member_title_names_the_unknown_person_after_it(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "In Athen protestierten Tausende gegen die Regierung. Das Parlamentsmitglied Kostas "
                            "Athanassiadis kritisierte die Regierung.")
    assert actor(doc, "Athanassiadis") == ("GRC", "LEG")


@pytest.mark.parametrize("text", [
    "Im Iran wurde am Freitag gewählt. Das Ergebnis wurde von den Wahlverlierern angezweifelt.",
    "Im Iran wurde am Freitag gewählt. Das Ergebnis wurde von den Oppositionsparteien kritisiert.",
    "Im Iran wurde am Freitag gewählt. Das Ergebnis wurde vom Wahlverlierer kritisiert.",  # as before
])
def test_a_plural_passive_agent_criticises(de_rules: Pipeline, text: str) -> None:
    got = events(de_rules, text)
    assert ("ACCUSE", "IRN", "IRN") in got


def test_an_agent_after_a_modal_is_another_verbs(de_rules: Pipeline) -> None:
    # "muss" is no demand of the court: the court is the agent of "bestätigt werden"
    doc = read(de_rules, "In Ankara wurde Wikipedia gesperrt. Wie die Gruppe der Zeitung sagte, muss die Sperre nicht von "
                         "einem Gericht bestätigt werden.")
    assert not [e for e in doc.events if e.event_type == "REQUEST"]


@pytest.mark.parametrize(("text", "source"), [
    # "der" opens no plural subject: before a plural verb the phrase is a dative, the subject follows the verb
    ("Der Regierung Syriens warfen die USA Kriegsverbrechen vor.", "USA"),
    ("In Kairo eskaliert die Lage. Der Regierung warfen die Oppositionsparteien Wahlbetrug vor.", "EGY"),
    # a singular verb, or a coordination before a plural one: "der" opens the subject
    ("Der Präsident und der Kanzler forderten ein Ende der Gewalt in Syrien.", "SYR"),
])
def test_a_dative_before_a_plural_verb_is_no_doer(de_rules: Pipeline, text: str, source: str) -> None:
    told = read(de_rules, text).events
    assert told and all(e.source is not None and e.source.country == source for e in told)
    if source == "EGY":
        assert {e.source.sector for e in told if e.source is not None} == {"OPP"}
