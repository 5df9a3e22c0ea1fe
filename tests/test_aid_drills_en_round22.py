"""English aid and deployment triggers, round 22 (top22): a load named by its carrier ("sent two shipments of food")
is what a giving verb gives, and drills or exercises are held with a partner ("held joint drills with Japan").
The sentences are written for these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events


def test_a_load_named_by_its_carrier_is_given() -> None:
    assert _events("The United States sent two shipments of food to Haiti.") == [("AID", None, "USA", "HTI")]
    assert _events("Japan delivered a consignment of tents to Nepal.") == [("AID", None, "JPN", "NPL")]
    # a firm delivering goods to its shops gives no aid
    assert _events("The company delivered a shipment of phones to its stores.") == []


def test_drills_and_exercises_are_held_with_a_partner() -> None:
    assert _events("The United States held joint drills with Japan.") == [("MOBILIZE", "troops", "USA", "JPN")]
    assert _events("The US Navy held joint exercises with Japan off Okinawa.") == [("MOBILIZE", "troops", "USA", "JPN")]
    assert _events("China held a naval drill near Taiwan.") == [("MOBILIZE", "troops", "CHN", "TWN")]
    # a fire drill or an exercise in futility is none
    assert _events("Students took part in a fire drill with the police.") == []
    assert _events("The minister called the talks an exercise in futility.") == []
