"""A German capital named as its government takes the genitive -s like a country's name ("die Vorwürfe Kiews", "ein
Sprecher Pekings"); capitals whose genitive is listed ("Kremls") or that end in -s ("Paris") get no derived form.
Sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import language_kit

from .test_roles_de_round16 import roles


def test_capital_genitive_names_the_accuser_and_the_speaker() -> None:
    assert ("REJECT", "RUS", "UKR") in roles("Moskau wies die Vorwürfe Kiews zurück.")
    got = roles("Ein Sprecher Pekings verurteilte die Entscheidung Washingtons.")
    assert ("ACCUSE", "CHN", "USA") in got, got


def test_capital_genitive_forms_in_the_gazetteer() -> None:
    g = language_kit("de").gazetteer
    assert ("capital", "UKR", "GOV") in {(e.kind, e.country, e.sector) for e in g.lookup("Kiews")}
    assert not g.lookup("Pariss")  # ends in -s: "die Haltung von Paris"
    assert not g.lookup("Kremlss")  # "Kremls" is listed; no form is derived from it
