"""German roles from dev2's new wording (round 9, de9c), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_incidents_de import roles


@pytest.mark.parametrize("text", [
    "Das Minsker Abkommen sieht Wahlen in den umkämpften Gebieten vor.",
    "Der Vertrag von Lissabon trat im Jahr 2009 in Kraft.",
    "Der Friedensplan von Minsk wird bisher kaum umgesetzt.",
])
def test_the_city_an_accord_is_named_after_is_no_party(text: str) -> None:
    # the city where an accord was signed does not make its country the one who agrees
    assert not any(t == "AGREE" for t, _, _ in roles(text)), roles(text)


def test_a_capital_that_signs_still_acts() -> None:
    # a capital as the agent of the signing (not named with the accord) still names its government
    found = roles("Die Vereinbarung wurde am Montag von Moskau und Kiew unterzeichnet.")
    assert any(t == "AGREE" and s in ("RUS", "UKR") for t, s, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Präsident Japans entschuldigte sich am Montag bei Südkorea für die Kriegsverbrechen.", ("CONCEDE", "JPN", "KOR")),
    ("Nach dem Vorfall hat sich der russische Botschafter bei der Türkei entschuldigt.", ("CONCEDE", "RUS", "TUR")),
])
def test_an_apology_concedes(text: str, expected: tuple[str, str | None, str | None]) -> None:
    # the guidelines file apologies under CONCEDE, as the English rules do; no SUPPORT
    found = roles(text)
    assert expected in found and not any(t == "SUPPORT" for t, _, _ in found), found


def test_asking_forgiveness_is_no_request() -> None:
    # "um Entschuldigung bitten" apologises: the asking is no demand on the other side
    found = roles("Der japanische Regierungschef bat China am Dienstag um Entschuldigung.")
    assert not any(t == "REQUEST" for t, _, _ in found), found
    assert ("REQUEST", "JPN", "FRA") in roles("Der japanische Regierungschef bat Frankreich am Dienstag um Hilfe.")


@pytest.mark.parametrize(("text", "expected"), [
    # the participle of an "-igen" verb the lemmatiser does not know ("begnadigt") is still that verb
    ("Der Präsident Kenias hat am Montag den verurteilten Franzosen Jean Dupont begnadigt.", ("CONCEDE", "KEN", "FRA")),
    ("Der Präsident Kenias begnadigte am Montag den Oppositionsführer.", ("CONCEDE", "KEN", "KEN")),
])
def test_pardons_in_every_form(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in roles(text), roles(text)


def test_a_boycott_in_the_plural_protests() -> None:
    # the plural and compound nouns of a boycott are PROTEST like "Boykott" itself
    found = roles("Die Boykotte der Opposition in Kenia gegen die Regierung gingen am Montag weiter.")
    assert any(t == "PROTEST" and s == "KEN" for t, s, _ in found), found


def test_a_penalty_measured_in_years_is_no_arrest() -> None:
    # "(ein Jahr Haft, ...)" states what a law threatens; an arrest told with "in Haft" still counts
    text = "Das Gesetz stellt die Leugnung in Frankreich unter Strafe (ein Jahr Haft, 45.000 Euro Geldstrafe)."
    assert not any(t == "COERCE" for t, _, _ in roles(text)), roles(text)
    assert ("COERCE", "TUR", "TUR") in roles("Die Polizei in Ankara nahm den Journalisten am Montag in Haft.")
