"""Round 25 (doer25): named German doers that had no sector and so no country: party families ("die Demokraten")
and campaigners ("Datenschützer") act for the scene's country. Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_party_family_acts_as_the_scenes_party() -> None:
    got = roles("Washington – Der US-Senat stimmte am Donnerstag ab. Mit dieser Mehrheit blockierten die Demokraten die "
                "Resolution der Regierung.")
    assert ("REJECT", "USA", "USA") in got, got


def test_data_protectionists_are_campaigners_of_the_scene() -> None:
    got = roles("Berlin – Die Bundesregierung plant neue Pässe. Datenschützer warfen der Regierung Wortbruch vor.")
    assert ("ACCUSE", "DEU", "DEU") in got, got
