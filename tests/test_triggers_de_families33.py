"""Round 33 (dewords33): German trigger families completed beyond the words a tuning article showed. A trial or
proceedings against a side is the state's charge; "sich wehren gegen" refuses; the rest of the gatherings a ban falls
on; a party or union dissolved by force is banned; the rest of the disparaging verbs and of the judgement nouns. Each
family with a guard for its other sense. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> set[str]:
    return {t for t, _, _ in event_rows(text, "de")}


@pytest.mark.parametrize(("text", "row"), [
    ("Vor einem Monat begann in Madrid der Prozess gegen die mutmaßlichen Attentäter.", ("ACCUSE", "ESP", "ESP")),
    ("Der Prozess gegen den Oppositionsführer Nawalny begann in Moskau.", ("ACCUSE", "RUS", "RUS")),
    ("Die Staatsanwaltschaft in Wien leitete ein Verfahren gegen den FPÖ-Politiker ein.", ("ACCUSE", "AUT", "AUT")),
])
def test_a_trial_against_a_side_is_a_charge(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der Friedensprozess im Nahen Osten ist ins Stocken geraten.",
    "Die Forscher in Wien entwickelten ein neues Verfahren zur Messung der Luftqualität.",
    "Nach dem Prozess gegen den Journalisten sprach der Minister in Ankara.",
    "Der frühere Präsident Milosevic saß 2005 in Den Haag auf der Anklagebank.",
])
def test_a_process_a_method_or_a_trial_told_as_known_is_no_charge(text: str) -> None:
    """Guards: no "gegen" in the noun's phrase, or the trial after "nach" (told before), or the dock as history."""
    assert "ACCUSE" not in _types(text), event_rows(text, "de")


def test_wehren_gegen_refuses() -> None:
    assert ("REJECT", "DEU", "DEU") in event_rows(
        "Die SPD wehrte sich dagegen, dass die Regierung in Berlin die Steuern erhöht.", "de")
    assert "REJECT" in _types("Die Regierung in Wien wehrte sich gegen die Vorwürfe der EU-Kommission.")


def test_wehren_against_an_attack_is_no_refusal() -> None:
    """Guard: self-defence against an attack."""
    text = "Die ukrainischen Soldaten wehrten sich gegen den Angriff der russischen Armee."
    assert "REJECT" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Behörden in China untersagten die Gedenkfeiern.",
    "Die Polizei in Wien verbot die Mahnwache vor der Botschaft.",
])
def test_a_banned_gathering_restricts(text: str) -> None:
    assert "COERCE" in _types(text), event_rows(text, "de")


def test_a_ban_for_everyone_stays_no_event() -> None:
    """Guard: a rule for all ("Feiern ist verboten"), no gathering of a side."""
    assert "COERCE" not in _types("Im Wald ist das Feiern in Österreich verboten.")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Regierung Myanmars hat die Partei aufgelöst.", ("COERCE", "MMR", "MMR")),
    ("Die Miliz wurde 2004 von der Regierung in Bagdad aufgelöst.", ("COERCE", "IRQ", "IRQ")),
])
def test_a_party_dissolved_by_force_is_banned(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft in Wien löste sich 2010 auf.",
    "Die Regierung in Bangkok hat das Parlament aufgelöst.",
    "Die Koalition in Wien wurde aufgelöst.",
])
def test_a_body_dissolving_itself_or_a_parliament_dissolved_is_no_coercion(text: str) -> None:
    """Guards: its own dissolution, a parliament or a coalition ended."""
    assert "COERCE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der SPÖ-Chef hat den ÖVP-Obmann Mitterlehner brüskiert.",
    "Der FPÖ-Chef verleumdete die Grünen.",
    "Der FPÖ-Chef würdigte die Grünen herab.",
])
def test_disparaging_verbs_accuse(text: str) -> None:
    assert ("ACCUSE", "AUT", "AUT") in event_rows(text, "de")


def test_herabwuerdigen_is_no_praise() -> None:
    """Guard: the particle "herab" makes "würdigte ... herab" no "würdigen" (praise)."""
    assert "SUPPORT" not in _types("Der FPÖ-Chef würdigte die Grünen herab.")


def test_discrediting_oneself_accuses_no_one() -> None:
    """Guard: the reflexive harms oneself."""
    text = "Der FPÖ-Chef hat sich mit dem Auftritt selbst diskreditiert."
    assert "ACCUSE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Ein Mitarbeiter der SPÖ hat den ÖVP-Politiker als Krüppel bezeichnet.", ("ACCUSE", "AUT", "AUT")),
    ("Der DGB-Chef bezeichnete das Schreiben der Regierung als Unsensibilität.", ("ACCUSE", "DEU", "DEU")),
    ("Der Minister nannte den Plan der SPD eine Taktlosigkeit.", ("ACCUSE", "DEU", "DEU")),
])
def test_judgement_nouns_and_slurs_accuse(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_praise_still_supports() -> None:
    """Guard: a positive judgement stays praise."""
    assert ("SUPPORT", "DEU", "DEU") in event_rows("Der Minister nannte die Ernennung der SPD-Politikerin einen Glücksfall.",
                                                   "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die USA belegten chinesische Waren mit Strafzöllen.", ("SANCTION", "USA", "CHN")),
    ("Die EU belegte Russland mit neuen Sanktionen.", ("SANCTION", None, "RUS")),
])
def test_belegen_mit_sanctions_imposes_them(text: str, row: tuple[str, str | None, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die Zahlen belegen die Wirkung der Sanktionen gegen Russland.",
    "Österreich belegte bei den Sanktionen gegen Russland den dritten Platz.",
])
def test_belegen_that_proves_or_ranks_sanctions_no_one(text: str) -> None:
    """Guards: evidence that proves, a rank taken."""
    assert "SANCTION" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die russische Justiz schickte den Oppositionellen ins Straflager.", ("COERCE", "RUS", "RUS")),
    ("Die iranische Regierung steckte den Journalisten ins Gefängnis.", ("COERCE", "IRN", "IRN")),
])
def test_sent_to_prison_is_detained(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_a_letter_from_prison_detains_no_one() -> None:
    """Guard: the prisoner sends something out of the prison."""
    text = "Der russische Oppositionelle schickte aus dem Gefängnis einen Brief an Putin."
    assert "COERCE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Türkei stemmte sich gegen den NATO-Beitritt Schwedens.", ("REJECT", "TUR", "SWE")),
    ("Ungarn stellte sich bei den Plänen der Ukraine quer.", ("REJECT", "HUN", "UKR")),
])
def test_stemmen_and_querstellen_refuse(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


def test_a_news_blackout_restricts() -> None:
    assert "COERCE" in _types("Die Regierung in Ankara verhängte eine Nachrichtensperre.")


@pytest.mark.parametrize(("text", "row"), [
    ("Ein Gericht in Moskau rehabilitierte den Dissidenten.", ("CONCEDE", "RUS", "RUS")),
    ("Die türkischen Behörden setzten den deutschen Journalisten auf freien Fuß.", ("RETREAT", "TUR", "DEU")),
])
def test_pardons_and_releases_under_other_words(text: str, row: tuple[str, str, str]) -> None:
    assert row in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der russische Präsident setzte keinen Fuß nach Deutschland.",
    "Der deutsche Kanzler setzte seinen Fuß auf ukrainischen Boden.",
    "Die Täter in Berlin setzten die Flucht zu Fuß fort und ließen das Motorrad zurück.",
    "Die Regierung in Wien setzt auf den freien Markt.",
])
def test_setting_foot_somewhere_releases_no_one(text: str) -> None:
    """Guards: "Fuß setzen" is going somewhere, "zu Fuß" walking, "auf den freien Markt setzen" relying on it."""
    assert "RETREAT" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die russische Luftwaffe warf Bomben auf Aleppo ab.",
    "Die russische Armee legte die Stadt Mariupol in Schutt und Asche.",
])
def test_bombs_dropped_and_a_town_laid_waste_assault(text: str) -> None:
    assert "ASSAULT" in _types(text), event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Die amerikanische Luftwaffe warf Hilfsgüter über Gaza ab.",
    "Das Geschäft in Russland warf hohe Gewinne ab.",
])
def test_abwerfen_aid_or_profit_is_no_assault(text: str) -> None:
    """Guards: an airdrop of aid, a yield."""
    assert "ASSAULT" not in _types(text), event_rows(text, "de")


def test_pressing_and_imputing_verbs() -> None:
    """"bestürmen" presses a side to act; "nachsagen" imputes a wrong; the passive reputation ("wird nachgesagt") has no doer."""
    assert ("REQUEST", "AUT", "AUT") in event_rows(
        "Der Landwirtschaftsminister wird von der SPÖ bestürmt, das Mittel in Österreich zu verbieten.", "de")
    assert ("ACCUSE", "AUT", "AUT") in event_rows("Die FPÖ sagte der Regierung in Wien Korruption nach.", "de")
    assert not _types("Dem Minister wird nachgesagt, ein guter Koch zu sein.")
