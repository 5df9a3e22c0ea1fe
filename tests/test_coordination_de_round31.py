"""Round 31 (decoord31): three German readings. Verb-final verbs coordinated under one subject each take the object
of their own conjunct ("hat Russland kritisiert und Israel gelobt": Israel is praised); an interviewer's question,
a verb-first clause with the formal "Sie" ending in "?", tells no act; finite "gelobte" is the past of "geloben" (a
vow), while the attributive "die von Experten gelobte" stays praise. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row", "wrong"), [
    ("Die USA haben Russland kritisiert und Israel gelobt.", ("SUPPORT", "USA", "ISR"), ("SUPPORT", "USA", "RUS")),
    ("Die USA haben Russland kritisiert und Israel unterstützt.", ("SUPPORT", "USA", "ISR"), ("SUPPORT", "USA", "RUS")),
    ("Frankreich hat Russland kritisiert und lobte Israel.", ("SUPPORT", "FRA", "ISR"), ("SUPPORT", "FRA", "RUS")),
])
def test_each_coordinated_verb_takes_its_own_object(text: str, row: tuple[str, str, str],
                                                     wrong: tuple[str, str, str]) -> None:
    rows = event_rows(text, "de")
    assert row in rows and wrong not in rows, rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Die USA haben Russland kritisiert und Israel gelobt.", [("ACCUSE", "USA", "RUS")]),
    ("Frankreich verurteilte Russland und forderte Deutschland zu Sanktionen auf.",
     [("ACCUSE", "FRA", "RUS"), ("REQUEST", "FRA", "DEU")]),
    ("Die USA haben die russische und die syrische Regierung kritisiert.",
     [("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "SYR")]),
])
def test_first_conjunct_and_coordinated_objects_unchanged(text: str, rows: list[tuple[str, str, str]]) -> None:
    """Guards: the first verb keeps its object; a coordinator between adjectives splits no conjunct."""
    found = event_rows(text, "de")
    assert all(r in found for r in rows), found


@pytest.mark.parametrize("text", [
    "Fordern Sie Sanktionen gegen Russland?",
    "Unterstützen Sie die ukrainische Regierung?",
    "„Unterstützen Sie die ukrainische Regierung?“",
])
def test_interview_question_is_no_event(text: str) -> None:
    assert event_rows(text, "de") == []


@pytest.mark.parametrize(("text", "row"), [
    ("Der Reporter fragte, ob Frankreich die ukrainische Regierung unterstütze.", ("SUPPORT", "FRA", "UKR")),
    ("Die USA unterstützen die ukrainische Regierung.", ("SUPPORT", "USA", "UKR")),
])
def test_reported_question_and_statement_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: a reported question opens no sentence with "Verb Sie"; a statement is no question."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die russische Regierung gelobte Besserung.",
    "Die russischen Minister gelobten dem Volk Besserung.",
])
def test_finite_gelobte_is_a_vow(text: str) -> None:
    assert not any(t == "SUPPORT" for t, _, _ in event_rows(text, "de")), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die von den USA gelobte ukrainische Regierung kündigte Reformen an.", ("SUPPORT", "USA", "UKR")),
    ("Die USA lobten Israel.", ("SUPPORT", "USA", "ISR")),
])
def test_attributive_gelobte_stays_praise(text: str, row: tuple[str, str, str]) -> None:
    """Guards: after an article and "von X" the participle is praise, no vow (which would read as AGREE)."""
    rows = event_rows(text, "de")
    assert row in rows and not any(t == "AGREE" for t, _, _ in rows), rows
