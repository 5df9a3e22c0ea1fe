"""Round 30 actor coverage (issue 14): "seinen französischen Kollegen" is France's counterpart of the one whose
colleague he is, as "Amtskollege" is; a colleague with no possessive or no country adjective stays no actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, read


@pytest.mark.parametrize("text, word, want", [
    ("Steinmeier empfing am Montag seinen französischen Kollegen.", "französischen Kollegen", ("FRA", "GOV")),
    ("Nach dem Treffen mit ihrer russischen Kollegin reiste die Ministerin ab.", "russischen Kollegin", ("RUS", "GOV")),
])
def test_a_colleague_of_a_country_is_its_counterpart(de_mentions: Pipeline, text: str, word: str,
                                                     want: tuple[str, str]) -> None:
    assert actor(read(de_mentions, text), word) == want


@pytest.mark.parametrize("text", [
    "Seine Kollegen im Sender protestierten gegen die Entlassung.",  # no country adjective: no actor
    "Die französischen Kollegen berichteten ausführlich.",  # no possessive: whose colleagues is not said
])
def test_other_colleagues_stay_no_actor(de_mentions: Pipeline, text: str) -> None:
    assert not any(m.kind == "actor" and "Kolleg" in m.text for m in read(de_mentions, text).mentions)
