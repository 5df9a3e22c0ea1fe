"""Round 32 (defp32): German words read in another sense. "besetzen" a topic, a term or a name, or a staff "spärlich
besetzt", seizes nothing; a state of emergency over poisoned water coerces no one; "hinter sich versammeln" rallies
support, no protest; an appeal to voters is canvassing, no request; "sich bewaffnen" arms oneself, no aid; a record or
player's contract is business, no accord. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


def _types(text: str) -> set[str]:
    return {t for t, _, _ in event_rows(text, "de")}


@pytest.mark.parametrize("text", [
    "Die FPÖ hat das Thema Migration besetzt, sagte der Politologe.",
    "Die SPD hat den Begriff Sicherheit besetzt.",
    "Der Namenszusatz ist in Berlin bereits von einer Splitterpartei besetzt.",
    "In Österreich formieren sich Bürgerwehren, um die Arbeit der oft als zu spärlich besetzt empfundenen Polizei zu "
    "unterstützen.",
])
def test_besetzen_a_topic_name_or_staff_seizes_nothing(text: str) -> None:
    assert "COERCE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Russische Truppen haben die Stadt Cherson besetzt.", ("COERCE", "RUS", "UKR")),
    ("Demonstranten besetzten in Wien das Parlament.", ("PROTEST", "AUT", "AUT")),
])
def test_occupations_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: troops taking a town, protesters occupying a parliament."""
    assert row in event_rows(text, "de")


def test_emergency_over_poisoned_water_coerces_no_one() -> None:
    text = "Wegen der Verseuchung des Trinkwassers rief der Gouverneur von Michigan den Notstand aus."
    assert "COERCE" not in _types(text), event_rows(text, "de")


def test_emergency_against_protests_still_coerces() -> None:
    """Guard: a state of emergency declared to end protests."""
    text = "Die Regierung in Bangkok hat den Notstand ausgerufen, um die Proteste zu beenden."
    assert ("COERCE", "THA", "THA") in event_rows(text, "de")


def test_rallying_behind_oneself_is_no_protest() -> None:
    text = "Der afghanische Präsident Ghani versammelte die Paschtunen hinter sich."
    assert not _types(text) & {"PROTEST", "ACCUSE"}, event_rows(text, "de")


def test_gathering_protesters_still_protest() -> None:
    """Guard: supporters of the opposition gathering."""
    text = "Die Anhänger der Opposition versammelten sich in Kabul."
    assert ("PROTEST", "AFG", "AFG") in event_rows(text, "de")


def test_appeal_to_voters_is_no_request() -> None:
    text = "Bundeskanzler Scholz appelliert an die Wähler der Mitte."
    assert "REQUEST" not in _types(text), event_rows(text, "de")


def test_appeal_to_a_state_still_requests() -> None:
    """Guard: an appeal to another side."""
    text = "Bundeskanzler Scholz appelliert an Russland, den Krieg zu beenden."
    assert ("REQUEST", "DEU", "RUS") in event_rows(text, "de")


def test_arming_oneself_is_no_aid() -> None:
    text = "Die Polizei rät Bürgerwehren in Österreich davon ab, sich zu bewaffnen."
    assert "AID" not in _types(text), event_rows(text, "de")


def test_arming_others_still_aid() -> None:
    """Guard: arming rebels abroad."""
    text = "Die USA wollen die Rebellen in Syrien bewaffnen."
    assert ("AID", "USA", "SYR") in event_rows(text, "de")


def test_record_contract_is_no_agreement() -> None:
    text = ("London – Die britische Sängerin Adele hat einen Plattenvertrag mit Sony Music unterzeichnet, berichtete "
            "die Zeitung The Guardian.")
    assert "AGREE" not in _types(text), event_rows(text, "de")


def test_treaty_between_states_still_agrees() -> None:
    """Guard: a treaty between two states."""
    text = "Russland und China haben einen Vertrag über Gaslieferungen unterzeichnet."
    assert ("AGREE", "RUS", "CHN") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre alte Junge wurde jetzt in Chemnitz angeklagt.",
    "Bei einem in der Nacht zum Donnerstag in Gießen festgenommenen Marokkaner bestätigte sich der Verdacht nicht.",
])
def test_participle_after_several_phrases_describes_its_noun(text: str) -> None:
    """An inflected participle after two or three place, cause or time phrases inside a noun phrase tells no arrest."""
    assert "COERCE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Am Sonntag in Kiew verhafteten Polizisten drei Demonstranten.", ("COERCE", "UKR", "UKR")),
    ("In der Nacht zum Sonntag in Kiew verhafteten ukrainische Polizisten drei Demonstranten.", ("COERCE", "UKR", "UKR")),
    ("Die von Russland in der Ukraine eingesetzten Truppen sind erschöpft.", ("MOBILIZE", "RUS", "UKR")),
])
def test_finite_verbs_and_agent_phrases_still_read(text: str, row: tuple[str, str, str]) -> None:
    """Guards: phrases opening the clause leave a finite verb; an agent phrase keeps its event ("von Russland")."""
    assert row in event_rows(text, "de")


def test_talk_with_a_broadcaster_is_an_interview() -> None:
    text = "Der iranische Präsident äußerte sich im Gespräch mit dem amerikanischen Sender CNN über Israel."
    assert "CONSULT" not in _types(text), event_rows(text, "de")


def test_talk_between_leaders_still_consults() -> None:
    """Guard: a talk between two presidents."""
    text = "Der russische Präsident Putin führte ein Gespräch mit dem französischen Präsidenten Macron."
    assert ("CONSULT", "RUS", "FRA") in event_rows(text, "de")


@pytest.mark.parametrize("text", [
    "In der sechsten Minute hinderte die zurückeilende Sara Doorsoun die spanische Stürmerin Nahikari García am Torschuss.",
    "Die spanische Verteidigerin hinderte die deutsche Spielerin Lena Oberdorf im Strafraum am Schuss.",
])
def test_a_play_of_the_game_is_sport(text: str) -> None:
    """A shot on goal, the penalty area or a match minute written as a word tells a game, no coercion."""
    assert "COERCE" not in _types(text), event_rows(text, "de")


@pytest.mark.parametrize(("text", "row"), [
    ("Die Polizei hinderte die russischen Oppositionellen am Betreten des Parlaments.", ("COERCE", "RUS", "RUS")),
    ("In letzter Minute hinderte die ukrainische Polizei die Demonstranten am Sturm auf das Parlament.",
     ("COERCE", "UKR", "UKR")),
])
def test_police_stopping_people_still_coerces(text: str, row: tuple[str, str, str]) -> None:
    """Guards: "in letzter Minute" is no match minute."""
    assert row in event_rows(text, "de")
