"""Round 37 (enprec37): an act noun without a side inside another act's topic phrase is no event of its own
(extract/topic_acts.py). The sentences are written here."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.extract.topic_acts import TopicActs
from lagebild.model import Article
from lagebild.pipeline import Pipeline, _event_extractor, language_kit

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in doc.events)


REFUSAL = "Chechen refugees continued a hunger strike in protest of the Russian government's refusal to talk."
ALLEGATION = "The committee completed its investigation into an allegation by the Liberian rebels that the army took the city."


def test_a_refusal_protested_against_is_no_event_of_its_own() -> None:
    rows = _events(REFUSAL)
    assert not any(t == "REJECT" for t, _, _ in rows), rows
    assert any(t == "PROTEST" for t, _, _ in rows), rows  # the protest itself stays


def test_an_allegation_under_investigation_is_no_accusation_told_now() -> None:
    assert not any(t == "ACCUSE" for t, _, _ in _events(ALLEGATION))


def test_the_gate_is_the_lexicons(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the lexicon's prepositions the targetless act nouns come back: the drop is this reading's alone
    monkeypatch.setattr(_event_extractor(language_kit("en")), "topic_acts", TopicActs())
    assert ("REJECT", "RUS-GOV", None) in _events(REFUSAL)
    assert any(t == "ACCUSE" for t, _, _ in _events(ALLEGATION))


def test_a_topic_act_with_a_side_named_stays() -> None:
    # the killing names whom it was done to: news of its own, kept inside the inquiry's phrase
    assert ("ASSAULT", "UGA-POL", "KEN-CIV") in _events(
        "The UN opened an inquiry into the killing of Kenyan protesters by Ugandan police.")


def test_an_act_noun_outside_a_topic_phrase_stays() -> None:
    # no act noun before the preposition ("the invasion of Ukraine" is the doer's own phrase) and a bare act noun
    assert ("ASSAULT", "RUS-GOV", "UKR-GOV") in _events("Russia's invasion of Ukraine has driven up grain prices.")
    assert any(t == "PROTEST" for t, _, _ in _events("Protests broke out in the Iranian city of Tabriz on Friday."))
