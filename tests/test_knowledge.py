"""Knowledge: resource files are well-formed, the gazetteer resolves inflected and metonymic names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from lagebild.extract.events import Rule
from lagebild.knowledge import resources
from lagebild.knowledge.ontology import event_types, ontology
from lagebild.pipeline import language_kit

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def test_ontology_has_the_16_plover_types_with_cameo_roots() -> None:
    assert event_types() == PLOVER
    assert all(t["cameo"].isdigit() for t in ontology()["types"].values())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_trigger_rules_name_valid_types_modes_and_contexts(lang: str) -> None:
    rules = [Rule.from_data(r) for r in resources.load("triggers", lang)["rules"]]  # raises on bad data
    assert {r.type for r in rules} == set(PLOVER)


def test_every_resource_file_is_valid_yaml() -> None:
    files = list(resources.PACKAGE_RESOURCES.rglob("*.yaml"))
    assert len(files) >= 15
    for f in files:
        assert yaml.safe_load(f.read_text(encoding="utf-8")) is not None, f


def test_country_codes_in_resources_are_iso3() -> None:
    """ISO 3166-1 alpha-3, or a user-assigned code in common use (Kosovo, XKX) listed in knowledge/codes.py."""
    import pycountry

    from lagebild.knowledge.codes import EXTRA_CODES

    for lang in resources.languages():
        for iso3 in resources.load("countries", lang):
            assert pycountry.countries.get(alpha_3=iso3) is not None or iso3 in EXTRA_CODES, (lang, iso3)


def lookup(lang: str, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.kind, e.country, e.sector) for e in language_kit(lang).gazetteer.lookup(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("südkoreanischen", ("adjective", "KOR", None)),
    ("nordkoreanischer", ("adjective", "PRK", None)),
    ("Polens", ("country", "POL", "GOV")),
    ("Pjöngjang", ("capital", "PRK", "GOV")),
    ("Moskau", ("capital", "RUS", "GOV")),
    ("Russlands", ("country", "RUS", "GOV")),
    ("Ukraine", ("country", "UKR", "GOV")),
    ("Truppen", ("sector", None, "MIL")),
    ("Außenministeriums", ("sector", None, "GOV")),
])
def test_german_names_in_inflected_forms(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in lookup("de", text)


def test_feminine_country_has_no_genitive_s() -> None:
    assert lookup("de", "Ukraines") == set()


def test_english_names_and_metonyms() -> None:
    assert ("capital", "RUS", "GOV") in lookup("en", "the Kremlin") or ("capital", "RUS", "GOV") in lookup("en", "Kremlin")
    assert ("adjective", "PRK", None) in lookup("en", "North Korean")
    assert ("org", "USA", "MEDIA") in lookup("en", "CNN")


def test_person_roles_depend_on_the_date() -> None:
    rutte = language_kit("en").gazetteer.lookup("Mark Rutte")[0]
    assert rutte.role_at(date(2023, 5, 1)).country == "NLD"  # type: ignore[union-attr]
    assert rutte.role_at(date(2025, 1, 1)).sector == "IGO"  # type: ignore[union-attr]
    duda = language_kit("de").gazetteer.lookup("Duda")[0]
    assert (duda.role_at(date(2024, 10, 23)).country, duda.role_at(date(2024, 10, 23)).sector) == ("POL", "GOV")  # type: ignore[union-attr]


def test_case_sensitive_abbreviations() -> None:
    g = language_kit("en").gazetteer
    assert [h.entries[0].ref for h in g.match(["AP", "reported"])] == ["ap"]
    assert g.match(["an", "ap", "reported"]) == []


def test_extra_resource_directory_adds_a_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A language is data: a folder with a lexicon (plus optional lexicons) makes it available."""
    lang_dir = tmp_path / "nl"
    lang_dir.mkdir()
    (lang_dir / "lexicon.yaml").write_text("name: Nederlands\nspacy: nl\nlingua: DUTCH\n", encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert "nl" in resources.languages()
        assert resources.load("lexicon", "nl")["name"] == "Nederlands"
        assert resources.load("triggers", "nl", default={"rules": []}) == {"rules": []}
    finally:
        monkeypatch.delenv("LAGEBILD_RESOURCES")
        resources.clear_cache()


# --- the knowledge base (issue 3): schema, coverage, inflection, tenure, equipment, places


def test_every_knowledge_file_passes_its_schema_and_cross_checks() -> None:
    from lagebild.knowledge.schema import check, files

    assert {name for _, name in files()} >= {"countries", "persons", "organizations", "equipment", "places", "sectors"}
    assert check() == []


def test_schema_check_names_file_and_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken override is reported as one line naming the file, the entry and what is wrong."""
    from lagebild.knowledge.schema import check

    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "equipment.yaml").write_text(
        "- {id: k2, name: K2, type: tank, country: KOREA, names: [K2]}\n"
        "- {id: k2, name: K2 again, type: spaceship, country: KOR, names: [K2]}\n", encoding="utf-8")
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        problems = check()
    finally:
        monkeypatch.delenv("LAGEBILD_RESOURCES")
        resources.clear_cache()
    assert any(p.startswith("common/equipment.yaml: 0/country:") for p in problems), problems
    assert any(p.startswith("common/equipment.yaml: 1/type:") for p in problems), problems
    assert "common/equipment.yaml: k2: duplicate id" in problems


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_iso_country_has_a_name_that_resolves(lang: str) -> None:
    import pycountry

    data = resources.load("countries", lang)
    gaz = language_kit(lang).gazetteer
    for c in pycountry.countries:
        assert c.alpha_3 in data, (lang, c.alpha_3)
        name = data[c.alpha_3]["names"][0]
        assert any(e.kind == "country" and e.country == c.alpha_3 for e in gaz.lookup(name)), (lang, name)
    with_adjectives = [k for k, v in data.items() if v.get("adj")]
    assert len(with_adjectives) >= 193  # every UN member state, plus Palestine, Taiwan, the Holy See


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Kongolesinnen", ("people", "COD", None)),
    ("de", "Deutschen", ("adjective", "DEU", None)),
    ("de", "US-amerikanischen", ("adjective", "USA", None)),
    ("de", "Großbritanniens", ("country", "GBR", "GOV")),
    ("de", "Vereinigten Arabischen Emirate", ("country", "ARE", "GOV")),
    ("de", "Kreml", ("capital", "RUS", "GOV")),
    ("de", "Weißen Haus", ("capital", "USA", "GOV")),
    ("de", "Kanzleramt", ("capital", "DEU", "GOV")),  # "Bundesregierung": a federal body (test_actor_round6)
    ("de", "Eriwan", ("capital", "ARM", "GOV")),
    ("en", "Ukrainians", ("people", "UKR", None)),
    ("en", "Democratic People's Republic of Korea", ("country", "PRK", "GOV")),
    ("en", "Downing Street", ("capital", "GBR", "GOV")),
    ("en", "Emirati", ("adjective", "ARE", None)),
])
def test_names_demonyms_and_metonyms(lang: str, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in lookup(lang, text)


@pytest.mark.parametrize(("lang", "name", "day", "expected"), [
    ("de", "Präsident Duda", "2024-10-23", ("andrzej-duda", "POL", "GOV")),
    ("de", "Präsident Selenskyj", "2024-10-23", ("volodymyr-zelensky", "UKR", "GOV")),
    ("en", "President Zelensky", "2024-10-23", ("volodymyr-zelensky", "UKR", "GOV")),
    ("de", "Budanow", "2024-10-23", ("kyrylo-budanov", "UKR", "INTEL")),
    ("en", "Budanov", "2024-10-23", ("kyrylo-budanov", "UKR", "INTEL")),
    ("en", "Lavrov", "2024-10-23", ("sergei-lavrov", "RUS", "GOV")),
    ("de", "Lawrow", "2024-10-23", ("sergei-lavrov", "RUS", "GOV")),
    ("en", "Donald Tusk", "2018-05-01", ("donald-tusk", None, "IGO")),
    ("en", "Donald Tusk", "2024-05-01", ("donald-tusk", "POL", "GOV")),
    ("de", "Schoigu", "2023-01-10", ("sergei-shoigu", "RUS", "GOV")),
    ("en", "Gerasimov", "2023-01-10", ("valery-gerasimov", "RUS", "MIL")),
    ("en", "Philippine President Ferdinand Marcos", "2024-07-09", ("ferdinand-marcos-jr", "PHL", "GOV")),
])
def test_people_resolve_by_the_post_they_held_then(lang: str, name: str, day: str,
                                                  expected: tuple[str, str | None, str]) -> None:
    from lagebild.knowledge.explain import mentions

    found = [m for m in mentions(name, lang, date.fromisoformat(day)) if m.via == "person"]
    assert [(m.actor.actor_id, m.actor.country, m.actor.sector) for m in found] == [expected]  # type: ignore[union-attr]


def test_person_names_are_case_sensitive() -> None:
    g = language_kit("en").gazetteer
    assert [h.entries[0].ref for h in g.match(["Trump", "spoke"])] == ["donald-trump"]
    assert g.match(["a", "trump", "card"]) == []


def test_weapon_catalogue_and_compounds() -> None:
    from lagebild.knowledge.explain import mentions

    catalogue = resources.load("equipment")
    assert len(catalogue) >= 40
    assert {"k2", "k9", "fa-50", "km-sam", "ah-64", "himars", "warmate"} <= {q["id"] for q in catalogue}
    found = mentions("Polen bestellte K2-Panzer, Cheongung-II und Warmate-Drohnen.", "de", None)
    equipment = [(m.text, m.actor.actor_id, m.actor.country) for m in found if m.kind == "equipment"]  # type: ignore[union-attr]
    assert equipment == [("K2-Panzer", "k2", "KOR"), ("Cheongung-II", "km-sam", "KOR"), ("Warmate-Drohnen", "warmate", "POL")]


@pytest.mark.parametrize(("lang", "name", "country"), [
    ("de", "Charkiw", "UKR"), ("en", "Kharkiv", "UKR"), ("de", "Kyjiw", "UKR"), ("de", "Pokrowsk", "UKR"),
    ("en", "Kursk", "RUS"), ("de", "Krim", "UKR"), ("de", "Gazastreifen", "PSE"), ("en", "Panmunjom", "KOR"),
])
def test_places_resolve_to_country_and_coordinates(lang: str, name: str, country: str) -> None:
    place = language_kit(lang).gazetteer.places[name]
    assert place.country == country and place.lat is not None and place.lon is not None
    assert language_kit("de").gazetteer.places.get("Kharkiv", place).ref == language_kit("en").gazetteer.places["Kharkiv"].ref


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Dabei sagte er, von Namen wisse er nichts."),   # GeoNames aliases of Dubai, Vaughan, Namur
    ("de", "Die Löwen spielten im Kanton Bern."),            # Leuven, Guangzhou
    ("de", "Viele Roma leben am Stadtrand."),                # the people, not Rome (German: Rom)
    ("en", "Reading the report, us officials were silent."),  # Reading (GBR), "us" is not the US
])
def test_common_words_are_not_places_or_countries(lang: str, text: str) -> None:
    from lagebild.knowledge.evaluation import linked
    from lagebild.knowledge.explain import mentions

    found = [(m.text, m.kind) for m in mentions(text, lang, None) if linked(m) and m.text not in ("Bern",)]
    assert found == []


def test_companies_are_companies_not_places() -> None:
    """GeoNames has an alias "Google" of Topeka and a city named Toyota: the companies win."""
    from lagebild.knowledge.explain import mentions

    found = [(m.text, m.kind, m.actor and (m.actor.country, m.actor.sector))
             for m in mentions("Google and Toyota reported earnings.", "en", None)]
    assert found == [("Google", "actor", ("USA", "BUS")), ("Toyota", "actor", ("JPN", "BUS"))]


def test_a_city_name_goes_to_the_city_of_that_name() -> None:
    places = language_kit("en").gazetteer.places
    assert places["Phoenix"].country == "USA"  # not Vacoas (MUS), which lists "Phoenix" as an alias
    assert places["Moskau"].country == "RUS" and places["Neapel"].country == "ITA"  # exonyms survive


def test_german_compounds_with_and_without_hyphen() -> None:
    from lagebild.knowledge.explain import mentions

    text = "Kremlchef Putin, die US-Regierung, Natotruppen, NATO-Munition, ein Pentagonsprecher und ein Chinarestaurant."
    found = [(m.text, m.kind, m.actor.actor_id) for m in mentions(text, "de", None) if m.actor]  # type: ignore[union-attr]
    assert found == [("Kremlchef Putin", "actor", "vladimir-putin"), ("US-Regierung", "actor", "USA-GOV"),
                     ("Natotruppen", "actor", "nato"), ("NATO-Munition", "origin", "nato"),
                     ("Pentagonsprecher", "actor", "USA-GOV")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Selenskyjs Berater widersprach.", [("Selenskyjs Berater", "UKR-GOV")]),
    ("de", "Putins Sprecher Dmitri Peskow sagte das.", [("Putins Sprecher Dmitri Peskow", "dmitry-peskov")]),
    ("de", "Dudas Besuch endete.", [("Dudas", "andrzej-duda")]),
    ("en", "Zelensky's adviser denied it.", [("Zelensky's adviser", "UKR-GOV")]),
    ("en", "Putin's aide Yuri Ushakov said so.", [("Putin's aide Yuri Ushakov", "yuri-ushakov")]),
])
def test_a_persons_genitive_names_someone_else(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    """'Selenskyjs Berater' is an adviser of Zelensky's government, not Zelensky."""
    from lagebild.knowledge.explain import mentions

    found = [(m.text, m.actor.actor_id) for m in mentions(text, lang, date(2024, 10, 23)) if m.actor]  # type: ignore[union-attr]
    assert found == expected


def test_country_display_names_are_the_common_forms() -> None:
    from lagebild.knowledge.names import country_name

    assert [country_name(c) for c in ("RUS", "IRN", "PRK", "USA")] == ["Russia", "Iran", "North Korea", "United States"]
    assert country_name("FRA") == "France" and country_name("XXX") == "XXX"


def test_linking_evaluation_cli_answers_bad_input_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lagebild.knowledge.evaluation import main

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0 and "gold mention files" in capsys.readouterr().out
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path) in err[0] and "no gold files" in err[0]


def test_languages_are_found_once_per_search_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every article asks for the languages: the folders are scanned once, and clear_cache() scans them again."""
    monkeypatch.setenv("LAGEBILD_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert "nl" not in resources.languages()
        (tmp_path / "nl").mkdir()
        (tmp_path / "nl" / "lexicon.yaml").write_text("name: Nederlands\nspacy: nl\n", encoding="utf-8")
        assert "nl" not in resources.languages()  # remembered, like the files load() read
        resources.clear_cache()
        assert "nl" in resources.languages()
    finally:
        monkeypatch.delenv("LAGEBILD_RESOURCES")
        resources.clear_cache()
    assert "nl" not in resources.languages() and {"de", "en"} <= set(resources.languages())
