"""Groups named by a religious, ethnic or political adjective (extract/group_adjectives.py), on sentences written
for these tests: the adjective and its noun are an actor of the data's sector, whose country only a place gives."""

from __future__ import annotations

import pytest

from lagebild.extract.group_adjectives import group_adjective_forms
from lagebild.knowledge.explain import VIAS
from lagebild.model import Article, Mention
from lagebild.pipeline import Pipeline, extract_events


def mentions(text: str, lang: str) -> list[Mention]:
    return Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang=lang)).mentions


def groups(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.actor.sector, m.actor.country) for m in mentions(text, lang)
            if m.via.startswith("group") and m.actor is not None]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "In Baghdad, Sunni clerics condemned the raid.", [("Sunni clerics", "CIV", "IRQ")]),
    ("en", "Islamist gunmen in Mogadishu threatened the peacekeepers.", []),  # "gunmen": the noun decides
    ("en", "Shiite elders in Baghdad rejected the plan.", [("Shiite elders", "CIV", "IRQ")]),
    ("de", "In Kairo protestierten koptische Christen gegen den Anschlag.", [("koptische Christen", "CIV", "EGY")]),
    ("de", "In Mossul griffen islamistische Extremisten an.", []),  # "Extremisten" is an actor noun itself
])
def test_group_adjective_and_noun_are_one_actor(lang: str, text: str, expected: list) -> None:
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In Syria, a coalition of Kurdish and Arab forces took the town."),  # the coordinator: "forces" decide
    ("en", "Troops entered the Sunni town of Ramadi."),  # a place noun: no group
    ("en", "Jets struck Kurdish positions in Iraq."),  # the group's holdings (group_adjective_things)
    ("de", "In Thailand haben islamistisch motivierte Täter Anschläge verübt."),  # the bare stem is an adverb
])
def test_no_group_where_the_noun_is_further_on(lang: str, text: str) -> None:
    assert groups(text, lang) == []


def test_no_country_from_the_article_alone() -> None:
    """A group of no one country is not the article's main country's by default ("Sunni clerics" in a US story)."""
    text = "The United States said on Monday it would send more troops. Sunni clerics condemned the plan."
    assert groups(text, "en") == [("Sunni clerics", "CIV", None)]


def test_sentence_place_gives_the_event_side() -> None:
    events = extract_events("In Kirkuk, Kurdish demonstrators protested against the government.", lang="en")
    assert any(e.event_type == "PROTEST" and e.source is not None and e.source.country == "IRQ" for e in events)


def test_forms_inflect_and_explain() -> None:
    forms = group_adjective_forms({"CIV": ["koptisch"]}, ["", "e", "en"])
    assert forms == {"koptische": "CIV", "koptischen": "CIV"}
    assert group_adjective_forms({"REB": ["islamist"]}, [""]) == {"islamist": "REB"}
    assert "group adjective" in VIAS["group"] and "group+place" in VIAS


def test_a_sector_noun_after_a_group_adjective_takes_no_country_from_the_article() -> None:
    """"islamistische Kämpfer": the noun is the actor, but the adjective says whose: no one country's, so only a place
    gives one (context.fill_generic's ``groups``), as for the adjective alone."""
    from lagebild.knowledge.explain import mentions

    text = "Kenia schickte Truppen.\n\nSoldaten griffen islamistische Kämpfer an. Kämpfer in Mogadischu flohen."
    got = [(m.text, m.actor.country if m.actor else None) for m in mentions(text, "de", None) if m.kind == "actor"]
    assert ("Kämpfer", None) in got  # the Islamist ones: no country
    assert ("Kämpfer", "SOM") in got  # the place still gives one
