"""Training forces (round 10, de10c): another country's forces trained is military aid (CAMEO 072, GUIDELINES' AID),
one's own a build-up (MOBILIZE). Sentences written for this test."""

from __future__ import annotations

import pytest

from .test_claims import events


@pytest.mark.parametrize(("text", "etype", "target"), [
    ("Die USA bilden Rebellen in Syrien aus.", "AID", "SYR"),
    ("Frankreich hat Soldaten der malischen Armee ausgebildet.", "AID", "MLI"),
    ("Die Bundeswehr bildet ukrainische Soldaten in Deutschland aus.", "AID", "UKR"),
])
def test_training_another_sides_forces_is_aid(text: str, etype: str, target: str) -> None:
    evs = events(text, "de")
    assert [(e["event_type"], (e["target"] or {}).get("country")) for e in evs] == [(etype, target)], text


def test_training_ones_own_recruits_stays_a_build_up() -> None:
    evs = events("Die russische Armee bildete neue Rekruten aus.", "de")
    assert [e["event_type"] for e in evs] == ["MOBILIZE"]
