"""Round 38 (decov38): German doers the knowledge base lost. A head's title glued to a name no dictionary knows,
before a person's name ("Radwelt-Chef Konrad Mahler"), is that person: a firm's or association's head whose
country the article gives. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_HOME = "Berlin – Die Bundesregierung will das Fahrradgesetz im Herbst ändern. "


def _doc(text: str, lang: str = "de"):  # noqa: ANN202
    return Pipeline()(Article(id="t", text=text, lang=lang, published=date(2015, 5, 5)))


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each actor mention's text -> (its country, its sector)."""
    return {m.text: (m.actor.country, m.actor.sector) for m in _doc(text).mentions
            if m.kind == "actor" and m.actor is not None}


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _doc(text).events}


def test_a_glued_title_before_a_persons_name_is_that_person() -> None:
    text = _HOME + "Radwelt-Chef Konrad Mahler kritisierte die Pläne der Bundesregierung scharf."
    assert _actors(text)["Radwelt-Chef Konrad Mahler"] == ("DEU", "CIV")
    assert ("ACCUSE", "DEU", "DEU") in _events(text)


def test_the_person_is_taken_up_by_a_pronoun() -> None:
    text = _HOME + "Radwelt-Chefin Eva Roth kritisierte die Pläne. Sie forderte von der Bundesregierung eine Frist."
    assert ("REQUEST", "DEU", "DEU") in _events(text)


def test_the_country_is_the_articles() -> None:
    text = "Wien – Die Regierung will das Gesetz ändern. Radwelt-Präsident Konrad Mahler kritisierte die Regierung."
    assert _actors(text)["Radwelt-Präsident Konrad Mahler"] == ("AUT", "CIV")


def test_the_glued_title_alone_is_no_actor() -> None:
    text = _HOME + "Der Radwelt-Chef kritisierte die Pläne der Bundesregierung."
    assert not any(t.startswith("Radwelt") for t in _actors(text))


def test_a_title_that_is_no_head_stays_as_before() -> None:
    text = _HOME + "Radwelt-Kunde Konrad Mahler kritisierte die Pläne der Bundesregierung."
    assert not any(t.startswith("Radwelt") for t in _actors(text))


def test_a_known_word_before_the_hyphen_is_no_unknown_body() -> None:
    text = _HOME + "Fahrrad-Chef Konrad Mahler kritisierte die Pläne der Bundesregierung."
    assert "Fahrrad-Chef Konrad Mahler" not in _actors(text)


def test_a_founder_is_no_office_of_the_articles_country() -> None:
    """A founder is a life's label, often of someone abroad ("Radwelt-Gründer" in news of another country)."""
    text = _HOME + "Radwelt-Gründer Konrad Mahler kritisierte die Pläne der Bundesregierung."
    assert "Radwelt-Gründer Konrad Mahler" not in _actors(text)


def test_a_name_before_a_relative_clause_of_membership_speaks_for_the_group() -> None:
    text = _HOME + ("Hubert Kranz, der beim ADAC für Verkehrspolitik zuständig ist, kritisierte die Bundesregierung. "
                    "Er forderte vom Verkehrsministerium eine neue Studie.")
    assert _actors(text)["Hubert Kranz"] == ("DEU", "CIV")
    assert ("ACCUSE", "DEU", "DEU") in _events(text)
    assert any(e.source is not None and e.source.name == "Hubert Kranz" for e in _doc(text).events
               if e.event_type == "ACCUSE")


def test_a_relative_clause_with_another_link_names_no_group() -> None:
    """", der mit dem ADAC stritt": the clause tells what he did with the group, not that he is of it."""
    text = _HOME + "Hubert Kranz, der mit dem ADAC stritt, kritisierte die Bundesregierung."
    assert "Hubert Kranz" not in _actors(text)


def test_an_association_of_a_countrys_members_is_that_countrys_body() -> None:
    text = "Wien – Die Regierung will das Gesetz ändern. Die Vereinigung Österreichischer Industrieller kritisiert die Regierung."
    assert _actors(text)["Vereinigung Österreichischer Industrieller"] == ("AUT", "CIV")
    assert ("ACCUSE", "AUT", "AUT") in _events(text)


def test_a_federal_association_ending_in_its_head() -> None:
    text = _HOME + "Der Bundesverband Deutscher Fahrradhändler kritisierte die Bundesregierung."
    assert _actors(text)["Bundesverband Deutscher Fahrradhändler"] == ("DEU", "CIV")


def test_the_adjective_with_no_members_after_it_stays_as_before() -> None:
    """"der Verband Deutscher kritisiert": no members named, so no association's name is read."""
    text = _HOME + "Der Verband Deutscher kritisiert die Bundesregierung."
    assert not any(t.startswith("Verband") for t in _actors(text))
