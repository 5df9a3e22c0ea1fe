"""Round 33 (entrig33): CAMEO verb + object families that the converted lexicon has but a hand rule of the same verb
hid ("send", "raise", "grant", "give", "deliver" have hand rules of another type, so their CAMEO patterns were never
tried): envoys sent visit, a raised alert mobilises, bail or permission granted concedes, a deadline given or a
warning delivered threatens. Each with its false sense. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "en")


@pytest.mark.usefixtures("rules_only")
def test_an_envoy_sent_to_a_place_visits() -> None:
    assert _rows("The United States dispatched an envoy to Sudan.") == [("CONSULT", "USA", "SDN")]
    assert _rows("China sent a delegation to North Korea.") == [("CONSULT", "CHN", "PRK")]
    # no place or side: nothing to visit; aid sent stays aid
    assert _rows("The United Nations sent an envoy.") == []
    assert _rows("The envoy sent a letter to Moscow.") == []
    assert _rows("The United States sent humanitarian aid to Haiti.") == [("AID", "USA", "HTI")]


@pytest.mark.usefixtures("rules_only")
def test_a_raised_alert_mobilises() -> None:
    assert _rows("South Korea raised the alert level of its troops on the border.") == [("MOBILIZE", "KOR", None)]
    assert _rows("Israel heightened its military alert in the north.") == [("MOBILIZE", "ISR", None)]
    # an alert for a volcano, the alarm raised and concerns raised are no alert of forces
    assert _rows("Indonesia raised the alert level for Mount Merapi.") == []
    assert _rows("The report raised the alarm about pollution.") == []
    assert _rows("Germany raised concerns about Russia's actions.") == [("ACCUSE", "DEU", "RUS")]


@pytest.mark.usefixtures("rules_only")
def test_bail_or_permission_granted_concedes_money_granted_is_aid() -> None:
    assert _rows("A Turkish court granted bail to the German journalist.") == [("CONCEDE", "TUR", "DEU")]
    assert [t for t, _, _ in _rows("Iran granted permission to the inspectors to visit the site.")] == ["CONCEDE"]
    assert _rows("Japan granted $50 million to Nepal.") == [("AID", "JPN", "NPL")]


@pytest.mark.usefixtures("rules_only")
def test_a_deadline_given_or_a_warning_delivered_threatens() -> None:
    assert _rows("Russia gave Ukraine a deadline to withdraw.") == [("THREATEN", "RUS", "UKR")]
    assert _rows("Iran delivered a warning to the United States.") == [("THREATEN", "IRN", "USA")]
    assert _rows("China sent a stern warning to Taiwan.") == [("THREATEN", "CHN", "TWN")]
    assert _rows("The United States delivered weapons to Ukraine.") == [("AID", "USA", "UKR")]
    assert _rows("The teacher gave the students a deadline.") == []


@pytest.mark.usefixtures("rules_only")
def test_suspended_attacks_de_escalate_suspended_aid_sanctions() -> None:
    assert _rows("Hamas suspended rocket attacks on Israel.") == [("RETREAT", "PSE", "ISR")]
    assert _rows("Azerbaijan suspended its offensive in Karabakh.") == [("RETREAT", "AZE", None)]
    assert _rows("Turkey stopped its offensive against Kurdish forces in Syria.") == [("RETREAT", "TUR", "SYR")]
    assert _rows("Canada suspended aid to Uganda.") == [("SANCTION", "CAN", "UGA")]
    assert _rows("The workers suspended their strike.") == []
    assert _rows("The company suspended operations in Russia.") == []
    assert "RETREAT" not in [t for t, _, _ in _rows("French unions suspended strikes at the ports.")]


@pytest.mark.usefixtures("rules_only")
def test_a_ban_on_foreign_goods_sanctions_a_domestic_ban_does_not() -> None:
    assert _rows("China's ban on Japanese seafood took effect on Monday.") == [("SANCTION", "CHN", "JPN")]
    assert _rows("Russia's ban on Polish meat hurt farmers.") == [("SANCTION", "RUS", "POL")]
    assert _rows("The city's ban on smoking took effect on Monday.") == []
    assert _rows("The ban on gas boilers takes effect next year.") == []
    assert _rows("Kenya's ban on plastic products took effect on Monday.") == []
