"""Easing a mood or a hardship ("ease tensions", "ease fears") gives nothing up; easing a measure still concedes."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_events(text, lang="en")]


@pytest.mark.parametrize("text", ["Russia moved to ease tensions with Ukraine.",
                                  "South Korea will ease tensions with North Korea.",
                                  "The Chinese military eased fears in Japan.",
                                  "Turkey relaxed concerns in Greece."])
def test_calming_is_no_concession(text: str) -> None:
    assert not {"CONCEDE", "RETREAT"} & set(_types(text)), _types(text)


def test_easing_a_measure_still_counts() -> None:
    assert {"CONCEDE", "RETREAT"} & set(_types("China eased sanctions on Australia on Monday.")), \
        _types("China eased sanctions on Australia on Monday.")
