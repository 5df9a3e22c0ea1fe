"""Round 27 (judge27b): English "call" with an object and an evaluative predicate is criticism or praise ("called
the vote illegal", "called him a traitor"); only the rules of calling read it without "on"/"for"/"up", so the verb's
REQUEST rule still reads no title, no meeting and no election as an appeal. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="en")]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_SCORER", "off")


@pytest.mark.parametrize("text, want", [
    ("The Polish president called the Hungarian prime minister a traitor.", ("ACCUSE", "POL", "HUN")),
    ("The French government called the Turkish plan unrealistic.", ("ACCUSE", "FRA", "TUR")),
    ("Russia called the Ukrainian vote illegal.", ("ACCUSE", "RUS", "UKR")),
    ("The German chancellor called the French decision a courageous step.", ("SUPPORT", "DEU", "FRA")),
])
def test_calling_a_side_something_is_criticism_or_praise(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "The Russian party called the Ukrainian general president.",   # a title
    "The Russian president called a meeting with Ukraine.",        # convening
    "The Ukrainian president called the election for May.",        # no predicate
    "The Russian president called the Ukrainian vote.",            # no predicate
])
def test_call_without_a_judgement_is_no_event_of_calling_nor_an_appeal(text: str) -> None:
    assert not [e for e in _events(text) if e[0] in ("ACCUSE", "SUPPORT", "REQUEST")]


@pytest.mark.parametrize("text, want", [
    ("The United States called on Russia to withdraw its troops.", ("REQUEST", "USA", "RUS")),
    ("France called for Russia to withdraw its troops.", ("REQUEST", "FRA", "RUS")),
])
def test_an_appeal_with_on_or_for_stays_a_request(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)
