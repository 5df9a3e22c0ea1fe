"""Round 27 (med27): the doers of a German meeting told with a separable verb ("kamen ... zusammen"); the sides of
an offered mediation ("offered mediation between X and Y", "between" hung on the verb by the parse).

The Vorfeld subject is found by the finite verb after it; "kamen" (zusammenkommen) is a form the lexicon does not list,
so the generic "Minister aus A und B" was dropped for the named countries behind "aus" and no meeting was read."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text", [
    "Minister aus Frankreich und Deutschland kamen am Montag in Berlin zu Gesprächen zusammen.",
    "Minister aus Frankreich und Deutschland kamen am Montag zusammen.",
])
def test_separable_meeting_verb_keeps_listed_origins(text: str) -> None:
    assert ("CONSULT", "FRA", "DEU") in event_rows(text, "de")


@pytest.mark.parametrize("text", [  # guards: the readings that worked before stay
    "Minister aus Frankreich und Deutschland trafen sich am Montag in Berlin.",
    "Minister aus Frankreich und Deutschland berieten am Montag über die Lage.",
    "Frankreich und Deutschland kamen am Montag zu Gesprächen zusammen.",
])
def test_meeting_guards(text: str) -> None:
    assert ("CONSULT", "FRA", "DEU") in event_rows(text, "de")


def test_egypt_mediated_between() -> None:
    """A mediator acts on both sides (the verb reading, unchanged)."""
    rows = event_rows("Egypt mediated between Israel and Hamas.", "en")
    assert ("CONSULT", "EGY", "ISR") in rows and ("CONSULT", "EGY", "PSE") in rows


def test_offered_mediation_names_both_sides() -> None:
    """As "offered to mediate between": the offer is aimed at both sides the noun's "between" names."""
    rows = event_rows("Egypt offered mediation between Israel and Hamas.", "en")
    assert ("AGREE", "EGY", "ISR") in rows and ("AGREE", "EGY", "PSE") in rows


@pytest.mark.parametrize(("text", "row"), [  # guards: no consultation between the sides, the doer's own side kept
    ("Israel agreed to talks between Israel and Hamas.", ("AGREE", "ISR", "PSE")),
    ("China hosted talks between Iran and Saudi Arabia.", ("CONSULT", "CHN", "IRN")),
    ("Egypt offered to mediate between Israel and Hamas.", ("AGREE", "EGY", "ISR")),
])
def test_between_guards(text: str, row: tuple[str, str, str]) -> None:
    rows = event_rows(text, "en")
    assert row in rows and not any(r[0] == "CONSULT" and r[1] in ("ISR", "IRN") for r in rows)
