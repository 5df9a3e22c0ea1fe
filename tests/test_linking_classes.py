"""Linking classes found on the second real linking set (round 9), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.errors import InputError
from lagebild.knowledge import evaluation
from lagebild.knowledge.explain import mentions
from lagebild.knowledge.gazetteer_build import _shared_roles
from lagebild.model import Mention


def _found(text: str, lang: str, when: date | None = None) -> list[Mention]:
    return [m for m in mentions(text, lang, when) if evaluation.linked(m)]


def _by_text(found: list[Mention], text: str) -> Mention:
    return next(m for m in found if text in m.text)


def _country(m: Mention) -> str | None:
    return m.place.country if m.place is not None else (m.actor.country if m.actor is not None else None)


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("Bei Kämpfen in der südsudanesischen Stadt Wurobalo starben viele Menschen. Später floh die Bevölkerung "
     "aus Wurobalo.", "de", "Wurobalo", "SSD"),
    ("Aircraft struck the Lebanese village of Qarnitha on Sunday. Residents of Qarnitha fled.", "en", "Qarnitha", "LBN"),
    ("In der syrischen Küstenstadt Wurobalo starben viele. Die Armee umstellte Wurobalo.", "de", "Wurobalo", "SYR"),
])
def test_unknown_town_after_a_place_noun_is_a_place_of_the_adjectives_country(text: str, lang: str, name: str,
                                                                              country: str) -> None:
    places = [m for m in _found(text, lang) if m.kind == "place" and name in m.text]
    assert len(places) == 2 and all(m.place is not None and m.place.country == country for m in places)


def test_an_unknown_town_without_a_country_stays_unlinked() -> None:
    assert not [m for m in _found("Die Stadt Wurobalo wurde eingenommen.", "de") if "Wurobalo" in m.text]


def test_city_name_of_several_countries_follows_the_country_named() -> None:
    text = ("Bei einem Anschlag in der Hafenstadt Tripoli im nördlichen Libanon starben zwölf Menschen. "
            "In Tripoli kam es danach zu Protesten.")
    tripolis = [m for m in _found(text, "de") if m.text == "Tripoli"]
    assert [_country(m) for m in tripolis] == ["LBN", "LBN"]
    libya = _found("Rebellen rückten auf Tripoli vor, teilte die libysche Regierung mit.", "de")
    assert _country(_by_text(libya, "Tripoli")) == "LBY"


def test_phoenix_spellings_share_dated_posts_latest_first() -> None:
    people = [{"id": "a", "name": "Ann Be", "names": ["Ann Be"], "roles": [{"country": "KOR", "sector": "GOV",
                                                                          "from": "2004-01-01", "to": "2006-12-31"}]},
              {"id": "b", "name": "Ann-Be", "names": ["Ann-Be", "ANN BE"],
               "roles": [{"country": None, "sector": "IGO", "from": "2007-01-01"}]},
              {"id": "c", "name": "Cy Do", "names": ["Cy Do"], "roles": [{"country": "FRA", "sector": "GOV"}]}]
    shared = _shared_roles(people)
    assert set(shared) == {"a", "b"}
    assert [r["sector"] for r in shared["a"]] == ["IGO", "GOV"] == [r["sector"] for r in shared["b"]]
    ban = _by_text(_found("Das teilte UN-Generalsekretär Ban Ki Moon mit.", "de", date(2014, 4, 22)), "Ban Ki Moon")
    assert ban.actor is not None and ban.actor.sector == "IGO"


def test_unknown_name_after_an_organisations_possessive_belongs_to_it() -> None:
    m = _by_text(_found("VOA's Marla Quistenberg reports from Nairobi.", "en"), "Marla Quistenberg")
    assert m.actor is not None and (m.actor.country, m.actor.sector) == ("USA", "MEDIA")


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Die Regierung Jugoslawiens lehnte ab.", "de", "SRB"), ("Yugoslavia rejected the plan.", "en", "SRB"),
])
def test_former_states_are_their_successor(text: str, lang: str, country: str) -> None:
    assert _country(_by_text(_found(text, lang), "ugoslaw" if lang == "de" else "Yugoslavia")) == country


@pytest.mark.parametrize(("text", "lang", "ident"), [
    ("US-Streitkräfte griffen mit F15E-Kampfflugzeugen an.", "de", "f-15"),
    ("A UH-60 Black Hawk helicopter crashed.", "en", "uh-60"),
    ("Die Armee setzte einen MI-17 ein.", "de", "mi-17"),
])
def test_military_aircraft_are_equipment(text: str, lang: str, ident: str) -> None:
    assert any(m.kind == "equipment" and m.actor is not None and m.actor.actor_id == ident for m in _found(text, lang))


@pytest.mark.parametrize(("text", "lang", "surface", "ident"), [
    ("Die Extremistenmiliz IS griff an.", "de", "IS", "islamic-state"),
    ("Nasrallah said he will abide by the U.N. agreement.", "en", "U.N.", "un"),
    ("VOA reported the clashes.", "en", "VOA", "voa"),
])
def test_organisation_forms(text: str, lang: str, surface: str, ident: str) -> None:
    m = _by_text(_found(text, lang), surface)
    assert m.actor is not None and m.actor.actor_id == ident


def test_a_cited_document_that_does_not_exist_is_one_clear_error(tmp_path) -> None:  # noqa: ANN001
    if not (evaluation.SHARED_DATA / "german-wikinews-texts").is_dir():
        pytest.skip("../shared/data is not present")
    f = tmp_path / "de-x.yaml"
    f.write_text("- {source: german-wikinews-texts/dewikinews_998.jsonl, doc: line 99999, span: [0, 5], "
                 "mentions: []}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no such document"):
        evaluation.load_gold(f)


@pytest.mark.parametrize(("text", "people"), [
    ("Am Mittwoch sei der Deutsche nach einem Einsatz befreit worden.", True),
    ("Viele Deutsche reisen nach Spanien.", True),
    ("Die Deutsche Bank meldete Gewinne.", False),
])
def test_german_capitalised_demonym_inside_a_sentence_is_people(text: str, people: bool) -> None:
    m = _by_text(mentions(text, "de", None), "Deutsche")
    assert (m.kind == "actor" and m.via == "people") is people


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Airbus has asked for a decision by the end of the month.", "en", True),
    ("A Boeing crashed near the airport.", "en", False),
    ("Ein Airbus der Luftwaffe musste nach Deutschland zurückkehren.", "de", False),
])
def test_a_company_name_is_the_company_not_its_aircraft(text: str, lang: str, company: bool) -> None:
    found = [m for m in mentions(text, lang, None) if m.actor is not None and m.actor.sector == "BUS"]
    assert bool(found) is company


def test_a_company_does_not_make_the_articles_country() -> None:
    found = mentions("Ein Regierungssprecher sagte, Airbus liefere die Maschinen im Mai.", "de", None)
    assert _by_text(found, "Regierungssprecher").actor.country is None  # type: ignore[union-attr]


def test_a_bare_business_noun_is_no_actor_but_with_a_country_it_is() -> None:
    assert not [m for m in mentions("The company would meet investors on Monday.", "en", None) if m.kind == "actor"]
    m = _by_text(mentions("U.S. firms will sell fuel to India.", "en", None), "firms")
    assert m.actor is not None and (m.actor.country, m.actor.sector) == ("USA", "BUS")


def test_an_initial_is_no_alias_of_another_person() -> None:
    text = ("Der Drahtzieher könnte der belgische Jihadist Abdelhamid A. sein. Sein Bruder Salah A. sei in Brüssel "
            "verhaftet worden.")
    assert not [m for m in mentions(text, "de", None) if m.text.startswith("A.") and m.via.startswith("alias")]
