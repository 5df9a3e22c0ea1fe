"""Round 39 (decov39): a German passive or act noun that names no doer takes the doer of the story's last event
(extract/story_doers.py), only where the two tell one story: the same target or place, the same paragraph, the
sentence before at most, one voice, no agent phrase of its own. Sentences written for these tests, rules mode."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_ATTACK = "Russische Truppen griffen am Montag die ukrainische Stadt Charkiw an."


@pytest.fixture(autouse=True)
def _rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_SCORER", "off")


def _second(text: str) -> set[tuple[str, str | None, str | None]]:
    """The (type, source, target) of the events told after the first sentence."""
    doc = Pipeline()(Article(id="t", text=text, lang="de", published=date(2015, 5, 5)))
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events if e.evidence_sentence > 0}


def test_an_act_nouns_passive_takes_the_storys_doer() -> None:
    assert ("ASSAULT", "RUS", "UKR") in _second(_ATTACK + " Bei dem Angriff auf Charkiw wurden drei Menschen getötet.")


def test_the_same_place_tells_the_same_story() -> None:
    assert ("ASSAULT", "RUS", "UKR") in _second(_ATTACK + " In Charkiw wurden drei Menschen getötet.")


@pytest.mark.parametrize("after", [
    " In Aleppo wurden drei Menschen getötet.",  # another place: another story
    " In Charkiw seien drei Menschen getötet worden, sagte ein Arzt.",  # another voice
    " In Charkiw wurden drei Menschen von Unbekannten getötet.",  # the passive names its own doer
    "\n\nIn Charkiw wurden drei Menschen getötet.",  # another paragraph
    " Am Abend sprach der Bürgermeister. In Charkiw wurden drei Menschen getötet.",  # two sentences on
])
def test_no_doer_is_carried_out_of_the_story(after: str) -> None:
    assert not any(source == "RUS" for _, source, _ in _second(_ATTACK + after))


def test_a_named_doer_in_the_genitive_is_kept() -> None:
    assert ("ASSAULT", "POL", "UKR") in _second(_ATTACK + " Die Angriffe Polens auf Charkiw dauerten an.")
    assert not any(source == "RUS" for _, source, _ in _second(_ATTACK + " Die Angriffe Polens auf Charkiw dauerten an."))


def test_an_act_nouns_von_phrase_names_its_own_doer() -> None:
    after = " Am Abend begann in Charkiw ein neuer Angriff durch eine Gruppe Bewaffneter."
    assert not any(source == "RUS" for _, source, _ in _second(_ATTACK + after))
