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

