"""English roles by class, round 13 (rolen13): who can protest at home against its own government, who the doer of a
protest is, and a body's ministers acting for the body. Sentences are written for these tests; each class is checked
with wordings beside the one that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article

from .test_roles_en_round10 import _PIPE, _events, needs_parser


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    # "across" and "throughout" name where the act spreads, not its doer (the country was read as the government)
    ("Thousands of students staged demonstrations across Kenya on Monday to demand lower fees.", ("PROTEST", "KEN", "KEN")),
    ("Tens of thousands of students throughout Indonesia staged mass demonstrations to demand reforms.",
     ("PROTEST", "IDN", "IDN")),
    # lawmakers and journalists protesting with no one named protest at home, as a crowd or the opposition does
    ("Nigerian lawmakers boycotted the session.", ("PROTEST", "NGA", "NGA")),
])
def test_a_crowd_or_body_protesting_at_home_targets_its_government(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


@needs_parser
def test_an_area_preposition_names_no_doer_of_an_attack() -> None:
    assert ("ASSAULT", "RUS", "UKR") in _events("Russian missiles struck targets across Ukraine overnight.")


@needs_parser
@pytest.mark.parametrize("text", [
    "Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia.",
    "Police in Liberia arrested dozens of students protesting against fee increases.",
])
def test_the_noun_a_protesting_participle_describes_protests_not_the_police(text: str) -> None:
    events = _events(text)
    assert ("PROTEST", "LBR", "LBR") in events
    assert not any(t == "PROTEST" and s == "LBR" and tg is None for t, s, tg in events)


@needs_parser
def test_a_state_protesting_gets_no_domestic_target() -> None:
    # a government's or ministry's protest is a diplomat's: no target at home
    assert ("PROTEST", "RUS", "RUS") not in _events("The Russian Foreign Ministry protested the expulsion.")
    assert ("PROTEST", "RUS", "RUS") not in _events("Russia protested the decision.")


def _sources(text: str) -> list[tuple[str, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return [(e.event_type, e.source.actor_id if e.source else None) for e in doc.events]


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("EU foreign ministers demanded the withdrawal of Russian forces from Georgia on Monday.", ("REQUEST", "eu")),
    ("Arab League foreign ministers rejected the Israeli plan.", ("REJECT", "arab-league")),
])
def test_a_bodys_ministers_act_for_the_body(text: str, event: tuple[str, str]) -> None:
    # the sector noun took the article's country (Russia's, Israel's government) as its own
    found = _sources(text)
    assert event in found
    assert not any(s in ("RUS-GOV", "ISR-GOV") for _, s in found)
