"""Round 37 (deprec37): German precision gates on news: acts that are no PLOVER event at all (a noun act alleged,
or planned with no date of its own, ...). Own sentences; guards keep the right readings beside each gate."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize(("text", "etype"), [
    ("Der Innenminister hält die geplante Razzia der Polizei gegen die Opposition in Russland für falsch.", "COERCE"),
    ("Die angebliche Bombardierung Kiews durch Russland erwies sich als Fälschung.", "ASSAULT"),
    ("Die Opposition hält die geplante neue Offensive Russlands gegen die Ukraine für einen Fehler.", "ASSAULT"),
    ("Die Regierung verteidigte den geplanten Abzug der deutschen Truppen aus Mali.", "RETREAT"),
])
def test_noun_act_alleged_or_planned_is_no_event(text: str, etype: str) -> None:
    """a noun act after "angeblich", or after "der geplante" with no date of its own, is talked about, not told as
    done: no event."""
    assert not any(r[0] == etype for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Die russische Polizei führte am Montag eine Razzia gegen die Opposition durch.", ("COERCE", "RUS", "RUS")),
    ("Russland bombardierte am Montag Kiew.", ("ASSAULT", "RUS", "UKR")),
    ("Die Türkei griff am Dienstag Ziele in Syrien an.", ("ASSAULT", "TUR", "SYR")),
    ("Die für Freitag geplante Großdemonstration der Opposition gegen die Regierung in Belgrad soll vor dem Parlament "
     "beginnen.", ("PROTEST", "SRB", "SRB")),
    ("Etwaige Angriffe der Türkei auf Syrien wären ein Fehler, sagte der Minister.", ("ASSAULT", "TUR", "SYR")),
    ("Die Opposition kündigte für Freitag eine Großdemonstration gegen die Regierung in Belgrad an.",
     ("PROTEST", "SRB", "SRB")),
])
def test_acts_told_or_announced_stay(text: str, row: tuple[str, str, str]) -> None:
    """the same acts told as done, announced by a verb, planned with a date of their own, or supposed ("etwaige":
    hypothetical, round 28b), keep their event."""
    assert row in _rows(text)


@pytest.mark.parametrize(("text", "etype"), [
    ("Die Regierung in Moskau hat jahrelang die Opposition unterstützt.", "SUPPORT"),
    ("Der Minister verteidigte den jahrzehntelangen Einsatz der Armee in Mali.", "MOBILIZE"),
])
def test_act_told_over_years_is_background(text: str, etype: str) -> None:
    """"jahrelang" before the act, or "jahrzehntelang" on the act noun, tells a standing state, no act of the day."""
    assert not any(r[0] == etype for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Die Regierung in Moskau hat am Montag die Opposition unterstützt.", ("SUPPORT", "RUS", "RUS")),
    ("Die jahrelang verfolgte Opposition protestierte am Montag in Minsk gegen die Regierung.", ("PROTEST", "BLR", "BLR")),
])
def test_act_of_the_day_stays_beside_a_duration(text: str, row: tuple[str, str, str]) -> None:
    """the act of the day stays, also where the duration qualifies a participle before a noun, not the act."""
    assert row in _rows(text)
