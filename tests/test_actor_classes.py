"""Actor classes that real news uses and that no dictionary lists one by one: one-word genitives,
open-ended German compounds, city adjectives, genitive owners, parties and broadcasters."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


def actors(pipe: Pipeline, lang: str, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = pipe(Article(text, id="t", lang=lang, published=date(2012, 5, 4)))
    return {m.text: (m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor" and m.actor}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # one-word country names take the genitive -s even where multiword ones do not
    ("Irans Außenminister reiste ab.", "Irans Außenminister", ("IRN", "GOV")),
    ("Simbabwes Opposition protestierte.", "Simbabwes Opposition", ("ZWE", "OPP")),
    # a closed compound ending in a sector noun is that sector; the article gives the country
    ("In Kenia trat der Wirtschaftsminister zurück.", "Wirtschaftsminister", ("KEN", "GOV")),
    ("In Bolivien griffen Gegendemonstranten das Lager an.", "Gegendemonstranten", ("BOL", "CIV")),
    # a head that is only a part or voice of the noun before it takes that noun's sector
    ("In Peru schossen Polizeieinheiten in die Luft.", "Polizeieinheiten", ("PER", "POL")),
    ("Nach chilenischen Armeeangaben starben zwei Menschen.", "chilenischen Armeeangaben", ("CHL", "MIL")),
    # plural and dative of listed sector nouns
    ("Die norwegischen Tageszeitungen lobten den Plan.", "norwegischen Tageszeitungen", ("NOR", "MEDIA")),
    # adjectives from city names
    ("Die Pekinger Führung schwieg.", "Pekinger Führung", ("CHN", "GOV")),
    ("Das Münchener Gericht vertagte sich.", "Münchener Gericht", ("DEU", "JUD")),
    # a genitive owner gives country and sector
    ("Die Reporterin des finnischen Fernsehens wurde festgenommen.", "Reporterin des finnischen Fernsehens",
     ("FIN", "MEDIA")),
    ("In Ghana sagte ein Sprecher der Polizei nichts.", "Sprecher der Polizei", ("GHA", "POL")),
    # parties and broadcasters are organisations with a country
    ("Die FPÖ stimmte dagegen.", "FPÖ", ("AUT", "LEG")),
    ("Das Büro von al-Arabiya wurde geschlossen.", "al-Arabiya", ("ARE", "MEDIA")),
    # people an event happens to: hostages, tourists, refugees of a nationality
    ("Zwei österreichische Geiseln kamen frei.", "österreichische Geiseln", ("AUT", "CIV")),
])
def test_german_actor_classes(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "de", text).get(phrase) == expected


@pytest.mark.parametrize(("text", "absent"), [
    ("Die Geschäftsführung der Firma tagte in Kenia.", "Geschäftsführung"),       # not a government
    ("Die Mitarbeiter der Firma streikten in Kenia.", "Mitarbeiter"),               # not a worker sector
    ("Der Verwaltungsratspräsident der Bank trat in Kenia zurück.", "Verwaltungsratspräsident"),
    ("Der Richter wurde in Belgien einem Haftrichter vorgeführt.", "Belgien einem Haftrichter"),
    ("In Kenia riefen die Vermittler die Konfliktparteien an.", "Konfliktparteien"),  # not a party in parliament
])
def test_german_words_that_are_no_actor(pipe: Pipeline, text: str, absent: str) -> None:
    assert absent not in actors(pipe, "de", text)


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Syrian warplanes struck the town.", "Syrian warplanes", ("SYR", "MIL")),
    ("Nigerian security officials said the road was closed.", "Nigerian security officials", ("NGA", "GOV")),
    ("Kenyan voters went to the polls.", "Kenyan voters", ("KEN", "CIV")),
    ("Two Italian hostages were freed.", "Italian hostages", ("ITA", "CIV")),
])
def test_english_actor_classes(pipe: Pipeline, text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert actors(pipe, "en", text).get(phrase) == expected


def test_press_conference_is_no_media_actor(pipe: Pipeline) -> None:
    assert "press" not in actors(pipe, "en", "The minister held a press conference in Nairobi.")


@pytest.mark.parametrize(("english", "german"), [
    ("Viktor Yushchenko", "Wiktor Juschtschenko"),
    ("Mahmoud Ahmadinejad", "Mahmud Ahmadinedschad"),
    ("Alexander Lukashenko", "Alexander Lukaschenko"),
    ("Khamenei", "Chamenei"),
])
def test_german_spelling_of_dictionary_names(english: str, german: str) -> None:
    from lagebild.knowledge.gazetteer_build import _german_spelling

    assert _german_spelling(english) == german


def test_dictionary_person_found_in_german_spelling(pipe: Pipeline) -> None:
    found = actors(pipe, "de", "In Kiew sprach Viktor Juschtschenko mit Journalisten.")
    assert found.get("Viktor Juschtschenko") == ("UKR", "GOV")


@pytest.mark.parametrize(("query", "why"), [
    ("Juschtschenko", "German spelling generated from the dictionary's English spelling"),
    ("Pekinger", "adjective of a city name"),
    ("Wirtschaftsminister", "compound head"),
])
def test_actors_explains_generated_forms(query: str, why: str) -> None:
    from lagebild.knowledge.explain import lookup
    from lagebild.pipeline import language_kit

    assert any(why in c.why for c in lookup(language_kit("de").gazetteer, query, None))


@pytest.mark.parametrize(("lang", "text", "anaphor", "country"), [
    ("en", "Farmers in Mali say Nigerien soldiers moved deeper into the north of the country.", "the country", "MLI"),
    ("de", "In Caracas wurde der Reporter des kanadischen Fernsehens aufgefordert, das Land zu verlassen.",
     "das Land", "VEN"),
    ("de", "Die kolumbianische Regierung erklärte, das Land werde verhandeln.", "das Land", "COL"),
])
def test_country_anaphor_skips_foreigners(pipe: Pipeline, lang: str, text: str, anaphor: str, country: str) -> None:
    assert actors(pipe, lang, text).get(anaphor, (None, None))[0] == country


@pytest.mark.parametrize(("lang", "text", "phrase", "expected"), [
    # a compass prefix keeps the adjective's country; a prefixed form with its own meaning keeps that
    ("de", "Die nordirakische Polizei nahm zwei Männer fest.", "nordirakische Polizei", ("IRQ", "POL")),
    ("de", "Die südsudanesische Armee rückte vor.", "südsudanesische Armee", ("SSD", "MIL")),
    ("de", "Die nordkoreanische Armee feuerte.", "nordkoreanische Armee", ("PRK", "MIL")),
    # UN agencies, national courts and agencies, the Pope, companies of world news
    ("de", "Die WHO warnte vor der Grippe.", "WHO", (None, "IGO")),
    ("de", "Der Bundesgerichtshof wies die Klage ab.", "Bundesgerichtshof", ("DEU", "JUD")),
    ("de", "Der Papst rief zum Frieden auf.", "Papst", ("VAT", "GOV")),
    ("en", "Gazprom cut the gas supply.", "Gazprom", ("RUS", "BUS")),
    # a party compound whose head names its leader or members is the party acting
    ("de", "Die FDP-Vorsitzende widersprach.", "FDP-Vorsitzende", ("DEU", "LEG")),
    # "the X side" in a negotiation is X's government
    ("de", "Die russische Seite lehnte ab.", "russische Seite", ("RUS", "GOV")),
    ("en", "The Chinese side said it was ready.", "Chinese side", ("CHN", "GOV")),
])
def test_world_news_actors(pipe: Pipeline, lang: str, text: str, phrase: str,
                           expected: tuple[str | None, str | None]) -> None:
    assert actors(pipe, lang, text).get(phrase) == expected


def test_south_american_is_not_american(pipe: Pipeline) -> None:
    assert "südamerikanischen" not in actors(pipe, "de", "Die südamerikanischen Staaten protestierten.")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Auf der russischen Seite der Grenze fielen Schüsse."),
    ("en", "On the Chinese side of the border, troops gathered."),
    ("de", "Das NATO-Mitglied Türkei stimmte zu."),
])
def test_sides_of_borders_and_members_are_not_actors(pipe: Pipeline, lang: str, text: str) -> None:
    found = actors(pipe, lang, text)
    assert not any(k.endswith(("Seite", "side", "NATO-Mitglied")) for k in found)


@pytest.mark.parametrize(("lang", "text", "phrase", "country"), [
    # a country adjective before a town no gazetteer knows, after "in": the town is in that country
    ("de", "Bei Gefechten im ostafghanischen Kunar starben drei Menschen.", "ostafghanischen Kunar", "AFG"),
    ("en", "Clashes in the Afghan Kunar province killed two.", "Afghan Kunar", "AFG"),
    # states and Länder are places of their country
    ("de", "Der Sturm erreichte Kalifornien.", "Kalifornien", "USA"),
    ("de", "In Thüringen wurde gewählt.", "Thüringen", "DEU"),
])
def test_regions_and_unknown_towns_are_places(pipe: Pipeline, lang: str, text: str, phrase: str, country: str) -> None:
    doc = pipe(Article(text, id="t", lang=lang, published=date(2012, 5, 4)))
    places = {m.text: m.place.country for m in doc.mentions if m.kind == "place" and m.place}
    assert places.get(phrase) == country


def test_im_land_is_the_article_country_not_the_sentence_subject(pipe: Pipeline) -> None:
    text = ("In Afghanistan kämpfen Aufständische seit Jahren. Afghanistan bat um Hilfe. "
            "Die USA wollen weiter Truppen im Land lassen.")
    doc = pipe(Article(text, id="t", lang="de", published=date(2012, 5, 4)))
    found = [(m.actor.country, m.is_location) for m in doc.mentions if m.text == "im Land" and m.actor]
    assert found == [("AFG", True)]


@pytest.mark.parametrize(("text", "published", "name", "expected"), [
    # German politicians resolve by their post at the article's date, a bare surname after the full name too
    ("Kanzler Gerhard Schröder reiste ab. Schröder sagte, er sei zufrieden.", date(2004, 3, 1), "Schröder",
     ("DEU", "GOV")),
    ("Der Oppositionsführer Guido Westerwelle widersprach.", date(2006, 3, 1), "Guido Westerwelle", ("DEU", "OPP")),
    ("Außenminister Guido Westerwelle reiste ab.", date(2011, 3, 1), "Guido Westerwelle", ("DEU", "GOV")),
])
def test_german_politicians_by_date(pipe: Pipeline, text: str, published: date, name: str,
                                    expected: tuple[str, str]) -> None:
    doc = pipe(Article(text, id="t", lang="de", published=published))
    found = {m.text.split()[-2] + " " + m.text.split()[-1] if len(m.text.split()) > 1 else m.text:
             (m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor" and m.actor}
    assert found.get(name) == expected


def test_dictionary_names_in_german_umlaut_spelling(pipe: Pipeline) -> None:
    """The Phoenix dictionaries write "Schuessel", "Proell"; German news writes the umlaut."""
    found = actors(pipe, "de", "Kanzler Wolfgang Schüssel traf Josef Pröll.")
    assert found.get("Kanzler Wolfgang Schüssel", (None,))[0] == "AUT" and found.get("Josef Pröll", (None,))[0] == "AUT"
