"""Round 37 (fuen37): an act noun whose doer is a group adjective ("Islamist threats"), the group's country told
elsewhere in the article ("a Malian Islamist movement"). The sentences are written here."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _doc(text: str):  # noqa: ANN202 - the pipeline's Doc
    return _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in _doc(text).events)


def _group_country(text: str, word: str) -> str | None:
    doc = _doc(text)
    return next((m.actor.country for m in doc.mentions if m.via.startswith("group") and m.actor is not None
                 and doc.tokens[m.tok_start].lower == word), None)


def test_group_adjective_takes_the_country_the_article_gives_it_later() -> None:
    text = ("Officials say despite repeated Islamist threats to kill peacekeepers, morale is high. "
            "Kenyan troops ousted a Malian Islamist movement last year.")
    assert _group_country(text, "islamist") == "MLI"
    assert ("THREATEN", "MLI-REB", None) in _events(text)


def test_group_adjective_takes_the_country_told_before() -> None:
    text = "Kenya fought a Somali Islamist movement in 2011. Islamist attacks on Kenyan troops continued."
    assert ("ASSAULT", "SOM-REB", "KEN-MIL") in _events(text)


def test_two_countries_for_the_adjective_leave_it_open() -> None:
    text = ("Islamist threats grew. Kenya fought a Somali Islamist movement in 2011 and a Malian Islamist "
            "movement in 2013.")
    assert _group_country(text, "islamist") is None
    assert not any(t == "THREATEN" for t, _, _ in _events(text))


def test_no_country_told_no_threat() -> None:
    # the adjective alone names no country: no doer, no event (as before)
    assert _group_country("Islamist threats grew.", "islamist") is None
    assert not any(t == "THREATEN" for t, _, _ in _events("Islamist threats grew."))


def test_a_group_with_a_home_owns_its_act_noun() -> None:
    # "Uyghur" has one home (lexicon group_homes): before, the lone noun gave no event
    assert ("THREATEN", "CHN-CIV", None) in _events("Uyghur threats grew.")
