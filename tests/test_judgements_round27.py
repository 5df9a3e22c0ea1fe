"""Round 27 (judge27): calling a side or its act by a judgement is criticism (ACCUSE) or praise (SUPPORT), read from
the construction (a verb of calling with a predicate) and the polarity of the predicate word
(resources/<lang>/judgements.yaml); a neutral predicate, a title or a role, tells no event. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.extract.judgements import judgement_rules
from lagebild.pipeline import extract_events


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang=lang)]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_SCORER", "off")


@pytest.mark.parametrize("text, lang, want", [
    ("Der russische Außenminister bezeichnete die Politik der Ukraine als unverantwortlich.", "de", ("ACCUSE", "RUS", "UKR")),
    ("Der Präsident Polens nannte den ungarischen Regierungschef einen Verräter.", "de", ("ACCUSE", "POL", "HUN")),
    ("Die französische Regierung hat den Plan der Türkei als unrealistisch bezeichnet.", "de", ("ACCUSE", "FRA", "TUR")),
    ("Der ukrainische Präsident charakterisierte Russland als Aggressor.", "de", ("ACCUSE", "UKR", "RUS")),
    ("Der amerikanische Präsident nannte den israelischen Regierungschef einen wahren Patrioten.", "de",
     ("SUPPORT", "USA", "ISR")),
    ("Die chinesische Regierung wertete den Besuch des russischen Präsidenten als großen Erfolg.", "de",
     ("SUPPORT", "CHN", "RUS")),
    ("The Chinese government branded the American president a liar.", "en", ("ACCUSE", "CHN", "USA")),
    ("Germany's chancellor described France's decision as a courageous step.", "en", ("SUPPORT", "DEU", "FRA")),
])
def test_calling_a_side_something_is_criticism_or_praise(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Partei nannte ihn Vorsitzenden.", "de"),                                    # a title
    ("Der Präsident Polens nannte den Schritt Ungarns nicht hilfreich.", "de"),        # praise denied
    ("Der Minister bezeichnete die Lage in Syrien als ernst.", "de"),                  # a situation, no side
    ("The party described him as its new chairman.", "en"),                           # a role
    ("The minister described the situation in Syria as dangerous.", "en"),            # no side judged
])
def test_a_neutral_or_denied_predicate_is_no_judgement(text: str, lang: str) -> None:
    assert not [e for e in _events(text, lang) if e[0] in ("ACCUSE", "SUPPORT")]


def test_the_lexicon_gives_inflected_german_adjectives_as_whole_words() -> None:
    accuse = next(r for r in judgement_rules("de") if r["type"] == "ACCUSE")
    assert {"=unverantwortlich", "=unverantwortlichen", "verräter"} <= set(accuse["with_any"])
    assert judgement_rules("xx") == []
