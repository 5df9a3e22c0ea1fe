"""Round 36 (deprec36): German precision gates on news: acts that are no PLOVER event between sides (a policy
backed, ...). Own sentences; guards keep the right readings beside each gate."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der bayerische Ministerpräsident hatte sich für einen harten Sparkurs ausgesprochen.",
    "Die Aktivisten aus Polen setzten sich für die Meinungsfreiheit ein.",
    "Die Bundesregierung hat sich für eine strengere Regelung stark gemacht.",
])
def test_backing_a_policy_is_no_support(text: str) -> None:
    """"sich für X aussprechen / einsetzen / stark machen" with X a thing backs a policy, no side: no SUPPORT."""
    assert not any(r[0] == "SUPPORT" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Frankreich sprach sich für die Ukraine aus.", ("SUPPORT", "FRA", "UKR")),
    ("Die Bundesregierung machte sich für einen Beitritt der Türkei stark.", ("SUPPORT", "DEU", "TUR")),
    ("Russland setzt sich für den serbischen Außenminister ein.", ("SUPPORT", "RUS", "SRB")),
])
def test_backing_a_side_stays_support(text: str, row: tuple[str, str, str]) -> None:
    """a side as the object, or behind the thing as its owner, keeps the SUPPORT."""
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Die EU-Kommission will eine Milliarde Euro für Impfstoffe bereitstellen.",
    "Die Grünen spenden das erstrittene Geld an einen Verein.",
    "Mexikanische Migranten überweisen monatlich kleine Summen Geld.",
])
def test_aid_of_a_body_to_no_one_is_no_event(text: str) -> None:
    """aid told with no one it goes to, by a body, a party or people of no office, is no act between sides."""
    assert not any(r[0] == "AID" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Südkorea könnte Waffen bereitstellen.", ("AID", "KOR", None)),
    ("Die EU-Kommission will der Ukraine eine Milliarde Euro bereitstellen.", ("AID", None, "UKR")),
])
def test_aid_with_a_recipient_or_by_a_state_stays(text: str, row: tuple[str, str | None, str | None]) -> None:
    """a recipient named keeps a body's aid; a state's pledge to no one named stays aid (the seed article's reading)."""
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Nach langen Verhandlungen konnte die französische Polizei den Geiselnehmer zur Aufgabe überreden.",
    "Der österreichische Bundeskanzler ließ sich zur Kandidatur überreden.",
])
def test_persuading_is_no_request(text: str) -> None:
    """a side talked into a step is persuaded, not asked: no REQUEST."""
    assert not any(r[0] == "REQUEST" for r in _rows(text))


def test_urging_stays_a_request() -> None:
    """the urging verbs beside it keep their reading."""
    assert ("REQUEST", "DEU", "RUS") in _rows("Die Bundesregierung ermahnte Russland zur Zurückhaltung.")


def test_a_national_team_tells_a_game() -> None:
    """a national team is a game's side: the fans criticised for booing it are no political target."""
    text = "Der niederländische Verband kritisierte englische Fans dafür, dass sie das englische {} ausgebuht hatten."
    assert not any(r[0] == "ACCUSE" for r in _rows(text.format("Nationalteam")))
    assert any(r[0] == "ACCUSE" for r in _rows(text.format("Parlament")))


@pytest.mark.parametrize("text", [
    "Es ist nicht geklärt, ob die österreichische Regierung die Türkei hätte auffordern müssen.",
    "Hätte die deutsche Polizei den Niederländer verhaften lassen, würden die Frauen noch leben.",
])
def test_a_counterfactual_act_is_no_event(text: str) -> None:
    """the past subjunctive with a modal or "lassen" after the act tells what was not done."""
    assert _rows(text) == []


def test_an_act_had_done_stays() -> None:
    """"ließ ... verhaften" in the indicative is an arrest told as done."""
    assert ("COERCE", "DEU", "NLD") in _rows("Die deutsche Polizei ließ den Niederländer verhaften.")


@pytest.mark.parametrize("text", [
    "Dabei verteidigte der griechische Premier die Sparbeschlüsse seiner Regierung.",
    "Die Regierung in Athen verteidigte ihre Reformen.",
])
def test_defending_a_policy_is_no_support(text: str) -> None:
    """defending one's own policy or decision backs no side."""
    assert not any(r[0] == "SUPPORT" for r in _rows(text))


def test_defending_a_side_stays_support() -> None:
    """a side defended against criticism is supported."""
    assert ("SUPPORT", "FRA", "DEU") in _rows("Der französische Präsident verteidigte den deutschen Kanzler gegen die Vorwürfe.")
