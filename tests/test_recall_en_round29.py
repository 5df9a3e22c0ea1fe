"""Round 29 (enrecall29): English noun triggers told by an object relative clause.

"The strike that Israel carried out on Syria", "the talks Iran held with Britain": the noun is the object (or, "the
raid, which was carried out by X", the passive subject) of a light verb in a relative clause, a clause of its own, so
the noun's clause held no doer and the event was lost. The relative clause's subject (or agent) is now the doer and its
aimed phrase the target, and the relative stands for the noun where a verb's object decides its reading."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text, row", [
    ("The strike that Israel carried out on Syria killed ten people.", ("ASSAULT", "ISR", "SYR")),
    ("The attack that Russia launched on Ukraine killed ten people.", ("ASSAULT", "RUS", "UKR")),
    ("The offensive, which Turkey launched against Kurdish fighters in Syria, continues.", ("ASSAULT", "TUR", "SYR")),
    ("The talks that Iran held with Britain were useful.", ("CONSULT", "IRN", "GBR")),
    ("Officials said the talks that Iran held with Britain were useful.", ("CONSULT", "IRN", "GBR")),
    ("The meeting that Putin held with Xi lasted three hours.", ("CONSULT", "RUS", "CHN")),
    # no relative word; a nationality on the aimed noun; a place aimed at
    ("The strike Israel carried out on Syrian positions killed ten soldiers.", ("ASSAULT", "ISR", "SYR")),
    ("The blockade that Israel has imposed on Gaza since 2007 has hurt civilians.", ("COERCE", "ISR", "PSE")),
])
def test_object_relative_names_the_nouns_roles(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_passive_relative_is_the_nouns_act() -> None:
    # "carried out" with the raid as its object is no deployment (triggers.yaml: carry none [raid ...]); the relative
    # "which" stands for the raid (was MOBILIZE ISR -> None)
    assert event_rows("The raid, which was carried out by Israeli forces, killed five Palestinians.", "en") == [
        ("ASSAULT", "ISR", "PSE")]


@pytest.mark.parametrize("text, rows", [
    # a criticised act whose doer its relative clause names is an event of its own, and that doer is criticised
    ("Syria condemned the strike that Israel carried out on Damascus.",
     [("ACCUSE", "SYR", "ISR"), ("ASSAULT", "ISR", "SYR")]),
    ("China condemned the sanctions that the United States imposed on Huawei.",
     [("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "CHN")]),
])
def test_criticised_act_told_by_a_relative(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert sorted(event_rows(text, "en")) == rows


@pytest.mark.parametrize("text", [  # guards: the relative is the subject, or the relative verb is an act of its own
    "The rebels who launched an attack on the town fled.",
    "The attack that Syria condemned killed ten people.",
    # a pronoun in the relative clause: whom it names is not read from the sentence's first subject
    "Iranian authorities pressured workers of the bus company to cancel the strike they have been planning.",
])
def test_relative_guards(text: str) -> None:
    rows = event_rows(text, "en")
    assert not any(r[0] in ("ASSAULT", "PROTEST") and r[1] is not None for r in rows)
