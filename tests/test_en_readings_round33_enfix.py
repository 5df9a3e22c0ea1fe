"""Round 33 (enfix33): English readings entrig33 and enroles33 left: a call FOR something is an appeal, not a phone
call; suspending one's own strike or protest eases dissent, no sanction; restrictions a state imposes on its own people
coerce them, on another side they sanction it; a force of foreign wars told by a pronoun ("said it attacked") leaves
the group it hits without the doer's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_a_call_for_something_is_a_request_a_call_with_someone_a_consultation() -> None:
    assert _rows("Germany renewed its calls for restraint on Iran.") == [("REQUEST", "DEU", "IRN")]
    # a phone call with someone stays a consultation
    assert _rows("Putin held a phone call with Erdogan.") == [("CONSULT", "RUS", "TUR")]
    assert _rows("China held a call with Russia on trade.") == [("CONSULT", "CHN", "RUS")]


@pytest.mark.usefixtures("rules_only")
def test_suspending_ones_own_strike_or_protest_concedes() -> None:
    assert _rows("French unions suspended their strike on Monday.") == [("CONCEDE", "FRA", None)]
    assert [t for t, _, _ in _rows("Farmers in France suspended their protests.")] == ["CONCEDE"]
    # a state's strikes are air strikes, aid suspended stays a sanction
    assert [t for t, _, _ in _rows("Israel suspended strikes on Gaza.")] == ["RETREAT"]
    assert _rows("Germany suspended aid to Mali.") == [("SANCTION", "DEU", "MLI")]


@pytest.mark.usefixtures("rules_only")
def test_restrictions_on_ones_own_people_coerce_on_another_side_sanction() -> None:
    assert _rows("India imposed restrictions on internet use in Kashmir.") == [("COERCE", "IND", "IND")]
    assert _rows("The United States imposed restrictions on Chinese firms.") == [("SANCTION", "USA", "CHN")]
    assert _rows("The EU imposed restrictions on Russia.") == [("SANCTION", None, "RUS")]
    # trade curbs stay the trade rules' sanction
    assert _rows("China imposed restrictions on imports of Australian wine.") == [("SANCTION", "CHN", "AUS")]


@pytest.mark.usefixtures("rules_only")
def test_a_force_of_foreign_wars_told_by_a_pronoun_hits_no_group_of_its_own() -> None:
    assert _rows("US Central Command said it attacked militants.") == [("ASSAULT", "USA", None)]
    assert _rows("AFRICOM said it had killed militants in an airstrike.") == [("ASSAULT", "USA", None)]
    # a state's army with no place told fights at home (enroles33, as GSR codes it)
    assert _rows("The Sri Lankan army said it killed rebels.") == [("ASSAULT", "LKA", "LKA")]
