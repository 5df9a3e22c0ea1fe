"""Round 21 (igo21): bodies of no country whose German names the knowledge base lacked (common/organizations.yaml)
are read as IGO doers, not passed over for the sentence's country. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.test_demands_stateless import _events  # one pipeline and one reading for the round's IGO tests


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
