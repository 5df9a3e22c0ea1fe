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
