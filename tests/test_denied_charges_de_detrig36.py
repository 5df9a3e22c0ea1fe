"""Round 36 (detrig36): denying a charge told as one's own deed is a rejection of it where the deed is no event of its
own ("bestritt, ... gelöscht zu haben": REJECT by the denier, against its own side where no accuser is named). A deed
that is an event stays that event, denied (tests/test_claims_denials.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> set[str]:
    return {t for t, _, _ in event_rows(text, "de")}


@pytest.mark.parametrize(("text", "row"), [
    ("Der griechische Finanzminister bestritt, Namen aus der Liste gelöscht zu haben.", ("REJECT", "GRC", "GRC")),
    ("Der griechische Finanzminister bestreitet jedoch, die Liste gekannt zu haben.", ("REJECT", "GRC", "GRC")),
    ("Der griechische Finanzminister bestreitet, dass er von der Liste gewusst habe.", ("REJECT", "GRC", "GRC")),
])
def test_denying_ones_own_deed_rejects_the_charge(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_a_deed_that_is_an_event_stays_denied_not_rejected() -> None:
    rows = event_rows("Russland bestritt am Montag, Truppen an die Grenze zu Finnland verlegt zu haben.", "de")
    assert ("MOBILIZE", "RUS", "FIN") in rows and "REJECT" not in {t for t, _, _ in rows}


@pytest.mark.parametrize("text", [
    "Ein Präsident, der das Existenzrecht Israels bestreitet, kann nicht erwarten, dass Frankreich ihn empfängt.",
    "Der Kreml dementierte, dass der Präsident Russlands krank sei.",
    "Die SPD bestreitet ihren Wahlkampf mit Spenden aus Bayern.",
])
def test_a_description_a_report_denied_and_paying_reject_nothing(text: str) -> None:
    """Guards: a relative clause describes a side; "dementieren" denies a report; "bestreiten" also pays."""
    assert "REJECT" not in _types(text), event_rows(text, "de")


def test_an_infinitive_opened_by_an_article_is_the_denied_content() -> None:
    """"bestritt, die Truppen ... verlegt zu haben": "die" opens no relative clause where "zu" + infinitive ends it."""
    from lagebild.pipeline import extract_events

    evs = [e for e in extract_events("Russland bestritt, die Truppen an die Grenze zu Finnland verlegt zu haben.", lang="de")
           if e.event_type == "MOBILIZE"]
    assert evs and evs[0].modality == "negated" and [d.country for d in evs[0].denied_by] == ["RUS"]
