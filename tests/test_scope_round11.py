"""Round 11 (prec11) scope check of extract/actor_scope.py: a play told in a sports report is no political act
(news-gold skips sport). Sentences are written for these tests; each check stands beside the political wording that
still gives the event."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.actor_scope import ActorScope
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_roles_en_round10 import HAS_PARSER

_PIPE = Pipeline(scorer=False)


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    if lang == "en" and not HAS_PARSER:
        pytest.skip("English spaCy model not installed")
    doc = _PIPE(Article(text, lang=lang, published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_sport_data_is_read_and_spares_riots_and_bans(lang: str) -> None:
    scope = ActorScope.from_lexicon(load("lexicon", lang))
    assert scope.sport_words and scope.sport_stems and "ASSAULT" in scope.sport_types
    assert not {"PROTEST", "COERCE", "SANCTION", "MOBILIZE"} & scope.sport_types
    assert ActorScope().sport_types == frozenset()  # no data, no check


def test_a_play_in_a_sports_report_is_no_attack_or_criticism() -> None:
    assert ("ASSAULT", "CAN", "LVA") in _events("Kanada griff Lettland an.", "de")
    assert _events("In der zweiten Halbzeit griff Kanada Lettland an.", "de") == []
    assert ("ACCUSE", "DEU", "FRA") in _events("Die Bundesregierung kritisierte Frankreich scharf.", "de")
    assert _events("Der Bundestrainer kritisierte Frankreich scharf.", "de") == []  # a word part: "-trainer"
    assert ("ACCUSE", "BRA", "ARG") in _events("Brazil criticised Argentina after the match.", "en")
    assert _events("Brazil's goalkeeper criticised Argentina after the match.", "en") == []


def test_fans_riots_around_a_match_stay_events() -> None:
    # a protest told around a match is politics, not play
    assert ("PROTEST", "DEU", "DEU") in _events(
        "Nach dem Fußballspiel protestierten Hunderte Fans in Dortmund gegen die Polizei.", "de")
