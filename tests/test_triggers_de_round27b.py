"""Round 27 (trgde27): German acts told by a construction rather than one trigger word. The recipient passive
("hat von X ein Flugverbot erteilt bekommen", "Waffen geliefert bekommen") is done to its subject by the "von" phrase;
"Schüsse abgeben" fires shots; "Sympathie bekunden" is support. Own sentences; the guards keep the readings that stay."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture, used by name below)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    # a verb trigger: the giver acts, the subject receives (was AID UKR -> none: the recipient read as the doer)
    ("Die Ukraine hat von den USA Waffen geliefert bekommen.", ("AID", "USA", "UKR")),
    # a noun with a participle before "bekommen": the subject, told before a relative clause, is the target
    ("Die tunesische Fluggesellschaft, der die Maschine gehörte, hat von der italienischen Regierung ein Flugverbot "
     "erteilt bekommen.", ("SANCTION", "ITA", "TUN")),
    # a receiving verb before the noun, its giver between them
    ("Die Ukraine bekam von Deutschland Hilfe zugesagt.", ("AID", "DEU", "UKR")),
    ("Israelische Soldaten gaben Schüsse auf palästinensische Demonstranten ab.", ("ASSAULT", "ISR", "PSE")),
    ("Die Regierung Ägyptens hat ihre Sympathie bekundet.", ("SUPPORT", "EGY", "EGY")),
])
def test_the_construction_is_an_event(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(text)


def test_the_recipient_is_never_the_doer() -> None:
    assert not [e for e in _events("Die Ukraine hat von Deutschland Panzer geliefert bekommen.") if e[1] == "UKR"]


@pytest.mark.parametrize("text, want", [
    ("Die italienische Regierung hat der tunesischen Fluggesellschaft ein Flugverbot erteilt.", ("SANCTION", "ITA", "TUN")),
    ("Die Ukraine wurde von Russland angegriffen.", ("ASSAULT", "RUS", "UKR")),
])
def test_the_plain_forms_stay(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "Die Rebellen sollen ihre Waffen an die Armee abgeben.",
    "Die Soldaten der Armee Ägyptens gaben Warnschüsse in die Luft ab.",
])
def test_handing_over_and_warning_shots_are_no_assault(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "ASSAULT"]
