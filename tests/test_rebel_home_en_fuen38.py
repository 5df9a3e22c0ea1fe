"""Round 38 (fuen38): insurgents in a story of a foreign army take the place told last, never that army's country
(extract/rebel_home.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("US troops entered Fallujah on Monday. Insurgents fired rockets at the base.", ("ASSAULT", "IRQ", None)),
    ("US troops entered Fallujah on Monday. Rebels fired rockets at the base.", ("ASSAULT", "IRQ", None)),
])
def test_insurgents_take_the_place_not_the_foreign_army(text: str, row: tuple[str, str | None, str | None]) -> None:
    assert event_rows(text, "en") == [row]


@pytest.mark.usefixtures("rules_only")
def test_rebels_fighting_an_army_at_home_keep_its_country() -> None:
    rows = event_rows("The Colombian army attacked a camp in Cauca. Rebels killed three soldiers.", "en")
    assert ("ASSAULT", "COL", "COL") in rows
