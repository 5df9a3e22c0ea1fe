"""Round 31 (detrig31): German trigger families counted in unannotated news (two-actor sentences of 10kGNAD and
Wikinews, hold-outs left out; scripts/german_trigger_coverage.py --min-actors 2) that no rule read: invitations to a
visit or talks (AGREE, as the PLOVER manual codes them), thanks "bei" a side, imputing a wrong ("unterstellen",
"anlasten", "Schuldzuweisungen"), negotiating ("aushandeln"), refugees sent back ("zurückschicken": deported),
"senden"/"verschicken" as "schicken", "dichtmachen" as "schließen", "beistehen", annexation ("einverleiben",
"okkupieren"), "erbitten", "rüffeln", "ermuntern". Own sentences; the guards keep a dinner invitation, a unit placed
under a ministry, parcels, goods sent back and a broadcast no event."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture applies by name)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    ("Der französische Präsident lud den chinesischen Staatschef zu einem Staatsbesuch nach Paris ein.", ("AGREE", "FRA", "CHN")),
    ("Deutschland hat den ukrainischen Präsidenten zu Gesprächen nach Berlin eingeladen.", ("AGREE", "DEU", "UKR")),
    ("Der ukrainische Präsident bedankte sich bei Deutschland für die Hilfe.", ("SUPPORT", "UKR", "DEU")),
    ("Die russische Regierung unterstellte den USA, einen Umsturz in Kiew geplant zu haben.", ("ACCUSE", "RUS", "USA")),
    ("Frankreich sendet Hilfsgüter an die Ukraine.", ("AID", "FRA", "UKR")),
    ("Japan verschickte Hilfsgüter nach Nepal.", ("AID", "JPN", "NPL")),
    ("Polen sandte Truppen an die Grenze zu Belarus.", ("MOBILIZE", "POL", "BLR")),
    ("Der Iran hat eine Delegation nach Saudi-Arabien gesandt.", ("CONSULT", "IRN", "SAU")),
    ("Die ungarische Regierung hat die Grenzen dichtgemacht.", ("COERCE", "HUN", "HUN")),
    ("Die Bundeswehr steht der litauischen Armee bei.", ("AID", "DEU", "LTU")),
    ("Die Türkei lastete den Anschlag Syrien an.", ("ACCUSE", "TUR", "SYR")),
    ("Die Ukraine hat mit Russland ein Abkommen über den Gastransit ausgehandelt.", ("CONSULT", "UKR", "RUS")),
    ("Die ukrainische Regierung erhob Schuldzuweisungen gegen Russland.", ("ACCUSE", "UKR", "RUS")),
    ("Ungarn hat hunderte Migranten nach Serbien zurückgeschickt.", ("COERCE", "HUN", "SRB")),
    # annexation, asking, reprimand and encouragement told with other words of the same families
    ("Russland hat sich die ukrainische Halbinsel Krim einverleibt.", ("COERCE", "RUS", "UKR")),
    ("Russland okkupierte die georgischen Provinzen.", ("COERCE", "RUS", "GEO")),
    ("Die griechische Regierung erbat von der EU weitere Hilfe.", ("REQUEST", "GRC", None)),
    ("Die EU-Kommission rüffelte Italien wegen des Haushalts.", ("ACCUSE", None, "ITA")),
    ("Washington ermunterte die ukrainische Regierung zu Reformen.", ("SUPPORT", "USA", "UKR")),
])
def test_reading_gives_the_event(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert want in _events(text), _events(text)


@pytest.mark.parametrize("text, kind", [
    ("Merkel hat den französischen Präsidenten zum Abendessen eingeladen.", "AGREE"),
    ("Die Bundeswehr ist dem Verteidigungsministerium direkt unterstellt.", "ACCUSE"),
    ("Die Einheit wurde dem Kommando der NATO unterstellt.", "ACCUSE"),
    ("Der Sender sendete einen Bericht über die russische Armee.", "MOBILIZE"),
    ("Frankreich bedankte sich für die Unterstützung.", "SUPPORT"),
    ("Die Firma schickte die Pakete nach China zurück.", "COERCE"),
    ("Die Firma verschickte Waren nach Japan.", "AID"),
    ("Die Stadt Leipzig hat sich die Vorortgemeinde Markkleeberg einverleibt.", "COERCE"),
    ("Laut der Post haben zwei Millionen Deutsche zu Weihnachten Pakete nach Polen verschickt.", "AID"),
])
def test_no_event(text: str, kind: str) -> None:
    assert all(r[0] != kind for r in _events(text)), _events(text)
