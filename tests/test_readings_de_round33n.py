"""Round 33 (denoun33): three German readings common in domestic news. A party's criticism "an der Regierung" keeps the
noun's own object as its side though a named party would push generic nouns out of the clause; a former holder written
closed ("Exkanzler", "Altkanzler") names a person of the role's sector as "Ex-Kanzler" does; a charge brought or
proceedings opened in the passive ("Gegen X wurde Anklage erhoben") is the state's act, as the passive "ermitteln" is.
Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Berlin – Die SPD übte Kritik an der Regierung.", ("ACCUSE", "DEU", "DEU")),
    ("Berlin – Die Grünen übten scharfe Kritik an der Regierung.", ("ACCUSE", "DEU", "DEU")),
    ("Wien – Die FPÖ übte Kritik an der Regierung.", ("ACCUSE", "AUT", "AUT")),
    ("Berlin – Die SPD äußerte Kritik an der Polizei.", ("ACCUSE", "DEU", "DEU")),
    ("Wien – Exkanzler Schüssel kritisierte die Regierung.", ("ACCUSE", "AUT", "AUT")),
    ("Wien – Altkanzler Schüssel kritisierte die Regierung.", ("ACCUSE", "AUT", "AUT")),
    ("Berlin – Der Altbundeskanzler kritisierte die Regierung scharf.", ("ACCUSE", "DEU", "DEU")),
    ("Wien – Gegen Finanzminister Grasser wurde Anklage erhoben.", ("ACCUSE", "AUT", "AUT")),
    ("Wien – Nun ist Anklage gegen Finanzminister Grasser erhoben worden.", ("ACCUSE", "AUT", "AUT")),
    ("Wien – Gegen Finanzminister Grasser wurden Ermittlungen eingeleitet.", ("ACCUSE", "AUT", "AUT")),
    ("Wien – Gegen den Innenminister wurde ein Verfahren eingeleitet.", ("ACCUSE", "AUT", "AUT")),
])
def test_round33n_readings_find_the_event(text: str, row: tuple[str, str, str | None]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Berlin – Die Polizei hat ein neues Verfahren eingeleitet.",  # a procedure against no one
    "Wien – Die Behörde hat eine Reform eingeleitet.",
    "Berlin – Die Altstadt ist voller Touristen.",  # "Alt-" before no role noun
    "Berlin – Exporteure klagen über den starken Euro.",
    "Wien – Gegen Mittag wurde die Sitzung eingeleitet.",
])
def test_round33n_other_senses_are_no_event(text: str) -> None:
    assert event_rows(text, "de") == []


def test_the_passive_charge_is_one_event_in_the_active() -> None:
    """The named prosecutor's charge stays one event: the passive rule adds nothing where the doer is told."""
    rows = event_rows("Wien – Die Staatsanwaltschaft hat Anklage gegen Finanzminister Grasser erhoben.", "de")
    assert rows == [("ACCUSE", "AUT", "AUT")]


def test_the_former_role_stays_the_person_of_its_sector() -> None:
    """"Exkanzler" is read as "Ex-Kanzler": a government person, the country from the text."""
    rows = event_rows("Wien – Exkanzler Schüssel kritisierte die Regierung.", "de", source_id=True)
    assert rows and rows[0][1] is not None and "GOV" in rows[0][1]
