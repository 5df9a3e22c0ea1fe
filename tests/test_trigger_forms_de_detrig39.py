"""Round 39 (detrig39): forms of a German trigger family that fired in one form and not in another
(eval/trigger_forms.py prints the table). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Russland hat die Vorwürfe der Ukraine zurückgewiesen.",
    "Russland hat die Vorwürfe der Ukraine bestritten.",
    "Russland wies die Vorwürfe der Ukraine zurück.",  # guard: the split form read so on the base
])
def test_a_verb_final_denial_names_its_accuser_before_the_verb(text: str) -> None:
    """The perfect put the accuser's genitive between the subject and the verb, so it was taken for a second denier
    and no REJECT was read; the split form ("wies ... zurück") gave REJECT RUS->UKR."""
    assert ("REJECT", "RUS", "UKR") in event_rows(text, "de")


def test_deniers_named_together_still_deny_without_an_accuser() -> None:
    """Guard: with no accuser named or told before there is no one rejected."""
    assert "REJECT" not in {t for t, _, _ in event_rows("Russland und China haben die Vorwürfe zurückgewiesen.", "de")}


@pytest.mark.parametrize(("text", "row"), [
    ("Russlands Angriff auf die Ukraine dauert an.", ("ASSAULT", "RUS", "UKR")),
    ("Am Montag gingen Israels Angriffe auf Gaza weiter.", ("ASSAULT", "ISR", "PSE")),
    ("Chinas Kritik an den USA wurde lauter.", ("ACCUSE", "CHN", "USA")),
    ("Deutschlands Waffenlieferungen an die Ukraine gehen weiter.", ("AID", "DEU", "UKR")),
])
def test_a_name_genitive_before_the_act_noun_is_its_doer(text: str, row: tuple[str, str, str]) -> None:
    """"Russlands Angriff" as "der russische Angriff" and "der Angriff Russlands": none gave an event on the base."""
    assert row in event_rows(text, "de")


def test_a_genitive_after_another_noun_is_not_the_next_nouns_doer() -> None:
    """"mit Unterstützung Frankreichs Luftangriffe fliegen": Frankreichs belongs to "Unterstützung", the USA attack."""
    rows = event_rows("Seit einem Jahr fliegen die USA mit Unterstützung Frankreichs Luftangriffe gegen Stellungen des IS.", "de")
    assert not any(t == "ASSAULT" and s == "FRA" for t, s, _ in rows), rows


@pytest.mark.parametrize(("text", "row"), [
    ("Russland annektierte die Krim.", ("COERCE", "RUS", "UKR")),
    ("Russland hat die Krim annektiert.", ("COERCE", "RUS", "UKR")),
    ("Die Krim wurde von Russland besetzt.", ("COERCE", "RUS", "UKR")),
    ("Israel besetzte das Westjordanland.", ("COERCE", "ISR", "PSE")),
])
def test_land_seized_is_its_countrys(text: str, row: tuple[str, str, str]) -> None:
    """The verbs gave no event on the base (a home-side act with another country named), while "Die Annexion der
    Krim durch Russland" gave COERCE RUS->UKR."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die türkische Polizei beschlagnahmte in Istanbul Waffen aus Syrien.",  # goods from a country: no land taken
    "Die türkische Polizei durchsuchte die Büros einer Firma, die in Syrien tätig ist.",  # a place behind "in"
])
def test_a_country_named_otherwise_is_no_land_seized(text: str) -> None:
    assert not any(tg == "SYR" for _, _, tg in event_rows(text, "de")), event_rows(text, "de")
