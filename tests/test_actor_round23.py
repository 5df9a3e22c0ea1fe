"""Round 23 actor coverage (issue 14): a bare German army noun ("die Armee", "Soldaten") is the article's country's
where the article names no other country's army; not the troops a named state moves. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, read


@pytest.mark.parametrize("text, word", [
    ("Ägypten wählt ein neues Parlament. In Kairo schossen Soldaten in die Luft.", "Soldaten"),
    ("Ägypten wählt ein neues Parlament. Die Armee hat eine Untersuchung angekündigt.", "Armee"),
    ("Ägypten wählt ein neues Parlament. Das Militär besetzte das Fernsehgebäude.", "Militär"),
])
def test_a_bare_army_is_the_story_country(de_mentions: Pipeline, text: str, word: str) -> None:
    assert actor(read(de_mentions, text), word) == ("EGY", "MIL")


@pytest.mark.parametrize("text, word", [
    # another country's army named: whose the bare one is, the event stage decides
    ("Die Bundeswehr und die afghanische Armee kämpfen in Afghanistan. Soldaten griffen Stellungen an.", "Soldaten"),
    # a named state moves its own troops: they are no target of its act
    ("Nordkorea schickt zwei Militäreinheiten nach Russland.", "Militäreinheiten"),
    # peacekeepers are no one country's
    ("Ägypten wählt ein neues Parlament. Die Friedenstruppe zog ab.", "Friedenstruppe"),
    # several countries' troops
    ("Ägypten wählt ein neues Parlament. Ausländische Soldaten verließen das Land.", "Soldaten"),
    # allies are another's or several countries' ("alliierter Truppen")
    ("Ägypten wählt ein neues Parlament. Alliierte Truppen verließen das Land.", "Truppen"),
    ("Ägypten wählt ein neues Parlament. Verbündete Soldaten verließen das Land.", "Soldaten"),
])
def test_no_country_where_the_article_leaves_it_open(de_mentions: Pipeline, text: str, word: str) -> None:
    assert actor(read(de_mentions, text), word)[0] is None


def test_the_army_named_before_is_the_bare_one(de_mentions: Pipeline) -> None:
    text = "Ägypten wählt. Die israelische Armee griff Gaza an. Die Armee meldete zwei Tote."
    bare = [m for m in read(de_mentions, text).mentions if m.text == "Armee"]
    assert [(m.actor.country, m.actor.sector) for m in bare if m.actor is not None] == [("ISR", "MIL")]
