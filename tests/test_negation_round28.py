"""Round 28 (enclaims28): an act held back ("stopped short of calling", "refrained from criticising") or denied of
both sides of a "neither ... nor" subject is `negated`, for a judgement reading ("called X a Y") as for a verb
trigger; a plain negation already was. A passive of reporting ("is alleged to have sent", "is said to have sent")
hedges the act it raises, whose doer is its subject, no speaker. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def _accusations(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in extract_events(text, lang="en") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", ["Germany stopped short of calling Russia an aggressor.",
                                  "Germany refrained from calling the Russian plan unrealistic.",
                                  "Germany stopped short of condemning Russia.",
                                  "Germany refrained from criticising Russia.",
                                  "Germany did not call Russia an aggressor."])
def test_a_held_back_act_is_negated(text: str) -> None:
    rows = _accusations(text)
    assert rows and all(r[2] == "negated" for r in rows), rows  # was factual (but the last)


def test_neither_nor_negates_both_sides() -> None:
    rows = _accusations("Neither Germany nor France called Russia an aggressor.")
    assert {r[0] for r in rows} == {"DEU", "FRA"} and all(r[2] == "negated" for r in rows), rows


def test_a_plain_judgement_stays_factual() -> None:
    assert _accusations("Germany called Russia an aggressor.") == [("DEU", "RUS", "factual")]


@pytest.mark.parametrize("text", ["Russia is alleged to have sent weapons to Syria.",
                                  "Russia is rumoured to have sent weapons to Syria."])
def test_a_raised_report_is_hedged(text: str) -> None:
    events = [e for e in extract_events(text, lang="en") if e.event_type == "AID"]
    assert events and all(e.hedged and e.modality == "factual" for e in events), events


def test_an_arrest_of_suspects_is_not_hedged() -> None:
    events = extract_events("Turkish police arrested 12 men suspected of attacking the Russian embassy.", lang="en")
    assert [e for e in events if e.event_type == "COERCE" and not e.hedged], events


@pytest.mark.parametrize("text", ["Russia is said to have sent weapons to Syria.",
                                  "Russia is widely believed to have sent weapons to Syria."])
def test_the_subject_of_a_raised_report_acts_and_speaks_nothing(text: str) -> None:
    events = [e for e in extract_events(text, lang="en") if e.event_type == "AID"]
    assert [(e.source.country if e.source else None, e.hedged) for e in events] == [("RUS", True)], events
    assert not events[0].attribution, events  # no one named speaks


def test_one_told_to_act_is_no_raised_doer() -> None:
    assert not [e for e in extract_events("Russia was told to withdraw its troops from Ukraine.", lang="en")
                if e.event_type == "RETREAT"]
