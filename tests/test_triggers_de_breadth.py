"""German triggers at the breadth of the English CAMEO lexicon: every CAMEO code that the PETRARCH2-derived English
lexicon codes with verbs of its own has German triggers too, and round 16's families fire in whole sentences."""

from __future__ import annotations

import pytest

from lagebild.knowledge.resources import load
from tests.test_triggers_de import roles as _events


def _german_codes() -> set[str]:
    return {code for r in load("triggers", "de")["rules"] if r.get("verbs") or r.get("nouns") for code in r["cameo"]}


def test_every_english_verb_code_has_german_triggers() -> None:
    """A code the English lexicon fills with verbs (not only phrases) is a kind of act news tells by a verb: German
    needs at least one trigger for it, or the German reader cannot see that act at all."""
    english = {str(r["cameo"]) for r in load("triggers_cameo", "en")["rules"] if r.get("verbs")}
    missing = sorted(c for c in english if len(c) >= 3 and not c.startswith("01") and c not in _german_codes())
    assert not missing, f"CAMEO codes with English verbs and no German trigger: {missing}"


@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for this test, one per family added in round 16
    ("Der russische Außenminister informierte die Regierung Irans über das Treffen.", ("CONSULT", "RUS", "IRN")),
    ("Der Präsident Frankreichs ermutigte die Ukraine zu weiteren Reformen.", ("SUPPORT", "FRA", "UKR")),
    ("Der israelische Ministerpräsident nahm die Regierung der USA in Schutz.", ("SUPPORT", "ISR", "USA")),
    ("Die Regierung Indiens schlug Pakistan neue Gespräche vor.", ("REQUEST", "IND", "PAK")),
    ("Das Pentagon will alle Informationen mit der serbischen Regierung teilen.", ("COOPERATE", "USA", "SRB")),
    ("Die syrischen Rebellen haben ihre Waffen an die Regierung der Türkei ausgehändigt.", ("AID", "SYR", "TUR")),
    ("Die Staatsanwaltschaft Österreichs geht den Vorwürfen gegen den Minister Ungarns nach.", ("ACCUSE", "AUT", "HUN")),
    ("Das türkische Parlament hob die Immunität der kurdischen Abgeordneten auf.", ("COERCE", "TUR", None)),
    ("Die israelische Armee stellte das Feuer gegen die Hamas ein.", ("RETREAT", "ISR", "PSE")),
    ("Das russische Militär hat mehr als 900 Einsätze in Syrien geflogen.", ("ASSAULT", "RUS", "SYR")),
    ("Die Regierung Frankreichs zeigte sich besorgt über das Vorgehen Russlands.", ("ACCUSE", "FRA", "RUS")),
    ("Den Berliner Verkehrsbetrieben droht ab heute ein unbefristeter Streik.", ("PROTEST", "DEU", None)),
])
def test_round16_families_fire(text: str, expected: tuple[str, str | None, str | None]) -> None:
    got = _events(text)
    assert any(g[0] == expected[0] and (expected[1] is None or g[1] == expected[1])
               and (expected[2] is None or g[2] == expected[2]) for g in got), got


@pytest.mark.parametrize(("text", "wrong"), [
    # the same words in their other senses (sentences written for this test)
    ("Die Lehrerin unterrichtet an einer Schule in Berlin über Geschichte.", "CONSULT"),
    ("Der Koch empfahl den Gästen ein Rezept aus Frankreich.", "REQUEST"),
    ("Die Regierung Chiles nahm zum Schutz der Wälder Stellung.", "SUPPORT"),
    ("Die Gewerkschaft droht der Regierung Frankreichs mit einem Streik.", "PROTEST"),
    ("Der Minister bat die Opfer Polens um Vergebung.", "REQUEST"),
    ("Die Hilfsorganisation hat zwanzig Hilfseinsätze nach Syrien geflogen.", "ASSAULT"),
])
def test_round16_families_keep_their_other_senses_quiet(text: str, wrong: str) -> None:
    assert not [g for g in _events(text) if g[0] == wrong], _events(text)
