"""Round 32 (enparity32): English reads as German since deroles32. Not ruling out force is a threat made by saying
so; a capital right after a given name is a surname; a downed object's owner is the target, not the place. Own
sentences."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _threats(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in extract_events(text, lang="en") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(("text", "threat"), [
    ("The Russian president did not rule out a military strike against Ukraine.", ("RUS", "UKR", "factual")),
    ("Iran's foreign minister would not rule out military action against Israel.", ("IRN", "ISR", "factual")),
    ("Iran refused to rule out military action against Israel.", ("IRN", "ISR", "factual")),
    ("The Russian president has never ruled out an attack on Ukraine.", ("RUS", "UKR", "factual")),
])
def test_not_ruling_out_force_is_a_threat_made(text: str, threat: tuple[str, str, str]) -> None:
    assert _threats(text) == [threat]
    assert not [r for r in event_rows(text, "en") if r[0] == "REJECT"]


@pytest.mark.parametrize("text", [
    "Washington could not rule out sanctions against China.",
    "The Russian president might not rule out a military strike against Ukraine.",
])
def test_a_threat_only_supposed_stays_hypothetical(text: str) -> None:
    assert [m for _, _, m in _threats(text)] == ["hypothetical"]


def test_ruling_out_force_threatens_nothing_and_refuses_no_demand() -> None:
    assert event_rows("The German government ruled out a military strike against Russia.", "en") == []


def test_ruling_out_talks_still_refuses_them() -> None:
    assert ("REJECT", "RUS", "UKR") in event_rows("The Russian president ruled out talks with Ukraine.", "en")
    assert not _threats("Moscow did not rule out talks with Kiev.")


@pytest.mark.parametrize("text", [
    "The German government criticized Paris sharply.",
    "In August Paris sent troops to Mali.",  # a month, no given name
])
def test_a_capital_alone_keeps_its_country(text: str) -> None:
    assert [r for r in event_rows(text, "en") if "FRA" in r[1:]]


@pytest.mark.parametrize(("text", "row"), [
    ("Hezbollah shot down an Israeli drone over southern Lebanon.", ("ASSAULT", "LBN", "ISR")),
    ("Syria shot down a Turkish jet over northern Syria.", ("ASSAULT", "SYR", "TUR")),
])
def test_the_owner_of_the_downed_object_is_the_target(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]


def test_a_place_with_no_owner_named_stays_the_target() -> None:
    assert event_rows("Israel shot down a drone over southern Lebanon.", "en") == [("ASSAULT", "ISR", "LBN")]


@pytest.mark.parametrize("text", [
    "Turkish police did not rule out an attack by Kurdish rebels.",
    "The Pakistani army has not ruled out an attack on the Indian embassy as the cause of the blast.",
])
def test_not_ruling_out_what_happened_threatens_nothing(text: str) -> None:
    """Weighing another's act or a cause is no threat of one's own, nor a refusal."""
    assert not [r for r in event_rows(text, "en") if r[0] in ("THREATEN", "REJECT")]
