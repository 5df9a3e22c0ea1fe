"""A side without a country of its own takes the other side's from context only for acts done at home
(event_parts.context_side, ``home_side_types``): arrests and protests, not battles or sanctions. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.event_parts import context_side
from lagebild.model import Article
from lagebild.pipeline import Pipeline

HOME = frozenset({"COERCE", "PROTEST"})


def test_context_side_keeps_the_other_sides_country_for_home_acts_and_state_bodies_only() -> None:
    assert context_side("ETH", "ETH", "ASSAULT", HOME, "REB") is None  # "battle Islamist fighters": not the army's own
    assert context_side("ETH", "ETH", "ACCUSE", HOME, "NGO") is None  # rights groups criticise a government
    assert context_side("ETH", "ETH", "COERCE", HOME, "CIV") == "ETH"  # arrests, protests: at home
    assert context_side("SYR", "SYR", "ASSAULT", HOME, "MIL") == "SYR"  # "die Regierungstruppen": the story's state's
    assert context_side("ETH", "SOM", "ASSAULT", HOME, "REB") == "ETH"  # another country than the other side's: kept
    assert context_side("ETH", None, "ASSAULT", HOME, "REB") == "ETH"  # no other side yet
    assert context_side(None, "ETH", "COERCE", HOME, "POL") is None


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(scorer=False)


def tuples(pipe: Pipeline, text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    doc = pipe(Article(text, id="t", lang=lang, published=date(2024, 5, 1)))
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events}


def test_rights_groups_are_not_the_criticised_governments_own(pipe: Pipeline) -> None:
    text = ("Die Regierung Äthiopiens ließ am Sonntag Gefangene frei. Menschenrechtsorganisationen kritisierten die "
            "Regierung am Montag scharf.")
    got = tuples(pipe, text, "de")
    assert ("RETREAT", "ETH", "ETH") in got  # the release, Ethiopia's own
    assert not any(t[0] == "ACCUSE" for t in got)  # the organisations are of no country the text names


def test_soldiers_arresting_protesters_act_at_home(pipe: Pipeline) -> None:
    text = ("Die Regierung Äthiopiens verbot am Sonntag alle Kundgebungen. Soldaten nahmen am Montag Dutzende "
            "Demonstranten fest.")
    doc = pipe(Article(text, id="t", lang="de", published=date(2024, 5, 1)))
    assert any(e.event_type == "COERCE" and e.source is not None and e.source.text == "Soldaten"
               and e.source.country == "ETH" and e.target is not None and e.target.country == "ETH" for e in doc.events)


def test_a_group_the_army_fights_abroad_is_not_the_armys_country(pipe: Pipeline) -> None:
    """"Islamist fighters" (a group adjective, grp16) are of no one country: neither the army's nor the article's."""
    text = "Kenya deployed troops in Somalia last year. Kenyan soldiers attacked Islamist fighters near the border on Monday."
    assert ("ASSAULT", "KEN", "KEN") not in tuples(pipe, text, "en")
    text = ("Kenia schickte im vergangenen Jahr Truppen nach Somalia. Kenianische Soldaten griffen am Montag "
            "islamistische Kämpfer an.")
    got = tuples(pipe, text, "de")
    assert ("MOBILIZE", "KEN", "SOM") in got and ("ASSAULT", "KEN", "KEN") not in got
