"""Round 31 (deactors31): German state bodies of the Länder and a government named by its head. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline, extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source, target) actor ids of the text's events."""
    return [(e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
            for e in extract_events(text, published=date(2008, 5, 5), lang="de")]


def _actors(text: str) -> dict[str, str | None]:
    """Each actor mention's text -> its actor id."""
    doc = Pipeline()(Article(id="t", text=text, lang="de", published=date(2008, 5, 5)))
    return {m.text: m.actor.actor_id for m in doc.mentions if m.kind == "actor" and m.actor is not None}


@pytest.mark.usefixtures("rules_only")
def test_a_laender_body_takes_no_foreign_country_the_article_is_about() -> None:
    text = "Russland greift die Ukraine an. Verschiedene Länderparlamente fordern von der Bundesregierung Sanktionen."
    assert _actors(text)["Länderparlamente"] is None
    assert not [r for r in _events(text) if r[0] == "REQUEST" and r[1] and r[1].startswith("RUS")]


@pytest.mark.usefixtures("rules_only")
def test_a_laender_body_takes_the_country_of_a_named_place() -> None:
    assert _actors("In Hannover kritisierte die Landesregierung die Bundesregierung scharf.")["Landesregierung"] \
        == "DEU-GOV"
    assert _actors("In Bayern wird gewählt. Der Landtag kritisierte die Bundesregierung.")["Landtag"] == "DEU-LEG"


@pytest.mark.usefixtures("rules_only")
def test_a_government_named_by_its_head_is_his_countrys_government() -> None:
    assert ("ACCUSE", "ISR-GOV", "hamas") in _events("Die Regierung Netanjahu kritisierte die Hamas scharf.")
    assert _actors("In Thailand protestierten Tausende gegen die Regierung Thaksin.")["Regierung Thaksin"] == "THA-GOV"


@pytest.mark.usefixtures("rules_only")
def test_a_head_after_a_title_stays_the_person() -> None:
    assert ("ACCUSE", "benjamin-netanyahu", "hamas") in _events("Regierungschef Netanjahu kritisierte die Hamas scharf.")


@pytest.mark.usefixtures("rules_only")
def test_an_attributive_participle_acts_on_its_nouns_genitive_owner() -> None:
    rows = _events("Russland kritisierte die von Israel gelobte Reform der ukrainischen Regierung.")
    assert ("SUPPORT", "ISR-GOV", "UKR-GOV") in rows and ("ACCUSE", "RUS-GOV", "UKR-GOV") in rows
    assert not [r for r in rows if r[0] == "SUPPORT" and r[2] and r[2].startswith("RUS")]


@pytest.mark.usefixtures("rules_only")
def test_an_attributive_participle_on_a_named_noun_keeps_that_noun() -> None:
    rows = _events("Die USA kritisierten die von Russland verhängten Sanktionen gegen die Ukraine.")
    assert ("SANCTION", "RUS-GOV", "UKR-GOV") in rows
