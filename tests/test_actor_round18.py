"""Round 18 German doers (issues 13 and 14): civic associations named by their kind ("der Arbeitskreis X", "die
Bürgerinitiative X") and prison guards are actors of the scene, and an unknown person's name before "vom"/"von der" and such a
group speaks for it ("Peter Maier vom Arbeitskreis X"), but not inside a passive, where the group is the doer; a
demonstrative subject ("Dieser wurde festgenommen") is the person named last. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, events, read


@pytest.mark.parametrize(("word", "sector"), [
    ("Arbeitskreis", "CIV"), ("Bürgerinitiative", "CIV"), ("Aktionsbündnis", "CIV"), ("Gefängniswärter", "POL"),
])
def test_a_civic_association_or_a_guard_is_an_actor_of_the_scene(de_mentions: Pipeline, word: str, sector: str) -> None:
    doc = read(de_mentions, f"In Wien demonstrierten Hunderte vor dem Parlament. Der {word} kritisierte die Regierung.")
    assert actor(doc, word) == ("AUT", sector)


def test_a_quoted_association_name_acts_through_its_kind(de_rules: Pipeline) -> None:
    text = ("In Hamburg gingen am Samstag Tausende auf die Straße. Der Arbeitskreis „Freie Daten“ wirft der Polizei "
            "vor, Absprachen gebrochen zu haben.")
    assert ("ACCUSE", "DEU", "DEU") in events(de_rules, text)


def test_a_person_from_a_civic_group_speaks_for_it(de_rules: Pipeline) -> None:
    text = ("In Hamburg gingen am Samstag Tausende auf die Straße. Peter Maier vom Arbeitskreis Freie Daten forderte "
            "eine Prüfung aller Gesetze.")
    doc = read(de_rules, text)
    assert actor(doc, "Peter Maier") == ("DEU", "CIV")
    assert ("REQUEST", "DEU", None) in {(t, s, None) for t, s, _ in events(de_rules, text)}


def test_a_person_before_a_groups_passive_agent_is_not_its_member(de_mentions: Pipeline) -> None:
    # "von der Opposition kritisiert wurde": the group is the doer, Anna Roth no member of it
    doc = read(de_mentions, "In Hamburg gingen Tausende auf die Straße. Anna Roth von der Opposition wurde kritisiert.")
    assert actor(doc, "Anna Roth") == (None, None)


@pytest.mark.parametrize(("text", "country"), [
    # a demonstrative subject names the last-named person: the attacked, not the subject who criticised him
    ("In Ankara wird gestritten. Der Oppositionsführer Kemal Yıldız kritisierte Präsident Erdogan. Dieser wurde "
     "daraufhin von Demonstranten beschimpft.", "TUR"),
    # after a subordinator (round 19 restored this reading in demonstratives_de)
    ("In Jerusalem wird gestritten. Netanjahu bestellte Verteidigungsminister Moshe Jaalon ein, nachdem dieser "
     "Golan verteidigt hatte.", "ISR"),
])
def test_a_demonstrative_subject_is_the_person_named_last(de_mentions: Pipeline, text: str, country: str) -> None:
    doc = read(de_mentions, text)
    got = [m for m in doc.mentions if m.text.lower() == "dieser" and m.actor is not None]
    assert got and got[0].actor.country == country  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    # the nearest actor is a group: "Dieser" is the man of the sentence before, no actor, so it stays unread
    "Ein Mann soll den drei Irakern geholfen haben. Dieser wurde in Berlin festgenommen.",
    # "dieser Politiker": a determiner before its noun, no pronoun
    "Präsident Erdogan sprach in Ankara. Nachdem dieser Politiker gesprochen hatte, ging er.",
])
def test_a_demonstrative_without_a_person_before_it_or_with_its_noun_stays_unread(de_mentions: Pipeline, text: str) -> None:
    doc = read(de_mentions, text)
    assert not [m for m in doc.mentions if m.text.lower() == "dieser"]
