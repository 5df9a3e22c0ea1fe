"""Round 32 (deactors32): doers that resolved to no country: the state's offices named by their task, a town's
council, a works council, tax enforcement, the large German, Austrian and Swiss companies, ICANN. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _actors(text: str, lang: str = "de") -> dict[str, str | None]:
    """Each actor mention's text -> its actor id."""
    doc = Pipeline()(Article(id="t", text=text, lang=lang, published=date(2015, 5, 5)))
    return {m.text: m.actor.actor_id for m in doc.mentions if m.kind == "actor" and m.actor is not None}


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("In Linz hat das Arbeitsinspektorat eine Baufirma angezeigt.", "Arbeitsinspektorat", "AUT-GOV"),
    ("Das Finanzamt in Köln forderte von dem Verein eine Nachzahlung.", "Finanzamt", "DEU-GOV"),
    ("In Österreich kritisierte der Rechnungshof die Regierung.", "Rechnungshof", "AUT-GOV"),
    ("Die Bezirkshauptmannschaft in Graz verbot die Kundgebung.", "Bezirkshauptmannschaft", "AUT-GOV"),
])
def test_a_state_office_named_by_its_task_is_the_countrys_government(text: str, mention: str, actor: str) -> None:
    assert _actors(text)[mention] == actor


def test_tax_enforcement_is_police_and_a_works_council_civilian() -> None:
    assert _actors("Die Steuerfahndung in München durchsuchte das Büro des Managers.")["Steuerfahndung"] == "DEU-POL"
    assert _actors("In Hamburg kritisierte der Betriebsrat die Geschäftsführung scharf.")["Betriebsrat"] == "DEU-CIV"


def test_a_town_councillor_before_a_name_is_the_countrys_legislature() -> None:
    found = _actors("In Salzburg protestierte Gemeinderat Peter Huber gegen den Bürgermeister.")
    assert found["Gemeinderat Peter Huber"] == "AUT-LEG"


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Die OMV kritisierte die Regierung in Wien.", "OMV", "omv"),
    ("Die Flughafen Wien AG wies die Vorwürfe zurück.", "Flughafen Wien AG", "flughafen-wien"),
    ("Thyssenkrupp forderte von der Regierung niedrigere Strompreise.", "Thyssenkrupp", "thyssenkrupp"),
    ("Glencore wies die Vorwürfe der Regierung zurück.", "Glencore", "glencore"),
])
def test_a_large_company_has_its_seats_country(text: str, mention: str, actor: str) -> None:
    assert _actors(text)[mention] == actor


def test_a_common_noun_or_surname_is_no_company() -> None:
    found = _actors("Der Verbund der Gemeinden und Thomas Bayer kritisierten den Henkel der Tür.")
    assert not {v for v in found.values() if v in {"bayer-ag", "henkel-ag"}}


def test_icann_is_an_actor_in_both_languages() -> None:
    assert _actors("Die Internet-Verwaltung ICANN lehnte den Antrag ab.")["ICANN"] == "icann"
    assert _actors("ICANN rejected the request.", lang="en")["ICANN"] == "icann"


def test_a_small_town_after_a_local_office_is_its_seat() -> None:
    found = _actors("Das Zollamt Wiener Neustadt hat Zigaretten beschlagnahmt.")
    assert found["Zollamt"] == "AUT-POL"
    assert _actors("Das sagte Franz Maier vom Zollamt St. Pölten am Dienstag.")["Zollamt"] == "AUT-POL"
