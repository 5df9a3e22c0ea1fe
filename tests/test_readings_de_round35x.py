"""Round 35 (newx35, dev2 part X): German readings found on part X. A resignation concedes something only where its
sentence tells the pressure it yields to (protests, demands, a scandal); one for the young, for family or after a
defeat is no event. "Von der Bühne abtreten" leaves public life. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> set[str]:
    return {t for t, _, _ in event_rows(text, "de")}


@pytest.mark.parametrize("text", [
    "Der georgische Innenminister ist am Dienstag von seinem Amt zurückgetreten.",
    "Der Schweizer Wirtschaftsminister Joseph Deiss will zurücktreten, um jüngeren Politikern Platz zu machen.",
    "Der französische Premierminister kündigte seinen Rücktritt an.",
    "Der SPD-Politiker Franz Müntefering hat seinen Rücktritt von allen Ämtern verkündet.",
    "Die Ministerin ist aus familiären Gründen von ihrem Amt zurückgetreten.",
    "Die Politiker Oskar Lafontaine und Lothar Bisky sind von der politischen Bühne abgetreten.",
])
def test_a_resignation_without_pressure_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Der georgische Innenminister ist nach massiven Protesten der Bevölkerung von seinem Amt zurückgetreten.",
     ("CONCEDE", "GEO", "GEO")),
    ("Der rumänische Präsident ist wegen der Affäre um gefälschte Urkunden zurückgetreten.", ("CONCEDE", "ROU", "ROU")),
    ("Unter dem Druck der Opposition kündigte der serbische Regierungschef seinen Rücktritt an.", ("CONCEDE", "SRB", "SRB")),
    ("Hintergrund der Rücktritte der beiden georgischen Minister sind massive Proteste der Bevölkerung.",
     ("CONCEDE", "GEO", "GEO")),
])
def test_a_resignation_under_pressure_still_concedes(text: str, row: tuple[str, str, str]) -> None:
    """Guard: the pressure told in the sentence, beside the verb or the noun."""
    assert row in event_rows(text, "de")


def test_the_pressure_named_beside_a_resignation_stays_its_own_event() -> None:
    """The cue word is no part of the resignation: the protests remain a protest."""
    rows = event_rows("Hintergrund der Rücktritte der beiden georgischen Minister sind massive Proteste der Bevölkerung.", "de")
    assert ("PROTEST", "GEO", "GEO") in rows, rows
