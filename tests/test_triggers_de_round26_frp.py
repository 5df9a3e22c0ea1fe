"""Round 26 (frp26): German false events on fresh news (eval/fresh_de.py): a warrant that merely exists is no arrest,
a topic left to someone is no aid, voters called to the polls are asked by no side,
a ban on a conduct (smoking, speculation) restricts no side. Own sentences."""

from __future__ import annotations

import pytest

from tests.test_triggers_de_round26 import _events, _rules_only  # noqa: F401  (one reading, rules only)


@pytest.mark.parametrize("text", [
    "Die Berliner Polizei bestätigte, dass gegen den französischen Minister ein Haftbefehl der deutschen Justiz besteht.",
    "Die Berliner Polizei sagte, dass der Haftbefehl der deutschen Justiz gegen den französischen Minister existierte.",
    "Gegen den französischen Minister liegt ein Haftbefehl der deutschen Justiz vor.",
])
def test_a_warrant_that_exists_is_no_arrest(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "COERCE"]


def test_issuing_a_warrant_still_is() -> None:
    assert ("COERCE", "DEU", "FRA") in _events("Die deutsche Justiz erließ einen Haftbefehl gegen den französischen Minister.")


@pytest.mark.parametrize("text", [
    "Der österreichische Kanzler hat das Thema Asyl der deutschen Regierung überlassen.",
    "Die österreichische Regierung hat die Diskussion der deutschen Regierung überlassen.",
])
def test_a_topic_left_to_someone_is_no_aid(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "AID"]


def test_goods_handed_over_still_are_aid() -> None:
    assert ("AID", "DEU", "UKR") in _events("Die deutsche Regierung überließ der Ukraine zwanzig Panzer.")


@pytest.mark.parametrize("text", [
    "Heute waren 62 Millionen Deutsche zur Abgabe ihrer Stimme bei der Wahl zum Deutschen Bundestag aufgerufen.",
    "Rund 6,4 Millionen österreichische Wahlberechtigte sind am Sonntag zur Wahl des Bundespräsidenten aufgerufen.",
])
def test_voters_called_to_the_polls_are_no_request(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "REQUEST"]


def test_a_call_on_a_side_still_is_a_request() -> None:
    assert ("REQUEST", "DEU", "RUS") in _events("Die deutsche Regierung rief Russland zu Verhandlungen auf.")


@pytest.mark.parametrize("text", [
    "Das österreichische Spekulationsverbot wurde in drei Bundesländern nicht umgesetzt.",
    "Die deutsche Regierung kritisierte, dass es in Österreich kein Rauchverbot in der Gastronomie gibt.",
    "Der österreichische Kanzler hat sich ein freiwilliges Sprechverbot mit Journalisten auferlegt.",
    "Die Partei B der österreichischen Regierung fordert ein Abtreibungsverbot.",
])
def test_a_ban_on_a_conduct_restricts_no_side(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "COERCE"]


def test_criticism_from_ones_own_ranks_is_no_shooting() -> None:
    assert not [e for e in _events("Keine Querschüsse der ÖVP gegen den österreichischen Kanzler.") if e[0] == "ASSAULT"]


def test_a_ban_on_a_protest_still_restricts() -> None:
    events = _events("Die türkische Regierung verhängte ein Demonstrationsverbot gegen die Kurden.")
    assert [e for e in events if e[0] == "COERCE"]
