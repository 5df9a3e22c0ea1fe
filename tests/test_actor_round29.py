"""Round 29 German actors (deroles29): a Phoenix person known by one given name alone ("Hussein", "Abdullah")
is read like a surname alone: only with a title and a country of the article, or inside the post's years, never
as a word of someone else's name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline

from .german_doers import actor, events


def read_on(pipe: Pipeline, text: str, when: date) -> Doc:
    return pipe(Article(text, id="t", lang="de", published=when))


def ids(doc: Doc) -> set[str]:
    """The actor ids of the document's mentions."""
    return {m.actor.actor_id for m in doc.mentions if m.kind == "actor" and m.actor is not None and m.actor.actor_id}


def test_a_given_name_inside_another_name_is_not_the_king(de_mentions: Pipeline) -> None:
    doc = read_on(de_mentions, "Der Gouverneur Hussein al-Schammari kritisierte am Montag die Regierung in Bagdad.",
                  date(2010, 3, 4))
    assert "phx-hussein" not in ids(doc)


def test_a_country_adjective_outranks_a_namesake_of_another_country(de_mentions: Pipeline) -> None:
    doc = read_on(de_mentions, "Der jordanische König Abdullah hat am Sonntag Israel kritisiert.", date(2010, 3, 4))
    assert "phx-abdullah" not in ids(doc)
    assert actor(doc, "König")[0] == "JOR"


def test_a_titled_given_name_in_its_country_still_links(de_mentions: Pipeline) -> None:
    doc = read_on(de_mentions, "Riad - König Abdullah hat am Sonntag Israel kritisiert.", date(2010, 3, 4))
    assert "phx-abdullah" in ids(doc)


def test_an_untitled_given_name_of_a_spokesman_is_no_ruler(de_mentions: Pipeline) -> None:
    doc = read_on(de_mentions, "Amman - Ein Sprecher namens Hussein sagte, die Regierung werde verhandeln.",
                  date(2010, 3, 4))
    assert "phx-hussein" not in ids(doc)


def test_several_countries_ministers_take_no_country_from_the_story(de_rules: Pipeline) -> None:
    """'die europäischen Verteidigungsminister' are no one country's: not the story's (here China's) either."""
    found = events(de_rules, "Brüssel (dpa) - Die europäischen Verteidigungsminister haben am Dienstag Russland scharf "
                             "kritisiert. Der französische Außenminister besuchte am Mittwoch Peking und traf dort den "
                             "chinesischen Präsidenten. Der französische Außenminister in Peking kritisierte China.")
    assert not any(t == "ACCUSE" and s == "CHN" and o == "RUS" for t, s, o in found)
    assert ("ACCUSE", "FRA", "CHN") in found


def test_a_bare_head_noun_is_the_compound_named_before(de_mentions: Pipeline) -> None:
    """'Der Minister' after 'der britische Verteidigungsminister' is he, not the story's country's minister."""
    doc = read_on(de_mentions, "Kabul (dpa) - Der britische Verteidigungsminister ist zu einem Besuch in Afghanistan "
                               "eingetroffen. Der Minister kritisierte die afghanische Regierung scharf.", date(2010, 3, 4))
    assert [m.actor.country for m in doc.mentions if m.text == "Minister" and m.actor is not None] == ["GBR"]


def test_a_bare_head_noun_far_back_is_no_antecedent(de_mentions: Pipeline) -> None:
    doc = read_on(de_mentions, "Der britische Verteidigungsminister besuchte Kabul.\n\nDie Lage blieb ruhig.\n\n"
                               "In Kabul sagte der Minister am Abend, die Regierung plane Reformen.", date(2010, 3, 4))
    assert [m.actor.country for m in doc.mentions if m.text == "Minister" and m.actor is not None] != ["GBR"]


def test_an_envoy_posted_in_the_story_country_is_not_its_own(de_mentions: Pipeline) -> None:
    """'Der Gesandte in Kabul' is posted there from elsewhere: the story's country (Afghanistan) is not his."""
    doc = read_on(de_mentions, "Kabul (dpa) - Die afghanische Regierung kündigte Reformen an. Der Gesandte in Kabul "
                               "verurteilte den Anschlag auf die Botschaft.", date(2010, 3, 4))
    assert [m.actor.country for m in doc.mentions if m.text == "Gesandte" and m.actor is not None] == [None]


def test_a_titled_given_name_needs_no_country_named(de_mentions: Pipeline) -> None:
    """'König Abdullah' alone, titled, is the dictionary's king even where no Saudi word stands (the title is the context)."""
    doc = read_on(de_mentions, "König Abdullah hat am Sonntag die Gespräche gelobt.", date(2010, 3, 4))
    assert "phx-abdullah" in ids(doc)
