"""Round 28 (derecall28): German readings from the misses of the fresh samples and the tuning sets: criticism "am"
(an dem) a side or its plan, criticism "angemeldet", punishing a side, keeping one's distance from a side's demand.
Own sentences; the guards keep what stays no event."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture applies by name)

pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize("text, want", [
    # "am" is "an dem": the criticised side, or the side whose plan is criticised
    ("Die SPD übte am Montag scharfe Kritik am Bundeskanzler.", ("ACCUSE", "DEU", "DEU")),
    ("Die französische Regierung übte scharfe Kritik am Vorgehen der türkischen Regierung.", ("ACCUSE", "FRA", "TUR")),
    # a light verb: "Kritik anmelden" as "Kritik üben"
    ("Die polnische Regierung meldete am Dienstag Kritik an der russischen Regierung an.", ("ACCUSE", "POL", "RUS")),
    # punishing a side
    ("Die Regierung in Washington hat entschieden, Russland für die Annexion zu bestrafen.", ("SANCTION", "USA", "RUS")),
    # keeping one's distance from a side's demand
    ("Die französische Regierung distanzierte sich von den Forderungen der italienischen Regierung.", ("REJECT", "FRA", "ITA")),
    ("Führende CDU-Politiker gingen auf Distanz zu den Forderungen der polnischen Regierung.", ("REJECT", "DEU", "POL")),
])
def test_reading_gives_the_event(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("text, kind", [
    # voters punishing a party, a law's penalty: no sanction between sides
    ("Die Wähler haben die SPD bei der Landtagswahl in Hessen abgestraft.", "SANCTION"),
    ("Nach dem neuen Gesetz der polnischen Regierung wird die Leugnung mit Haft bestraft.", "SANCTION"),
    ("Der Bundesinnenminister sagte, die Täter müssten konsequent bestraft werden.", "SANCTION"),
    # "am" of a date is no target; going somewhere is no distance taken
    ("Die SPD übte am Montag in Berlin Kritik.", "ACCUSE"),
    ("Die französischen Truppen gingen am Montag zu den Stellungen der malischen Armee.", "REJECT"),
])
def test_no_event(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e[0] == kind]
