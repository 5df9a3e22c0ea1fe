"""Round 37 (decov37): German actors the knowledge base read wrong or lost: "die Kommission in Brüssel" is the EU
Commission, "die Linken kritisierten" the party's members in any news, "Die Schwedin" after a Swedish EU commissioner
the commissioner. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline


def _doc(text: str, lang: str = "de"):  # noqa: ANN202
    return Pipeline()(Article(id="t", text=text, lang=lang, published=date(2015, 5, 5)))


def _actors(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each actor mention's text -> (its country, its sector, its id)."""
    return {m.text: (m.actor.country, m.actor.sector, m.actor.actor_id) for m in _doc(text).mentions
            if m.kind == "actor" and m.actor is not None}


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _doc(text).events}


def test_the_commission_in_brussels_is_the_eu_commission() -> None:
    text = "Die Kommission in Brüssel kritisierte die polnische Regierung."
    assert _actors(text)["Kommission in Brüssel"] == (None, "IGO", "eu-commission")
    assert ("ACCUSE", None, "POL") in _events(text)
    assert not any("BEL" in e for e in _events(text))


def test_the_brussels_commission_as_a_target() -> None:
    assert _actors("Die polnische Regierung kritisierte die Brüsseler Kommission.")["Brüsseler Kommission"][2] \
        == "eu-commission"


def test_the_left_party_in_the_plural_in_news_naming_no_german_actor() -> None:
    text = "Die Linken kritisierten die US-Regierung."
    assert _actors(text)["Linken"][0] == "DEU"
    assert ("ACCUSE", "DEU", "USA") in _events(text)


def test_the_left_as_a_notion_stays_no_party() -> None:
    # decov36's reading holds: the genitive singular is the left, and so is a plural tied to another country's place
    assert "Linken" not in _actors("Der Präsident Lula galt in Brasilien als Ikone der Linken.")
    assert "Linken" not in _actors("Die Linken in Brasilien kritisierten die US-Regierung.")


def test_a_nationality_noun_after_an_eu_commissioner_is_her() -> None:
    text = ("Die EU-Kommissarin Cecilia Malmström verteidigte das Abkommen in Wien. "
            "Die Schwedin kritisierte die österreichische Regierung.")
    assert _actors(text)["Schwedin"][1] == "IGO"
    assert ("ACCUSE", "SWE", "AUT") not in _events(text)
    assert ("ACCUSE", None, "AUT") in _events(text)


def test_a_nationality_noun_after_the_verb_names_the_man_of_that_country() -> None:
    text = "Olaf Scholz traf Emmanuel Macron in Berlin. Am Abend kritisierte der Franzose die deutsche Regierung."
    assert _actors(text)["Franzose"] == ("FRA", "GOV", _actors(text)["Emmanuel Macron"][2])


def test_a_nationality_noun_with_no_person_of_its_country_stays_the_people() -> None:
    # Scholz is German: "der Franzose" is someone else, read as before (France's people)
    assert _actors("Olaf Scholz sprach in Berlin. Der Franzose kritisierte die deutsche Regierung.")["Franzose"] \
        == ("FRA", None, _actors("Der Franzose kritisierte die Regierung.")["Franzose"][2])


def test_a_plural_nationality_noun_is_no_person() -> None:
    text = "Emmanuel Macron sprach in Berlin. Die Franzosen kritisierten die deutsche Regierung."
    assert _actors(text)["Franzosen"][1] is None


def test_a_woman_is_not_named_by_a_masculine_nationality_noun() -> None:
    text = ("Die EU-Kommissarin Cecilia Malmström verteidigte das Abkommen in Wien. "
            "Der Schwede kritisierte die österreichische Regierung.")
    assert _actors(text)["Schwede"][0] == "SWE"


def test_a_genitive_inside_a_fronted_act_nouns_phrase_is_its_side() -> None:
    # the government's own place phrase after the genitive: the doer is the subject after the light verb
    assert ("ACCUSE", "DEU", "TUR") in _events("Kritik an den Plänen der Regierung in Ankara übte die SPD.")
    assert ("ACCUSE", "DEU", "TUR") in _events(
        "Scharfe Kritik an den Plänen der Regierung in Ankara übte am Montag die SPD.")


def test_the_fronted_act_nouns_doer_stays_the_subject_after_the_verb() -> None:
    events = _events("Kritik an den Plänen der Polizei in Kairo übte die Opposition.")
    assert ("ACCUSE", "EGY", "EGY") in events
    assert all(e[0] != "ACCUSE" or e[1] == "EGY" for e in events)


def test_she_goes_on_with_a_woman_the_dictionary_gives_no_gender_by_her_title() -> None:
    text = "Präsidentin Dilma Rousseff traf den Premier in Lima. Sie kritisierte die Regierung Perus."
    assert ("ACCUSE", "BRA", "PER") in _events(text)
    assert _actors(text)["Sie"][0] == "BRA"


def test_a_given_name_ending_like_a_title_is_no_woman() -> None:
    # "Benjamin" is a given name, not a feminine title: "Sie" is not he, "Er" is
    he = "Benjamin Netanjahu traf den Präsidenten in Kairo. Er kritisierte die ägyptische Regierung."
    she = "Benjamin Netanjahu traf den Präsidenten in Kairo. Sie kritisierte die ägyptische Regierung."
    assert ("ACCUSE", "ISR", "EGY") in _events(he)
    assert ("ACCUSE", "ISR", "EGY") not in _events(she)
