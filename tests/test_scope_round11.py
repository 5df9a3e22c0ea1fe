"""Round 11 (prec11) scope checks of extract/actor_scope.py: every act needs its other side, and a play told in a
sports report is no political act. Sentences are written for these tests; each check stands beside the political
wording that still gives the event."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.actor_scope import ActorScope
from lagebild.knowledge.resources import load
from lagebild.model import ActorRef, Article
from lagebild.pipeline import Pipeline

from .test_roles_en_round10 import HAS_PARSER

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
ALONE = ("MOBILIZE", "AID")
_PIPE = Pipeline(scorer=False)


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    if lang == "en" and not HAS_PARSER:
        pytest.skip("English spaCy model not installed")
    doc = _PIPE(Article(text, lang=lang, published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_type_needs_its_other_side(lang: str) -> None:
    scope = ActorScope.from_lexicon(load("lexicon", lang))
    other = ActorRef("", "Frankreich", "FRA-GOV", "FRA", "GOV")
    assert all(scope.one_sided(t, None) and not scope.one_sided(t, other) for t in TYPES if t not in ALONE)
    assert not any(scope.one_sided(t, None) for t in ALONE)  # deployments and deliveries are told alone
    assert not ActorScope().one_sided("ACCUSE", None)  # no data, no check


def test_targetless_acts_are_dropped_and_aimed_ones_kept() -> None:
    assert _events("Die Türkei zog ihre Truppen zurück.", "de") == []
    assert ("ACCUSE", "DEU", "FRA") in _events("Die Bundesregierung kritisierte Frankreich scharf.", "de")
    assert _events("France condemned the decision on Monday.", "en") == []
    assert ("ACCUSE", "BRA", "ARG") in _events("Brazil criticised Argentina after the match.", "en")


def test_a_play_in_a_sports_report_is_no_attack_or_criticism() -> None:
    assert ("ASSAULT", "CAN", "LVA") in _events("Kanada griff Lettland an.", "de")
    assert _events("In der zweiten Halbzeit griff Kanada Lettland an.", "de") == []
    assert _events("Der Bundestrainer kritisierte Frankreich scharf.", "de") == []  # a word part: "-trainer"
    assert _events("Brazil's goalkeeper criticised Argentina after the match.", "en") == []


def test_fans_riots_around_a_match_stay_events() -> None:
    # a protest and a police action told around a match are politics, not play
    assert ("PROTEST", "DEU", "DEU") in _events(
        "Nach dem Fußballspiel protestierten Hunderte Fans in Dortmund gegen die Polizei.", "de")
    scope = ActorScope.from_lexicon(load("lexicon", "de"))
    assert "PROTEST" not in scope.sport_types and "COERCE" not in scope.sport_types and "ASSAULT" in scope.sport_types
