"""Round 27 (frde27): German readings from the second fresh sample (eval/fresh_de.py --sample 2): filling a post
("Besetzung der Funktion") is no seizure, charging a price is no demand, and congratulating on a sports title is no
support between political actors. Own sentences; the guards keep the senses that stay events."""

from __future__ import annotations

import pytest

from tests.test_triggers_de_round26 import _events, _rules_only  # noqa: F401  (the fixture applies by import)


@pytest.mark.parametrize("text, kind", [
    ("Zwischen den beiden SPD-Politikern kam es um die Besetzung der Funktion des Fraktionsvorsitzenden zum Streit.", "COERCE"),
    ("Die Bundesregierung will künftig von ausländischen Lkw-Fahrern höhere Gebühren verlangen.", "REQUEST"),
    ("Bundeskanzler Gerhard Schröder hat dem FC Bayern zum Gewinn des Meistertitels gratuliert.", "SUPPORT"),
    ("Die Bundesregierung gratulierte Kanada zur Goldmedaille im Eishockey.", "SUPPORT"),
])
def test_the_other_sense_is_no_event(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e[0] == kind]


@pytest.mark.parametrize("text, want", [
    ("Rebellen haben die Besetzung des Regierungssitzes in Bangui fortgesetzt.", ("COERCE", "CAF", "CAF")),
    ("Die Bundesregierung verlangt von Griechenland die Abschaffung der Gebühren.", ("REQUEST", "DEU", "GRC")),
    ("Die Bundesregierung verlangt von Griechenland weitere Reformen.", ("REQUEST", "DEU", "GRC")),
    ("Bundeskanzlerin Angela Merkel gratulierte dem französischen Präsidenten zum Wahlsieg.", ("SUPPORT", "DEU", "FRA")),
])
def test_the_act_stays_an_event(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)
