"""Round 14 German actor coverage (issue 14): regions named by a compass prefix on a country name, the actor
nouns German news uses for perpetrators, workers, companies, aid groups and security sources. Sentences
written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


def read(pipe: Pipeline, text: str) -> Doc:
    return pipe(Article(text, id="t", lang="de", published=date(2014, 6, 1)))


def actors(doc: Doc) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor" and m.actor}


def places(doc: Doc) -> dict[str, str | None]:
    return {m.text: m.place.country for m in doc.mentions if m.kind == "place" and m.place}


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Die Kämpfe in der Ostukraine gingen weiter.", "Ostukraine", "UKR"),
    ("Im Südlibanon schlugen Raketen ein.", "Südlibanon", "LBN"),
    ("Die Lage des Westafghanistans bleibt unklar.", "Westafghanistans", "AFG"),  # the genitive too
])
def test_compass_prefix_on_a_country_name_is_its_region(pipe: Pipeline, text: str, phrase: str, country: str) -> None:
    assert places(read(pipe, text)).get(phrase) == country


def test_prefixed_names_of_other_places_keep_their_meaning(pipe: Pipeline) -> None:
    doc = read(pipe, "Nordkorea drohte Südafrika, während Touristen aus Nordamerika abreisten.")
    assert actors(doc).get("Nordkorea", (None,))[0] == "PRK"  # a country of its own, not Korea's north
    assert actors(doc).get("Südafrika", (None,))[0] == "ZAF"
    assert "Nordamerika" not in places(doc) and "Nordamerika" not in actors(doc)  # no region of the USA


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a country adjective before the nouns of the new families makes an actor, not only an origin
    ("Nach Angaben libanesischer Sicherheitskreise wurde ein Mann getötet.", "libanesischer Sicherheitskreise",
     ("LBN", "GOV")),
    ("Ein palästinensischer Selbstmordattentäter sprengte sich in die Luft.", "palästinensischer Selbstmordattentäter",
     ("PSE", "REB")),
    ("Die französische Hilfsorganisation verteilte Lebensmittel.", "französische Hilfsorganisation", ("FRA", "NGO")),
    ("Den Berliner Verkehrsbetrieben droht ein Streik.", "Berliner Verkehrsbetrieben", ("DEU", "BUS")),
    ("Mexikanische Drogenbanden griffen die Polizei an.", "Mexikanische Drogenbanden", ("MEX", "REB")),
])
def test_country_and_new_actor_noun_is_an_actor(pipe: Pipeline, text: str, phrase: str,
                                                expected: tuple[str, str]) -> None:
    assert actors(read(pipe, text)).get(phrase) == expected


def test_perpetrators_and_workers_take_the_country_of_their_scene(pipe: Pipeline) -> None:
    doc = read(pipe, "In Kairo überfielen Täter eine Bank. In Athen streikten die Eisenbahner.")
    found = actors(doc)
    assert found.get("Täter") == ("EGY", "REB")
    assert found.get("Eisenbahner") == ("GRC", "CIV")


def test_generic_actors_do_not_confirm_a_homonym_town(pipe: Pipeline) -> None:
    # the second "Tripoli" names no country in its sentence: the article's Lebanon decides, not the groups
    # that would take the Libyan reading's country from it
    doc = read(pipe, "Bei einem Anschlag in Tripoli im Libanon starben drei Soldaten. "
                     "In Tripoli kam es zu Gefechten zwischen Sunniten und Schiiten.")
    towns = [m.place.country for m in doc.mentions if m.kind == "place" and m.place and m.text == "Tripoli"]
    assert towns == ["LBN", "LBN"]
    assert actors(doc).get("Sunniten") == ("LBN", "CIV")


def test_a_company_noun_alone_is_no_actor(pipe: Pipeline) -> None:
    doc = read(pipe, "Das Unternehmen kündigte an, keine weiteren Schritte zu unternehmen.")
    assert not actors(doc)


def test_actors_command_explains_a_compass_region() -> None:
    out = subprocess.run([sys.executable, "-m", "lagebild", "actors", "--lang", "de", "--format", "json", "Ostukraine"],
                         capture_output=True, text=True, check=True).stdout
    cands = [c for r in json.loads(out)["results"] for c in r["candidates"]]
    assert cands and cands[0]["country"] == "UKR"
    assert "compass prefix" in cands[0]["why"] and "countries.yaml" in cands[0]["why"]
