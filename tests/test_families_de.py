"""German trigger families added in round 7 (issue 13 item 1), on sentences written for these tests: each family
fires where a reader codes an event and stays silent on the everyday use of the same verb."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Polizei ging in Athen mit Tränengas gegen die Demonstranten vor.", ("COERCE", "GRC", "GRC")),
    ("Eine Kundgebung der Opposition in Minsk wurde von der Polizei verhindert.", ("COERCE", "BLR", "BLR")),
    ("Das Parlament in Ankara hat 138 Abgeordneten die Immunität entzogen.", ("COERCE", "TUR", "TUR")),
    ("Wegen der Rückschläge legen die USA die Ausbildung syrischer Rebellen vorerst auf Eis.", ("SANCTION", "USA", "SYR")),
    ("Politiker mehrerer Parteien in Berlin empörten sich über die Äußerung des AfD-Politikers.", ("ACCUSE", "DEU", None)),
])
def test_family_fires(text: str, expected: tuple[str, str | None, str | None]) -> None:
    got = roles(text)
    assert any(g[:2] == expected[:2] and (expected[2] is None or g[2] == expected[2]) for g in got), got


@pytest.mark.parametrize(("text", "etype"), [
    ("Der Regierungschef in Budapest hat seine Pläne für eine Steuer auf Eis gelegt.", "SANCTION"),
    ("Der Botschafter in Wien hat sich nach der Rede empört zurückgezogen.", "ACCUSE"),
    ("Die Regierung in Rom will verhindern, dass die Preise weiter steigen.", "COERCE"),
])
def test_family_silent(text: str, etype: str) -> None:
    assert not [g for g in roles(text) if g[0] == etype], roles(text)


def test_fire_at_a_named_side_is_an_attack() -> None:
    assert ("ASSAULT", "PRK", "KOR") in roles("Nordkorea feuerte am Montag zwei Raketen auf Südkorea ab.")
    assert not [g for g in roles("Nordkorea feuerte am Montag zwei Raketen ins Meer ab.") if g[0] == "ASSAULT"]
    assert ("ASSAULT", "TUR", "RUS") in roles("Die Türkei schoss an der Grenze ein russisches Kampfflugzeug ab.")


@pytest.mark.parametrize(("text", "expected"), [
    # a separable participle the lemmatiser does not know ("zurückerobert")
    ("Die ukrainische Armee hat die Stadt Cherson zurückerobert.", ("ASSAULT", "UKR", "UKR")),
    # nominal triggers carried by "aufnehmen", "abstatten", "teilnehmen"
    ("Der Iran nahm am Montag die Gespräche mit Frankreich wieder auf.", ("CONSULT", "IRN", "FRA")),
    ("Der Präsident Frankreichs stattete Algerien einen Besuch ab.", ("CONSULT", "FRA", "DZA")),
])
def test_carried_and_separable(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)


def test_win_back_a_majority_is_no_attack() -> None:
    got = roles("Die Partei in Ankara will bei der Wahl die Mehrheit im Parlament zurückerobern.")
    assert not [g for g in got if g[0] == "ASSAULT"], got
