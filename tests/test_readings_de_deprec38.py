"""Round 38 (deprec38): German precision gates on news: acts that are no PLOVER event (an act negated by "keinerlei",
the electorate's ballot read as a refusal, ...). Own sentences; guards keep the right readings beside each gate."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return event_rows(text, "de")


@pytest.mark.parametrize(("text", "etype"), [
    ("Nach Angaben der Polizei kam es in Wien zu keinerlei Ausschreitungen.", "PROTEST"),
    ("Die Polizei teilte mit, in Wien sei es zu keinerlei Ausschreitungen gekommen.", "PROTEST"),
])
def test_keinerlei_negates_the_act(text: str, etype: str) -> None:
    """"keinerlei" negates as "kein" does: nothing happened and nobody refrained, so no event."""
    assert not any(r[0] == etype for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("In Wien kam es am Montag zu schweren Ausschreitungen.", ("PROTEST", "AUT", "AUT")),
    ("Es kam in Minsk zu Protesten gegen die Regierung.", ("PROTEST", "BLR", "BLR")),
])
def test_unnegated_unrest_stays(text: str, row: tuple[str, str, str]) -> None:
    """the same unrest told as having happened keeps its event."""
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "62 Prozent der Wahlberechtigten stimmten für, 38 Prozent gegen die Ausweitung der Rechte der Regierung in Nuuk.",
    "Die Wähler in der Schweiz stimmten am Sonntag gegen die Initiative der Regierung.",
    "Die Stimmberechtigten in Bern stimmten am Sonntag gegen das Gesetz der Regierung.",
])
def test_the_electorates_ballot_is_no_refusal(text: str) -> None:
    """a referendum's voters casting their ballot tell a result, no side's act: no REJECT."""
    assert not any(r[0] == "REJECT" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Das Parlament in Kiew stimmte am Dienstag gegen den Vorschlag der Regierung.", ("REJECT", "UKR", "UKR")),
    ("Die Abgeordneten der Opposition stimmten in Berlin gegen das Gesetz der Regierung.", ("REJECT", "DEU", "DEU")),
])
def test_a_chamber_or_a_partys_vote_stays(text: str, row: tuple[str, str, str]) -> None:
    """a parliament's or its members' vote against a bill stays a refusal (dev2 codes those REJECT)."""
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    "Für Bundeskanzler Werner Faymann (SPÖ) ist mit der Verordnung, die er am Freitag unterzeichnet hat, der Streit mit "
    "den Ländern erledigt.",
    "Der Präsident hat das Gesetz, das der Bundestag am Freitag verabschiedet hatte, am Montag unterzeichnet.",
])
def test_a_decree_signed_in_a_relative_clause_is_no_agreement(text: str) -> None:
    """the noun a relative clause hangs on is read as the verb's object: a decree or a law signed is one side's act
    at home (the readings' "verordnung", "gesetz"), no agreement between sides."""
    assert not any(r[0] == "AGREE" for r in _rows(text))


@pytest.mark.parametrize(("text", "row"), [
    ("Der Präsident nannte das Abkommen, das Deutschland am Montag mit Polen unterzeichnet hat, einen Erfolg.",
     ("AGREE", "DEU", "POL")),
    ("Die Regierung in Berlin hat am Montag ein Abkommen mit Polen unterzeichnet.", ("AGREE", "DEU", "POL")),
])
def test_an_accord_signed_stays_an_agreement(text: str, row: tuple[str, str, str]) -> None:
    """an accord signed with another side stays AGREE, also inside a relative clause on the accord."""
    assert row in _rows(text)
