"""Round 25 (doer25): an IGO's member states named together by a compound ("die EU-Staaten", "die Nato-Länder") act as
the IGO (news-gold codes such doers with source null), while one member ("Das Nato-Mitglied Türkei", "ein EU-Staat")
and states around or outside it ("EU-Nachbarstaaten") stay an origin only. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Doc
from lagebild.pipeline import Pipeline

from .german_doers import read
from .test_roles_de_round16 import roles


def kind(doc: Doc, word: str) -> str | None:
    """The kind of the mention whose text is ``word``."""
    return next((m.kind for m in doc.mentions if m.text == word), None)


@pytest.mark.parametrize("text, word", [
    ("Die EU-Staaten begrüßten den Vorschlag.", "EU-Staaten"),
    ("Die Nato-Länder kritisierten den Einmarsch.", "Nato-Länder"),
    ("Die EU-Mitgliedstaaten verhängten neue Sanktionen.", "EU-Mitgliedstaaten"),
])
def test_an_igos_member_states_together_are_the_igo(de_mentions: Pipeline, text: str, word: str) -> None:
    doc = read(de_mentions, text)
    assert kind(doc, word) == "actor"
    m = next(m for m in doc.mentions if m.text == word)
    assert m.actor is not None and m.actor.sector == "IGO" and not m.actor.country


@pytest.mark.parametrize("text, word", [
    ("Ein EU-Staat lehnte den Vorschlag ab.", "EU-Staat"),  # one member: its own name tells which
    ("Die EU-Nachbarstaaten lehnten den Vorschlag ab.", "EU-Nachbarstaaten"),  # around the EU, not in it
    ("Die EU-Beitrittsländer lehnten den Vorschlag ab.", "EU-Beitrittsländer"),
])
def test_one_member_or_a_neighbour_is_no_igo(de_mentions: Pipeline, text: str, word: str) -> None:
    assert kind(read(de_mentions, text), word) != "actor"


def test_the_member_states_welcome_and_the_genitive_is_the_target() -> None:
    got = roles("Kairo – Die USA lehnten den Vorstoß Ägyptens ab, während die EU-Staaten den Vorstoß Ägyptens "
                "begrüßten.")
    assert ("SUPPORT", None, "EGY") in got, got
    assert ("SUPPORT", "EGY", "EGY") not in got, got  # the proposer did not welcome its own proposal


def test_the_member_states_impose_sanctions_as_the_igo() -> None:
    got = roles("Die Nato-Staaten verhängten am Montag Sanktionen gegen Russland.")
    assert ("SANCTION", None, "RUS") in got, got


def test_a_party_family_acts_as_the_scenes_party() -> None:
    got = roles("Washington – Der US-Senat stimmte am Donnerstag ab. Mit dieser Mehrheit blockierten die Demokraten die "
                "Resolution der Regierung.")
    assert ("REJECT", "USA", "USA") in got, got


def test_data_protectionists_are_campaigners_of_the_scene() -> None:
    got = roles("Berlin – Die Bundesregierung plant neue Pässe. Datenschützer warfen der Regierung Wortbruch vor.")
    assert ("ACCUSE", "DEU", "DEU") in got, got
