"""Round 39 (detarget39): a German role noun with "von" and a country or capital right after it is that country's
("den Bürgermeister von Athen"), as English "of" reads ("the mayor of Athens"), not the article's main country.
Sentences written for these tests."""

from __future__ import annotations

from .test_roles_de_round16 import roles


def test_a_mayor_of_a_capital_is_its_countrys() -> None:
    got = roles("Die Türkei kritisierte den Bürgermeister von Athen.")
    assert ("ACCUSE", "TUR", "GRC") in got, got
    assert ("ACCUSE", "TUR", "TUR") not in got, got


def test_a_president_of_a_country_is_its() -> None:
    got = roles("Die Türkei kritisierte den Präsidenten von Frankreich.")
    assert ("ACCUSE", "TUR", "FRA") in got, got


def test_an_apposition_of_an_unknown_name_gives_its_country() -> None:
    got = roles("Die Türkei kritisierte Ahmet Yılmazoğlu, den Bürgermeister von Athen.")
    assert ("ACCUSE", "TUR", "GRC") in got, got
