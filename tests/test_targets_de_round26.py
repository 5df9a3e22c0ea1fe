"""Round 26 (covde26): German people told by where they come from ("ein Mann aus Syrien", "der aus Hamburg
stammende Mann") are that country's, as a demonym would say; the act on them is aimed at it, not at the scene's
country. Sentences written for these tests."""

from __future__ import annotations

from lagebild.extract.origin_people import OriginPeople
from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_roles_de_round16 import roles


def _origin_people(text: str) -> list[tuple[str, str | None]]:
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article(text, id="t", lang="de"))
    return [(m.text, m.actor.country if m.actor else None) for m in doc.mentions if m.via == "people+origin"]


def test_a_man_from_a_country_arrested_elsewhere_is_the_target() -> None:
    got = roles("Die Polizei in Athen nahm einen Mann aus Syrien fest.")
    assert ("COERCE", "GRC", "SYR") in got, got
    assert not any(t == "COERCE" and g == "GRC" for t, _, g in got), got


def test_a_stammend_attribute_names_the_persons_country() -> None:
    got = roles("Ein aus Marokko stammender Mann wurde in Berlin von der Polizei festgenommen.")
    assert ("COERCE", "DEU", "MAR") in got, got


def test_a_city_of_origin_gives_its_country() -> None:
    got = roles("Der aus Hamburg stammende Mann wurde in Pattaya von der thailändischen Polizei festgenommen.")
    assert ("COERCE", "THA", "DEU") in got, got


def test_a_determiner_may_stand_between_aus_and_the_country() -> None:
    assert ("Ingenieure", "TUR") in _origin_people("Rebellen entführten in Nigeria drei Ingenieure aus der Türkei.")


def test_no_person_without_a_people_noun_or_a_country() -> None:
    assert _origin_people("Die Waren aus China wurden in Hamburg beschlagnahmt.") == []
    assert _origin_people("Ein Mann aus dem Dorf wurde festgenommen.") == []
    assert _origin_people("Ein Mann wurde in Berlin festgenommen.") == []


def test_empty_data_is_off() -> None:
    doc = Pipeline(["segment", "dates", "quantities", "mentions"])(Article("Ein Mann aus Syrien kam.", id="t", lang="de"))
    assert OriginPeople.from_data(None).find(doc, doc.mentions) == []
