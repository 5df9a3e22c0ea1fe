"""Round 30 (entype30): an appeal "for" an act noun that a country word modifies asks that country to act ("called for
a Russian withdrawal", "appealed for American aid", "is pushing for US support"), as "Russia's withdrawal" and "for
Russia to withdraw" already did (targets_en.PlaceTargets.asked_for, lexicon asked_for.act_nouns). Without a target
the REQUEST was dropped as one-sided. "pushing hard for": the parser labels "for" a dative, which the appeal's
preposition test now takes too (trigger_checks_en.verb_ok). Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Ukraine called for a Russian withdrawal from Crimea.", ("REQUEST", "UKR", "RUS")),
    ("Kenya appealed for American military aid.", ("REQUEST", "KEN", "USA")),
    ("The UK is pushing hard for US support for its plan.", ("REQUEST", "GBR", "USA")),
])
def test_the_modifying_country_is_asked(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


@pytest.mark.parametrize(("text", "row"), [
    ("Ukraine called for Russia to withdraw.", ("REQUEST", "UKR", "RUS")),  # the for-to clause, as before
    # the aimed side, as before; round 39: "called for US sanctions against Israel" now asks the US, the sanctions' doer
    # (test_trigger_forms_en_round39), as "demanded an end to Israel's blockade" asks Israel
    ("Iran called for sanctions against Israel.", ("REQUEST", "IRN", "ISR")),
])
def test_earlier_readings_stay(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "en")


def test_a_thing_asked_for_is_no_doer() -> None:
    """"Palestinian statehood" is no act of Palestine's asked of it."""
    assert not [r for r in event_rows("Abbas called for Palestinian statehood.", "en") if r[2] == "PSE"]
