"""Round 21 (igo21): bodies of no country whose German names the knowledge base lacked (common/organizations.yaml)
are read as IGO doers, not passed over for the sentence's country. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = _PIPE(Article(text, lang=lang, published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.source.sector if e.source else None,
                   e.target.country if e.target else None) for e in doc.events)


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Der Europarat kritisierte Georgien.", "de", ("ACCUSE", None, "IGO", "GEO")),
    ("Die Parlamentarische Versammlung des Europarats kritisierte Georgien.", "de", ("ACCUSE", None, "IGO", "GEO")),
    ("Die Internationale Atomenergie-Organisation kritisierte Iran.", "de", ("ACCUSE", None, "IGO", "IRN")),
    ("Der Golf-Kooperationsrat kritisierte Iran.", "de", ("ACCUSE", None, "IGO", "IRN")),
    ("The Gulf Cooperation Council criticized Iran.", "en", ("ACCUSE", None, "IGO", "IRN")),
    ("Die Internationale Energieagentur kritisierte Russland.", "de", ("ACCUSE", None, "IGO", "RUS")),
    ("Die Blauhelme griffen Rebellen im Kongo an.", "de", ("ASSAULT", None, "IGO", "COD")),
    ("UN peacekeepers attacked rebels in Congo.", "en", ("ASSAULT", None, "IGO", "COD")),
    ("Der UN-Hochkommissar für Flüchtlinge kritisierte Griechenland.", "de", ("ACCUSE", None, "IGO", "GRC")),
    ("Die EU-Kommissarin kritisierte Polen.", "de", ("ACCUSE", None, "IGO", "POL")),
])
def test_a_body_of_no_country_is_the_doer(text: str, lang: str, event: tuple[str, None, str, str]) -> None:
    events = _events(text, lang)
    assert event in events, events
    assert not any(c == event[3] and t == event[0] for t, c, _, _ in events)  # its target is not made the doer
