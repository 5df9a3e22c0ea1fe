"""Round 28 (enrecall28): English readings that lost an event or its target.

A noun trigger that is a light verb's object ("launched an attack on Ukrainian cities") read its target only from
actors, so a nationality on a place noun after "on" was lost, while the noun's own phrase ("Russia's attack on
Ukrainian cities") and the verb ("attacked Ukrainian cities") read it: the aimed noun's nationality is the target."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text, row", [
    ("Russia launched an attack on Ukrainian cities.", ("ASSAULT", "RUS", "UKR")),
    ("Russia carried out an attack on Ukrainian villages.", ("ASSAULT", "RUS", "UKR")),
    ("Israel launched a strike on a Syrian air base.", ("ASSAULT", "ISR", "SYR")),
    ("Israel launched an offensive on Lebanese villages.", ("ASSAULT", "ISR", "LBN")),
    ("Hamas fired rockets at Israeli towns.", ("ASSAULT", "PSE", "ISR")),
    ("India launched a crackdown on Pakistani spies.", ("COERCE", "IND", "PAK")),
])
def test_aimed_nationality_is_the_target(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text, row", [  # guards: a border's side says where; the doer's own people are no target
    ("Russia launched an attack near the Ukrainian border.", ("ASSAULT", "RUS", None)),
    ("Pakistan launched a raid on an Afghan border post.", ("ASSAULT", "PAK", None)),
    ("Russia deployed troops to the Finnish border.", ("MOBILIZE", "RUS", None)),
    ("Russian forces launched an attack on Russian villages held by rebels.", ("ASSAULT", "RUS", None)),
])
def test_aimed_nationality_guards(text: str, row: tuple[str, str | None, str | None]) -> None:
    assert event_rows(text, "en") == [row]
