"""German trigger nouns by word formation (round 13, trigde13): the -ung noun of a trigger verb and the plural of an
-ung/-ion noun are triggers without being listed, where the dictionary knows the word and it is not a formed noun
whose everyday sense is no act; light-verb idioms whose noun is the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.extract.derived_nouns import NounFormation
from lagebild.extract.rules import Rule

from .test_claims import events
from .test_implicit_events import _tuples

FORMATION = NounFormation.from_data({"verb_endings": [["ieren", "ierung"], ["en", "ung"]],
                                     "plural_endings": [["ung", "ungen"], ["ion", "ionen"]],
                                     "excluded": ["ausbildung"]})


def test_formation_derives_known_nouns_only() -> None:
    alone = Rule(type="ACCUSE", verbs={"beschimpfen"})
    cued = Rule(type="ACCUSE", verbs={"stellen"}, with_any={"anklage"})
    train = Rule(type="MOBILIZE", verbs={"ausbilden"})
    listed = Rule(type="COERCE", nouns={"annexion"})
    by_verb = {"beschimpfen": [alone], "stellen": [cued], "ausbilden": [train], "angreifen": [alone]}
    known = {"beschimpfung", "beschimpfungen", "stellung", "ausbildung", "annexionen"}
    out = FORMATION.nouns(by_verb, {"annexion": [listed]}, known.__contains__)
    assert out["beschimpfung"] == [alone] and out["beschimpfungen"] == [alone]
    assert out["annexionen"] == [listed]
    assert "stellung" not in out  # the verb fires only with a cue word: its noun names no act
    assert "ausbildung" not in out  # excluded: training is no act of the verb's type
    assert "angreifung" not in out  # no such word


@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("Russland kündigte die Ratifizierung des Abkommens mit China an.", "AGREE", ("RUS", "CHN")),
    ("Die Steinigung einer Frau durch die Taliban löste Empörung aus.", "ASSAULT", ("AFG", "AFG")),
])
def test_a_formed_noun_is_a_trigger(text: str, etype: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), etype)


@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("Russland stellte die Regierung der Ukraine unter Druck.", "REQUEST", ("RUS", "UKR")),
    ("Die USA erhöhten den Druck auf den Iran.", "REQUEST", ("USA", "IRN")),
    ("Die EU gab grünes Licht für Gespräche mit der Ukraine.", "AGREE", (None, "UKR")),
])
def test_light_verb_idioms(text: str, etype: str, pair: tuple[str, str]) -> None:
    assert pair in _tuples(events(text, "de"), etype)


@pytest.mark.parametrize("text", [
    "Der Präsident Frankreichs nahm in seiner Rede zum Schutz der Umwelt Stellung.",
    "Der Präsident Frankreichs stellte in seiner Rede die Pläne für Mali vor.",
    "Der Arzt Frankreichs erhöhte den Blutdruck des Patienten.",
])
def test_idiom_words_elsewhere_tell_no_act(text: str) -> None:
    assert not [e for e in events(text, "de") if e["event_type"] in ("SUPPORT", "ACCUSE", "REQUEST")]
