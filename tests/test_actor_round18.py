"""Round 18 German doers (issues 13 and 14): civic associations named by their kind ("der Arbeitskreis X", "die
Bürgerinitiative X") and prison guards are actors of the scene, and an unknown person's name before "vom"/"von der" and such a
group speaks for it ("Peter Maier vom Arbeitskreis X"), but not inside a passive, where the group is the doer; a
demonstrative subject ("Dieser wurde festgenommen") is the person named last. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article, Doc
from lagebild.pipeline import Pipeline


@pytest.fixture(scope="module")
def mentions() -> Pipeline:
    return Pipeline(["segment", "dates", "quantities", "mentions"])


@pytest.fixture(scope="module")
def rules(monkeypatch_module: pytest.MonkeyPatch) -> Pipeline:
    monkeypatch_module.setenv("LAGEBILD_SCORER", "off")
    return Pipeline()


@pytest.fixture(scope="module")
def monkeypatch_module():  # noqa: ANN201 - pytest's own type
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def read(pipe: Pipeline, text: str) -> Doc:
    return pipe(Article(text, id="t", lang="de", published=date(2020, 5, 1)))


def actor(doc: Doc, word: str) -> tuple[str | None, str | None]:
    """Country and sector of the mention that ends with ``word``; (None, None) where there is none."""
    found = [m for m in doc.mentions if m.kind == "actor" and m.text.endswith(word) and m.actor is not None]
    return (found[0].actor.country, found[0].actor.sector) if found else (None, None)  # type: ignore[union-attr]


def events(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in read(pipe, text).events}


@pytest.mark.parametrize(("word", "sector"), [
    ("Arbeitskreis", "CIV"), ("Bürgerinitiative", "CIV"), ("Aktionsbündnis", "CIV"), ("Gefängniswärter", "POL"),
])
def test_a_civic_association_or_a_guard_is_an_actor_of_the_scene(mentions: Pipeline, word: str, sector: str) -> None:
    doc = read(mentions, f"In Wien demonstrierten Hunderte vor dem Parlament. Der {word} kritisierte die Regierung.")
    assert actor(doc, word) == ("AUT", sector)


def test_a_quoted_association_name_acts_through_its_kind(rules: Pipeline) -> None:
    text = ("In Hamburg gingen am Samstag Tausende auf die Straße. Der Arbeitskreis „Freie Daten“ wirft der Polizei "
            "vor, Absprachen gebrochen zu haben.")
    assert ("ACCUSE", "DEU", "DEU") in events(rules, text)


def test_a_person_from_a_civic_group_speaks_for_it(rules: Pipeline) -> None:
    text = ("In Hamburg gingen am Samstag Tausende auf die Straße. Peter Maier vom Arbeitskreis Freie Daten forderte "
            "eine Prüfung aller Gesetze.")
    doc = read(rules, text)
    assert actor(doc, "Peter Maier") == ("DEU", "CIV")
    assert ("REQUEST", "DEU", None) in {(t, s, None) for t, s, _ in events(rules, text)}


def test_a_person_before_a_groups_passive_agent_is_not_its_member(mentions: Pipeline) -> None:
    # "von der Opposition kritisiert wurde": the group is the doer, Anna Roth no member of it
    doc = read(mentions, "In Hamburg gingen Tausende auf die Straße. Anna Roth von der Opposition wurde kritisiert.")
    assert actor(doc, "Anna Roth") == (None, None)


@pytest.mark.parametrize(("text", "country"), [
    # a demonstrative subject names the last-named person: the attacked, not the subject who criticised him
    ("In Ankara wird gestritten. Der Oppositionsführer Kemal Yıldız kritisierte Präsident Erdogan. Dieser wurde "
     "daraufhin von Demonstranten beschimpft.", "TUR"),
    # after a subordinator (round 19 restored this reading in demonstratives_de)
    ("In Jerusalem wird gestritten. Netanjahu bestellte Verteidigungsminister Moshe Jaalon ein, nachdem dieser "
     "Golan verteidigt hatte.", "ISR"),
])
def test_a_demonstrative_subject_is_the_person_named_last(mentions: Pipeline, text: str, country: str) -> None:
    doc = read(mentions, text)
    got = [m for m in doc.mentions if m.text.lower() == "dieser" and m.actor is not None]
    assert got and got[0].actor.country == country  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    # the nearest actor is a group: "Dieser" is the man of the sentence before, no actor, so it stays unread
    "Ein Mann soll den drei Irakern geholfen haben. Dieser wurde in Berlin festgenommen.",
    # "dieser Politiker": a determiner before its noun, no pronoun
    "Präsident Erdogan sprach in Ankara. Nachdem dieser Politiker gesprochen hatte, ging er.",
])
def test_a_demonstrative_without_a_person_before_it_or_with_its_noun_stays_unread(mentions: Pipeline, text: str) -> None:
    doc = read(mentions, text)
    assert not [m for m in doc.mentions if m.text.lower() == "dieser"]
