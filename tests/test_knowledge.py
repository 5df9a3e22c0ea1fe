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
    import pycountry

    for lang in resources.languages():
        for iso3 in resources.load("countries", lang):
            assert pycountry.countries.get(alpha_3=iso3) is not None, (lang, iso3)


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
