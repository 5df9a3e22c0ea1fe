"""Round 38 (detrig38): the country adjective on an act noun that a verb judges names the act's doer, and so the one
judged ("Polen verurteilte den russischen Angriff auf Kiew": ACCUSE POL->RUS). With the attacked place a second
other country, the base found no target and dropped the condemnation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Polen verurteilte den russischen Angriff auf Kiew.", ("ACCUSE", "POL", "RUS")),
    ("Die polnische Regierung kritisierte den russischen Einmarsch in die Ukraine scharf.", ("ACCUSE", "POL", "RUS")),
    # read right on the base too (the reported clause): kept as the same reading in a verb-final clause
    ("Der Sprecher sagte, dass Polen den russischen Angriff auf Kiew verurteile.", ("ACCUSE", "POL", "RUS")),
])
def test_the_judged_act_s_doer_is_the_target(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "de")
    assert row in rows, rows
    assert ("ASSAULT", "RUS", "UKR") in rows  # the attack itself stays its own event


@pytest.mark.parametrize(("text", "row"), [
    # the adjective qualifies a thing (an embassy), no act: Russia is not the one condemned
    ("Polen verurteilte den Angriff auf die russische Botschaft in Kiew.", ("ACCUSE", "POL", "RUS")),
    # a side named as the object keeps its place: the gas's origin is no one judged
    ("Die polnische Regierung kritisierte Deutschland wegen des russischen Gases scharf.", ("ACCUSE", "POL", "RUS")),
    # the judge's own adjective names no other side
    ("Polen kritisierte die polnischen Angriffe auf Kiew.", ("ACCUSE", "POL", "POL")),
])
def test_no_doer_from_a_thing_a_named_side_or_the_judge_itself(text: str, row: tuple[str, str, str]) -> None:
    assert row not in event_rows(text, "de")


def test_a_named_object_stays_the_target() -> None:
    assert ("ACCUSE", "POL", "DEU") in event_rows(
        "Die polnische Regierung kritisierte Deutschland wegen des russischen Gases scharf.", "de")
