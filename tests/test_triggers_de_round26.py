"""Round 26 (frde26): German readings found on fresh, unlabelled news (eval/fresh_de.py): ruling out a coalition or
shutting a side out is a refusal, attending a school or a match meets no one, and contests named "-kämpfe" are no
fighting. Own sentences."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_SCORER", "off")


@pytest.mark.parametrize("text, want", [
    ("Der SPD-Vorsitzende Franz Müntefering schloss eine Koalition mit der Linkspartei aus.", ("REJECT", "DEU", "DEU")),
    ("Die FDP schließt eine Ampelkoalition mit der SPD und den Grünen aus.", ("REJECT", "DEU", "DEU")),
    ("Die österreichische Regierung hat Griechenland von der Westbalkankonferenz ausgeschlossen.", ("REJECT", "AUT", "GRC")),
])
def test_ruling_out_a_coalition_or_shutting_a_side_out_is_a_refusal(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("text", [
    "Die ÖVP schließt eine Koalition mit der FPÖ nicht aus.",       # left open, no refusal
    "Die Polizei schloss einen Anschlag der Rebellen als Ursache aus.",  # a cause ruled out
    "Der Kanzler der SPD schloss Neuwahlen aus.",                    # no side refused
])
def test_ruling_out_what_is_no_side_is_no_refusal(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "REJECT"]


@pytest.mark.parametrize("text", [
    "Die österreichischen Schüler besuchen 450 Workshops des Parlaments.",
    "Insgesamt besuchen 17 Prozent aller österreichischen Pflichtschüler Klassen mit Integrationsschülern.",
])
def test_attending_a_school_or_a_match_is_no_meeting(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "CONSULT"]


def test_a_state_visit_still_is_one() -> None:
    assert ("CONSULT", "VAT", "TUR") in _events("Papst Benedikt besuchte am Montag die Türkei.")


@pytest.mark.parametrize("text", [
    "Die Wahlkämpfe der Migranten in Österreich waren wenig erfolgreich.",
    "Die Machtkämpfe der ÖVP-Politiker gegen den Obmann gehen weiter.",
])
def test_contests_named_kaempfe_are_no_fighting(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "ASSAULT"]


def test_fighting_still_is() -> None:
    found = _events("Bei heftigen Kämpfen zwischen der syrischen Armee und Rebellen in Aleppo starben 20 Menschen.")
    assert [e for e in found if e[0] == "ASSAULT"]
