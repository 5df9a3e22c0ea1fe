"""Round 39 (fuen39): a prediction that an act will not come ("is unlikely to", "doubt that ... will", "do not
expect ... to") is supposed, not told as happening: modality hypothetical, as news-gold GUIDELINES.md name
conditional acts. A doubt that does not stand over the act, or one about a past act, changes nothing. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)


def _moods(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.event_type, e.source.country if e.source else None, e.modality)
            for e in extract_events(text, published=date(2024, 4, 2), lang="en")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text,row", [
    ("China is unlikely to invade Taiwan.", ("ASSAULT", "CHN", "hypothetical")),
    ("Experts doubt that Iran will attack Israel.", ("ASSAULT", "IRN", "hypothetical")),
    ("Analysts do not expect Russia to withdraw from Ukraine.", ("RETREAT", "RUS", "hypothetical")),
    ("Russia is not expected to withdraw from Ukraine.", ("RETREAT", "RUS", "hypothetical")),
])
def test_prediction_of_no_act_is_hypothetical(text: str, row: tuple[str, str, str]) -> None:
    assert _moods(text) == [row]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text,row", [
    ("China will invade Taiwan.", ("ASSAULT", "CHN", "future")),
    ("Iran will attack Israel, but experts doubted the report.", ("ASSAULT", "IRN", "future")),
    ("Russia did not withdraw from Ukraine.", ("RETREAT", "RUS", "negated")),
    ("Experts doubt that Iran attacked Israel.", ("ASSAULT", "IRN", "factual")),
])
def test_other_acts_keep_their_modality(text: str, row: tuple[str, str, str]) -> None:
    assert _moods(text) == [row]
