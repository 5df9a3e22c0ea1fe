"""German deployment triggers, round 22 (top22): a manoeuvre or exercise is held with a partner ("hielten ein
gemeinsames Manöver mit Südkorea ab"): "mit" names the other side, on the noun and on the verb it is folded into.
Sentences written for these tests."""

from __future__ import annotations

from .test_triggers_de_round21 import _tuples


def test_a_manoeuvre_is_held_with_a_partner() -> None:
    assert _tuples("Die USA hielten ein gemeinsames Manöver mit Südkorea ab.") == {("MOBILIZE", "USA", "KOR")}
    assert _tuples("Russland führte eine Militärübung mit Belarus durch.") == {("MOBILIZE", "RUS", "BLR")}


def test_troops_in_a_manoeuvre_are_no_partner() -> None:
    # "mit 20.000 Soldaten" counts the forces; the place names the side
    assert _tuples("Die Nato begann ein Manöver mit 20.000 Soldaten in Polen.") == {("MOBILIZE", None, "POL")}
    assert _tuples("Die Feuerwehr übte mit der Polizei für den Ernstfall.") == set()
