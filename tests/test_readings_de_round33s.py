"""Round 33 (gds33): German readings from dev2 part S's wording (DER STANDARD economy, media and domestic news), each as a
word family that holds on any news: "sich stemmen / wehren gegen" resists, "abraten" dissuades, the Austrian "ansuchen"
asks, a day of strikes called is a strike, "die Finanz" is the tax office; paying taxes over ("abführen"), a plan at odds
with a law ("widersprechen"), a board staffed ("besetzen"), a levy shelved ("auf Eis legen"), a broadcaster defending
its report, shops closing ("zusperren") and a debate cut off ("unterbinden") are no events. Own sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "row"), [
    ("Frankfurt – Die Deutsche Bundesbank stemmt sich gegen Pläne der Europäischen Zentralbank zur Abschaffung des "
     "500-Euro-Scheins.", ("REJECT", "DEU", None)),
    ("Wien – Der Minister wehrt sich gegen die Vorwürfe der Opposition.", ("REJECT", "AUT", "AUT")),
    ("Wien – Die Polizei rät Bürgerwehren davon ab, sich zu bewaffnen.", ("REQUEST", "AUT", "AUT")),
    ("Wien – Das Finanzministerium hat ein Amtshilfeansuchen an die USA und Irland gestellt.", ("REQUEST", "AUT", "USA")),
    ("Wien – Das Finanzministerium hat ein Amtshilfeansuchen an die USA und Irland gestellt.", ("REQUEST", "AUT", "IRL")),
    ("Wien – Die Regierung hat bei der EU um Hilfe angesucht.", ("REQUEST", "AUT", "AUT")),
    ("Wien – Die österreichische Finanz hat ein Amtshilfeansuchen an die USA gestellt.", ("REQUEST", "AUT", "USA")),
    ("Paris – Die Gewerkschaften haben zu einem neuen Streik- und Protesttag gegen das Gesetz aufgerufen.",
     ("PROTEST", "FRA", "FRA")),
    ("Paris – Die Gewerkschaften haben zu einem Streiktag aufgerufen.", ("PROTEST", "FRA", "FRA")),
])
def test_part_s_readings_find_the_event(text: str, row: tuple[str, str, str | None]) -> None:
    assert row in event_rows(text, "de")


def test_a_day_of_strikes_called_is_the_strike_not_a_demand() -> None:
    """The call to a protest day is that protest, announced; no demand of the addressed besides."""
    rows = event_rows("Paris – Die Gewerkschaften haben zu einem Streiktag aufgerufen.", "de")
    assert not [r for r in rows if r[0] == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Wien – Die Firma hat die Steuern an das Finanzamt abgeführt.",
    "Wien – Das Nominierungskomitee wurde von SPÖ und ÖVP besetzt.",
    "Wien – SPÖ und ÖVP haben den Aufsichtsrat der Staatsholding besetzt.",
    "Wien – Der Plan der Bank Austria würde EU-Recht widersprechen, sagte der Experte.",
    "Berlin – Für die inzwischen auf Eis gelegte Pkw-Maut hat der deutsche Verkehrsminister Alexander Dobrindt (CSU) "
    "bereits viel Geld ausgegeben.",
    "Wien – Der ORF verteidigt die Reportage über die Stadt.",
    "Wien – Geschäfte sperren zu, die Jungen wandern ab, schrieb der ORF in der Ankündigung zur Reportage.",
    "Wien – Die Handelskette sperrt in Österreich zwanzig Filialen zu.",
    "Paris – Der Premierminister will die ausufernde Gesetzesdebatte unterbinden.",
    "Berlin – Die Ärzte rieten der Frau davon ab, nach Hause zu gehen.",  # a doctor's advice asks no side
])
def test_part_s_other_senses_are_no_event(text: str) -> None:
    assert event_rows(text, "de") == []


@pytest.mark.parametrize(("text", "row"), [
    # guards: the event senses of the same verbs stand
    ("Berlin – Die Polizei hat den Verdächtigen abgeführt.", ("COERCE", "DEU", "DEU")),
    ("Kiew – Prorussische Separatisten haben das Rathaus besetzt.", ("COERCE", "UKR", "UKR")),
    ("Moskau – Russland widersprach der Darstellung der Ukraine.", ("REJECT", "RUS", "UKR")),
    ("Washington – Die USA haben die Gespräche mit dem Iran auf Eis gelegt.", ("SANCTION", "USA", "IRN")),
    ("Wien – Die Kanzlerin verteidigte die Entscheidung der Regierung.", ("SUPPORT", "AUT", "AUT")),
    ("Wien – Die Behörde sperrte das Lokal zu.", ("COERCE", "AUT", "AUT")),
    ("Moskau – Die Regierung unterbindet die Proteste der Opposition.", ("COERCE", "RUS", "RUS")),
])
def test_part_s_event_senses_stand(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_resisting_an_attack_is_no_refusal() -> None:
    """A guard: "sich wehren gegen" an attack fights back; it refuses no plan."""
    rows = event_rows("Die Kurden wehrten sich gegen den Angriff der syrischen Armee.", "de")
    assert not [r for r in rows if r[0] == "REJECT"]
