"""Round 39 (entrig39): readings of forms the family x form table (eval/trigger_forms_en.py) found unread, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("US sanctions on Russia took effect on Monday.", ("SANCTION", "USA", "RUS")),
    ("New US sanctions against Russia took effect on Monday.", ("SANCTION", "USA", "RUS")),
    ("China sanctions on Lithuania took effect on Monday.", ("SANCTION", "CHN", "LTU")),
    ("The US attack on Syria killed ten people.", ("ASSAULT", "USA", "SYR")),
    # a demanded act's doer is the one asked (role_finder_en._demanded_act_doer), the name before the noun too
    ("Iran called for US sanctions against Israel.", ("REQUEST", "IRN", "USA")),
])
def test_a_state_named_before_its_act_noun_does_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Russia sanctions hurt European firms.",  # the sanctions on Russia: no doer named
    "The Malaysia visit ended on Monday.",
])
def test_a_state_named_before_a_noun_with_no_target_is_no_doer(text: str) -> None:
    assert event_rows(text, "en") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("A Ukrainian town came under attack from Russian forces.", ("ASSAULT", "RUS", "UKR")),
    ("The Kenyan government came under criticism from Britain over the arrests.", ("ACCUSE", "GBR", "KEN")),
])
def test_an_act_noun_undergone_is_done_by_whom_from_names(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_an_act_noun_undergone_with_no_from_names_no_doer() -> None:
    assert event_rows("Israeli positions came under attack on Monday.", "en") == []


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(("text", "row"), [
    ("Iran leveled accusations against Israel on Monday.", ("ACCUSE", "IRN", "ISR")),
    ("Iran's accusations against Israel grew on Monday.", ("ACCUSE", "IRN", "ISR")),
])
def test_accusations_against_a_side_name_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")
