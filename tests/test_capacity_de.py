"""A German capacity is no act ("hat Gelegenheit, ... zu erfüllen", "ist in der Lage, ... anzugreifen"); a chance
used and a choice forced stay events."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.capacity_de import CapacityFrames
from lagebild.pipeline import extract_events


def _types(text: str) -> set[str]:
    return {e.event_type for e in extract_events(text, date(2024, 10, 23), "de")}


@pytest.mark.parametrize(("text", "etype"), [
    ("Bis dahin hat der Iran noch Gelegenheit, die Auflagen der IAEA zu erfüllen.", "CONCEDE"),
    ("Der Gouverneur von Texas hatte das Recht, ein Veto gegen das Gesetz einzulegen.", "REJECT"),
    ("Russland ist in der Lage, Ziele in ganz Europa anzugreifen.", "ASSAULT"),
    ("Die russische Armee hat die Fähigkeit, Stellungen in der Ukraine anzugreifen.", "ASSAULT"),
])
def test_capacity_is_no_act(text: str, etype: str) -> None:
    assert etype not in _types(text), _types(text)


@pytest.mark.parametrize(("text", "etype"), [
    ("Russland nutzte die Gelegenheit, die Ukraine anzugreifen.", "ASSAULT"),  # a chance used: done
    ("Der Gouverneur von Texas übte sein Recht aus, ein Veto gegen das Gesetz einzulegen.", "REJECT"),
    ("Der Kreml erklärte, Russland habe keine andere Möglichkeit, als die Ukraine anzugreifen.", "ASSAULT"),  # forced
    ("Russland hat die Ukraine angegriffen.", "ASSAULT"),
])
def test_acts_stay(text: str, etype: str) -> None:
    assert etype in _types(text), _types(text)


def test_without_data_nothing_is_dropped() -> None:
    assert CapacityFrames.from_lexicon({}).drop(None, ["kept"]) == ["kept"]  # type: ignore[arg-type,list-item]
