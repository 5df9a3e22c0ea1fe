"""Round 29 (entargets29): English targets read from the parse as classes, not sentences.

- A noun trigger's target joined by "and" to another side inside the noun's own phrase gives one event per side,
  whoever the doer (a nationality adjective as much as a possessor): "Egyptian mediation between Israel and Hamas".
- Two coordinated sides of a reciprocal act are each other's partner; a place after "in"/"at" is where they met,
  not a third party both act on ("French and German ministers held talks in Paris" gave FRA -> FRA).
- A place an attack is aimed at is its country's people also where that is the doer's own (GUIDELINES code a domestic
  act X -> X; "Syrian troops attacked Homs" gave SYR -> None), and a verb whose object is the act noun reads the
  noun's "of" ("continued its bombardment of Aleppo").
- Two nationality adjectives joined by "and" share their head noun also where the second has several words
  ("Japanese and South Korean officials met": the Japanese side was lost, no event).
- A side joined by "and" to the doer is a fellow doer, not the other country an army's act abroad lands on
  ("Russian and Chinese warships shelled the port" gave RUS -> CHN and CHN -> RUS); sides that exchange fire are
  each other's target, read from the "and" where the parse names one subject.
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


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, rows", [
    ("Japanese and South Korean officials met.", {("CONSULT", "KOR", "JPN")}),   # was nothing: "Japanese" no side
    ("Indian and Sri Lankan ministers held talks.", {("CONSULT", "IND", "LKA"), ("CONSULT", "LKA", "IND")}),
])
def test_a_nationality_of_several_words_shares_the_head(text: str, rows: set[tuple[str, str, str]]) -> None:
    assert set(event_rows(text, "en")) == rows


@pytest.mark.usefixtures("rules_only")
def test_a_fellow_doer_is_not_where_the_act_lands() -> None:
    # an army's act abroad took the one other country of the sentence, here the doer's partner: RUS <-> CHN
    assert set(event_rows("Russian and Chinese warships shelled the port.", "en")) == {
        ("ASSAULT", "RUS", None), ("ASSAULT", "CHN", None)}
    assert ("ASSAULT", "SYR", "RUS") not in event_rows("Syrian and Russian jets bombed the town.", "en")


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", ["Israeli and Lebanese troops exchanged fire.",
                                  "Indian and Pakistani troops exchanged fire on Monday."])
def test_sides_that_exchange_fire_hit_each_other(text: str) -> None:  # the second side's partner read from "and"
    rows = event_rows(text, "en")
    (a, b) = sorted({r[1] for r in rows})
    assert set(rows) == {("ASSAULT", a, b), ("ASSAULT", b, a)}
