"""Round 24 actor coverage (issue 14): an organisation's officer named by a compound ("Siemens-Vorstand",
"Hamas-Führer") is the organisation acting, not only its origin; "Obersten" before a noun is the adjective, not the
rank. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline

from .german_doers import actor, read


def kind(doc: Doc, word: str) -> str | None:
    """The kind of the mention whose text starts with ``word``."""
    return next((m.kind for m in doc.mentions if m.text.startswith(word)), None)


@pytest.mark.parametrize("text, word, want", [
    ("Gestern wurde ein Siemens-Vorstand in München verhaftet.", "Siemens-Vorstand", ("DEU", "BUS")),
    ("Der Hamas-Führer drohte Israel mit neuen Angriffen.", "Hamas-Führer", ("PSE", "REB")),
    ("Die Taliban-Kommandeure lehnten Gespräche ab.", "Taliban-Kommandeure", ("AFG", "REB")),
    ("Ein VW-Manager wurde in Detroit festgenommen.", "VW-Manager", ("DEU", "BUS")),
    ("Der CSU-Innenexperte forderte schärfere Gesetze.", "CSU-Innenexperte", ("DEU", None)),
    ("Zwei Hamas-Mitglieder wurden festgenommen.", "Hamas-Mitglieder", ("PSE", "REB")),
])
def test_an_organisations_officer_is_an_actor(de_mentions: Pipeline, text: str, word: str,
                                             want: tuple[str, str | None]) -> None:
    doc = read(de_mentions, text)
    assert kind(doc, word) == "actor"
    country, sector = actor(doc, word)
    assert country == want[0]
    if want[1] is not None:
        assert sector == want[1]


@pytest.mark.parametrize("text, word", [
    # a country's expert is someone's expert on that country; a country compound needs a sector head
    ("Der China-Experte warnte vor einer Krise.", "China-Experte"),
    # an IGO's members are states, not the IGO acting
    ("Das Nato-Mitglied Türkei protestierte.", "Nato-Mitglied"),
    # an affair, goods: only whose
    ("Die Petrobras-Affäre belastet die Regierung.", "Petrobras-Affäre"),
])
def test_not_an_officer(de_mentions: Pipeline, text: str, word: str) -> None:
    assert kind(read(de_mentions, text), word) == "origin"


def test_an_officers_name_recurs_as_the_organisations(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Gestern wurde der Siemens-Vorstand Thomas Ganswindt verhaftet. Ganswindt schwieg.")
    assert actor(doc, "Ganswindt") == ("DEU", "BUS")
    assert [m.via for m in doc.mentions if m.text == "Ganswindt"] == ["alias"]


def test_an_officer_of_a_stateless_group_takes_no_country_from_the_article(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "London prüft ein Tonband. Es soll vom Al-Qaida-Vizechef Aiman stammen. "
                            "Großbritannien erhöhte die Warnstufe.")
    assert actor(doc, "Aiman") == (None, "REB")


@pytest.mark.parametrize("text, word, want", [
    ("Das Urteil des Obersten Gerichtshofs Indiens wurde verkündet.", "Indiens", ("IND", "JUD")),
    ("Simbabwe wählt. Die Obersten Richter wiesen die Klage ab.", "Richter", ("ZWE", "JUD")),
])
def test_obersten_before_a_noun_is_no_rank(de_mentions: Pipeline, text: str, word: str,
                                          want: tuple[str, str]) -> None:
    doc = read(de_mentions, text)
    assert actor(doc, word) == want
    assert all(m.actor is None or m.actor.sector != "MIL" for m in doc.mentions)


def test_the_rank_stays_a_rank(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Die Soldaten gehorchten dem Obersten. Der Oberst befahl den Rückzug.")
    assert actor(doc, "Obersten")[1] == "MIL"
    assert actor(doc, "Oberst")[1] == "MIL"


@pytest.mark.parametrize("text, want", [
    ("Die Verhandlungen wurden von russischer Seite blockiert.", ("RUS", "GOV")),
    ("Seitens der türkischen Seite gab es keine Antwort.", ("TUR", "GOV")),
])
def test_a_side_as_the_agent_acts(de_mentions: Pipeline, text: str, want: tuple[str, str]) -> None:
    assert actor(read(de_mentions, text), "Seite") == want


@pytest.mark.parametrize("text", [
    "Die Granaten kamen von der syrischen Seite der Grenze.",  # a genitive after it: the place
    "Auf österreichischer Seite warteten zweihundert Menschen.",  # not an agent's preposition
])
def test_a_side_as_a_place_is_no_actor(de_mentions: Pipeline, text: str) -> None:
    assert actor(read(de_mentions, text), "Seite") == (None, None)


@pytest.mark.parametrize("text, want", [
    ("Talks were blocked by the Russian side.", ("RUS", "GOV")),
    ("Shells came from the Syrian side of the border.", (None, None)),
    ("The bridge was built by the Chinese side of the river.", (None, None)),
])
def test_an_english_side_as_the_agent(de_mentions: Pipeline, text: str, want: tuple[str | None, str | None]) -> None:
    doc = de_mentions(Article(text, id="t", lang="en"))
    assert actor(doc, "side") == want
