"""Round 37 (detrig37): a judgement told with a copula in a named speaker's words ("Die Pläne Russlands seien
inakzeptabel, sagte der Außenminister Polens") is the speaker's criticism of the subject's side (ACCUSE), read as a
reported charge: told as fact, negated, of a situation or of a proposition it is none. Dismay shown at a side
("zeigte sich empört über") criticises it as concern does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Der Plan Russlands sei unverantwortlich, sagte der polnische Außenminister.", ("ACCUSE", "POL", "RUS")),
    ("Die Pläne Russlands seien völlig inakzeptabel, sagte der Außenminister Polens.", ("ACCUSE", "POL", "RUS")),
    ("Der polnische Außenminister sagte, die Pläne Russlands seien völlig inakzeptabel.", ("ACCUSE", "POL", "RUS")),
    ("Der polnische Außenminister sagte, Russland sei aggressiv und unberechenbar.", ("ACCUSE", "POL", "RUS")),
])
def test_a_speakers_copula_judgement_criticises_the_subject(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Pläne Russlands sind völlig inakzeptabel.",
    "Der polnische Außenminister sagte, die Entscheidung Russlands sei nicht falsch.",
    "Die Lage in Syrien sei katastrophal, sagte der französische Außenminister.",
    "Der französische Präsident sagte, es sei falsch, Russland zu isolieren.",
])
def test_no_charge_told_as_fact_negated_or_of_no_side(text: str) -> None:
    """Guards: no speaker, a negated judgement, a situation judged, a proposition judged."""
    assert "ACCUSE" not in {t for t, _, _ in event_rows(text, "de")}, event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Der polnische Außenminister zeigte sich enttäuscht über die Entscheidung Russlands.", ("ACCUSE", "POL", "RUS")),
    ("Die Regierung in Warschau zeigte sich empört über das Vorgehen der russischen Armee.", ("ACCUSE", "POL", "RUS")),
    ("Der französische Präsident zeigte sich irritiert über die Äußerungen des polnischen Präsidenten.",
     ("ACCUSE", "FRA", "POL")),
])
def test_dismay_shown_at_a_side_criticises_it(text: str, row: tuple[str, str, str]) -> None:
    """"sich enttäuscht / empört / irritiert zeigen über" as "sich besorgt zeigen über" (silent before)."""
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der polnische Präsident zeigte sich enttäuscht über das Ergebnis der Wahl.",
    "Der polnische Präsident zeigte sich zufrieden über die Entscheidung Russlands.",
])
def test_dismay_at_no_side_or_content_is_no_criticism(text: str) -> None:
    assert "ACCUSE" not in {t for t, _, _ in event_rows(text, "de")}, event_rows(text, "de")
