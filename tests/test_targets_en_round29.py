"""Round 29 (entargets29): English targets read from the parse as classes, not sentences.

- A noun trigger's target joined by "and" to another side inside the noun's own phrase gives one event per side,
  whoever the doer (a nationality adjective as much as a possessor): "Egyptian mediation between Israel and Hamas".
- Two coordinated sides of a reciprocal act are each other's partner; a place after "in"/"at" is where they met,
  not a third party both act on ("French and German ministers held talks in Paris" gave FRA -> FRA).
- A place an attack is aimed at is its country's people also where that is the doer's own (GUIDELINES code a domestic
  act X -> X; "Syrian troops attacked Homs" gave SYR -> None), and a verb whose object is the act noun reads the
  noun's "of" ("continued its bombardment of Aleppo").
"""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, rows", [
    ("Egyptian mediation between Israel and Hamas failed.",   # was EGY -> ISR only
     {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE")}),
    ("Russian sanctions on Britain and Canada took effect.",   # was RUS -> GBR only
     {("SANCTION", "RUS", "GBR"), ("SANCTION", "RUS", "CAN")}),
    ("Israeli strikes on Syria and Lebanon continued.",   # was ISR -> SYR only
     {("ASSAULT", "ISR", "SYR"), ("ASSAULT", "ISR", "LBN")}),
])
def test_each_side_joined_to_a_nouns_target(text: str, rows: set[tuple[str, str, str]]) -> None:
    assert set(event_rows(text, "en")) == rows


@pytest.mark.usefixtures("rules_only")
def test_possessor_noun_keeps_its_sides() -> None:  # guard: the possessor's reading (round 27) is unchanged
    assert set(event_rows("Egypt's mediation between Israel and Hamas failed.", "en")) == {
        ("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE")}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, rows", [
    ("French and German ministers held talks in Paris.",   # was FRA -> FRA beside the two sides
     {("CONSULT", "FRA", "DEU"), ("CONSULT", "DEU", "FRA")}),
    ("Russian and Chinese leaders held talks in Beijing.",   # was CHN -> CHN beside RUS -> CHN
     {("CONSULT", "RUS", "CHN"), ("CONSULT", "CHN", "RUS")}),
])
def test_two_sides_meet_at_a_place(text: str, rows: set[tuple[str, str, str]]) -> None:
    assert set(event_rows(text, "en")) == rows


@pytest.mark.usefixtures("rules_only")
def test_a_third_party_after_to_stays_both_sides_target() -> None:  # guard: "to" is no place of meeting
    assert set(event_rows("France and Germany pledged aid to Ukraine.", "en")) == {
        ("AGREE", "FRA", "UKR"), ("AGREE", "DEU", "UKR")}


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, row", [
    ("Syrian troops attacked Homs.", ("ASSAULT", "SYR", "SYR")),   # was SYR -> None: a domestic act is X -> X
    ("Israeli jets struck Gaza City.", ("ASSAULT", "ISR", "PSE")),   # guard: another country's place as before
    ("Russia continued its bombardment of Kharkiv.", ("ASSAULT", "RUS", "UKR")),   # was RUS -> None
    ("The Syrian army continued its bombardment of Aleppo.", ("ASSAULT", "SYR", "SYR")),   # was SYR -> None
])
def test_place_an_attack_is_aimed_at(text: str, row: tuple[str, str, str]) -> None:
    assert event_rows(text, "en") == [row]
