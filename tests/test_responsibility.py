"""An act named inside a claim or a blame, told before in the article, is that act again, not a second one; the
claim told first stays the act's telling."""

from __future__ import annotations

from datetime import date

from lagebild.extract.responsibility import ResponsibilityFrames
from lagebild.pipeline import extract_events


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in extract_events(text, date(2024, 10, 23), "de")]


ATTACK = "Palästinensische Extremisten griffen am Montag einen Grenzposten in Israel mit Raketen an. "


def test_claim_of_a_told_attack_is_no_second_attack() -> None:
    before = _events(ATTACK)
    after = _events(ATTACK + "Zu den Angriffen bekannten sich die Al-Aksa-Märtyrerbrigaden und der Islamische Dschihad.")
    assert [t for t, _ in before].count("ASSAULT") >= 1, before
    assert [t for t, _ in after].count("ASSAULT") == [t for t, _ in before].count("ASSAULT"), after


def test_blamed_act_told_before_is_no_second_act() -> None:
    text = ATTACK + "Die israelische Regierung beschuldigte die Hamas, die Angriffe verübt zu haben."
    events = _events(text)
    assert ("ACCUSE", "beschuldigte") in events, events  # the blame itself stays
    assert not any(t == "ASSAULT" and w == "Angriffe" for t, w in events), events


def test_claim_told_first_stays() -> None:
    events = _events("Zu dem Anschlag auf die israelische Botschaft in Kairo bekannte sich die Hamas.")
    assert any(t == "ASSAULT" for t, _ in events), events


def test_known_is_no_claim() -> None:
    """ "bekannt" without "sich" is "known": the act noun beside it keeps its event."""
    events = _events(ATTACK + "Der Angriff Israels auf den Gazastreifen am Dienstag wurde erst am Abend bekannt.")
    assert ("ASSAULT", "Angriff") in events, events


def test_without_data_nothing_is_dropped() -> None:
    assert ResponsibilityFrames.from_lexicon({}).same_acts(None, []) == []  # type: ignore[arg-type]


def test_blame_past_a_comma_is_another_clause() -> None:
    """ "die Festnahme von Abgeordneten, gegen die Terrorvorwürfe erhoben werden": the deputies are blamed, the
    arrest is no act told again. (newu34: the arrest is now reported, "meldete die Festnahme"; one only feared,
    "befürchtet die Festnahme", is no act at all: tests/test_false_events_de_round34.py)"""
    text = ("Die türkische Polizei nahm am Montag zwei Abgeordnete der HDP fest. "
            "Die HDP meldete am Dienstag die Festnahme weiterer Abgeordneter, gegen die Terrorvorwürfe erhoben werden.")
    assert ("COERCE", "Festnahme") in _events(text), _events(text)
