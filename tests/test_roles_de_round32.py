"""Round 32 (srcx32): German doers the knowledge base does not list, on sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(scorer=False)(Article(text, lang="de"))
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # a body known only by its origin adjective fills the Vorfeld: it acts, the actor after the verb is its object
    ("Der deutsche Hotelverband kritisierte Frankreich scharf.", ("ACCUSE", "DEU", "FRA")),
    ("Die Österreichische Hoteliervereinigung verklagte die Regierung in Wien.", ("ACCUSE", "AUT", "AUT")),
    ("Der Polnische Bauernbund forderte Deutschland zu Gesprächen auf.", ("REQUEST", "POL", "DEU")),
])
def test_origin_adjective_body_in_the_vorfeld_is_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles(text), roles(text)


@pytest.mark.parametrize(("text", "expected"), [
    # an object article or an oblique feminine phrase in the Vorfeld stays no subject: the actor after the verb acts
    ("Den deutschen Verband kritisierte Frankreich scharf.", ("ACCUSE", "FRA", "DEU")),
    ("Der deutschen Hotelbranche warf Frankreich Betrug vor.", ("ACCUSE", "FRA", "DEU")),
])
def test_object_in_the_vorfeld_stays_the_target(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles(text), roles(text)


@pytest.mark.parametrize(("text", "expected"), [
    # "Ex-" makes a role a former one, not another word: the former holder is a person of the role's sector, and the
    # story's country comes to him as to the bare role noun
    ("Der brasilianische Präsident wurde in São Paulo verhört. Jetzt soll der Ex-Staatschef wegen Geldwäsche "
     "angeklagt werden.", ("ACCUSE", "BRA", "BRA")),
    ("In Kiew begann der Prozess. Der Ex-Ministerpräsidentin wird vorgeworfen, einen nachteiligen Vertrag mit "
     "Russland geschlossen zu haben.", ("ACCUSE", "UKR", "UKR")),
])
def test_former_role_is_the_role_sector(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles(text), roles(text)


def test_supporting_ones_family_is_no_support() -> None:
    # a doer now resolved through "Ex-Präsident" must not make a living earned into political support
    text = ("Ex-Präsident Otto Pérez Molina sitzt in Guatemala in Haft. Er hatte als Kind Bananen verkauft, um seine "
            "Familie zu unterstützen.")
    assert not [r for r in roles(text) if r[0] in ("SUPPORT", "AID")], roles(text)
    assert ("SUPPORT", "DEU", "UKR") in roles("Die Bundesregierung will die Ukraine weiter unterstützen.")
