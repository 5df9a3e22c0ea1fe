"""Round 34 (deactors34): German actor words the knowledge base had but did not read: names written with a
typographic apostrophe, a party's own bodies glued to its name, and organisation names opened by a capitalised
country adjective. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _mentions(text: str, lang: str = "de") -> dict[str, tuple[str, str | None]]:
    """Each actor or origin mention's text -> (its kind, its actor id)."""
    doc = Pipeline()(Article(id="t", text=text, lang=lang, published=date(2015, 5, 5)))
    return {m.text: (m.kind, m.actor.actor_id) for m in doc.mentions
            if m.kind in ("actor", "origin") and m.actor is not None}


@pytest.mark.parametrize(("text", "lang", "mention", "actor"), [
    ("Im Norden griff die Lord’s Resistance Army ein Dorf an.", "de", "Lord’s Resistance Army", "lra"),
    ("Im Norden griff die Lord´s Resistance Army ein Dorf an.", "de", "Lord´s Resistance Army", "lra"),
    ("Die People’s Liberation Army hielt ein Manöver ab.", "de", "People’s Liberation Army", "pla"),
    ("The Lord’s Resistance Army attacked a village.", "en", "Lord’s Resistance Army", "lra"),
])
def test_a_name_with_a_typographic_apostrophe_is_the_dictionarys(text: str, lang: str, mention: str,
                                                                 actor: str) -> None:
    assert _mentions(text, lang)[mention] == ("actor", actor)


def test_the_ascii_apostrophe_keeps_its_reading() -> None:
    assert _mentions("Im Norden griff die Lord's Resistance Army ein Dorf an.")["Lord's Resistance Army"] \
        == ("actor", "lra")


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Der ÖVP-Wirtschaftsbund forderte mehr Mut zu Reformen.", "ÖVP-Wirtschaftsbund", "oevp"),
    ("Die SPÖ-Frauen kritisierten den Entwurf.", "SPÖ-Frauen", "spoe"),
    ("Die CSU-Landesgruppe lehnte den Vorschlag ab.", "CSU-Landesgruppe", "csu"),
    ("Die FPÖ-Jugend protestierte vor dem Parlament.", "FPÖ-Jugend", "fpoe"),
])
def test_a_partys_own_body_acts_as_the_party(text: str, mention: str, actor: str) -> None:
    assert _mentions(text)[mention] == ("actor", actor)


def test_a_partys_things_and_an_igos_body_stay_origins() -> None:
    assert _mentions("Die ÖVP-Plakate hingen in der ganzen Stadt.")["ÖVP-Plakate"][0] == "origin"
    assert _mentions("Die EU-Jugend traf sich in Brüssel.")["EU-Jugend"][0] == "origin"


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Nun plant die Österreichische Hoteliervereinigung eine Beschwerde.", "Österreichische Hoteliervereinigung",
     "AUT-CIV"),
    ("Gestern protestierte die Tansanische Nationale Union gegen das Gesetz.", "Tansanische Nationale Union",
     "TZA-CIV"),
    ("Der Kenianische Lehrerverband rief zum Streik auf.", "Kenianische Lehrerverband", "KEN-CIV"),
])
def test_a_capitalised_country_adjective_opens_an_organisation_name(text: str, mention: str, actor: str) -> None:
    assert _mentions(text)[mention] == ("actor", actor)


def test_a_lower_case_adjective_or_another_noun_stays_an_origin() -> None:
    assert _mentions("Die österreichische Hoteliervereinigung klagt.")["österreichische"] == ("origin", "AUT")
    assert _mentions("Gestern schwieg der Russische Apparat.")["Russische"] == ("origin", "RUS")


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Der Sturm traf die Küste von Louisiana in den USA. Die Nationalgarde setzte Hubschrauber ein.", "Nationalgarde",
     "USA-MIL"),
    ("In Mexiko sank ein Fischerboot. Die Küstenwache suchte nach Überlebenden.", "Küstenwache", "MEX-MIL"),
    ("Die Ukraine meldet neue Kämpfe. Das Bataillon wurde aufgelöst.", "Bataillon", "UKR-MIL"),
])
def test_a_bare_army_unit_is_the_article_countrys_army(text: str, mention: str, actor: str) -> None:
    assert _mentions(text)[mention] == ("actor", actor)


def test_a_bare_army_unit_after_another_countrys_army_is_that_army() -> None:
    found = _mentions("Russische Truppen stehen an der Grenze zur Ukraine. Die Küstenwache patrouilliert.")
    assert found["Küstenwache"] == ("actor", "RUS-MIL")
