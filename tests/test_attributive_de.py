"""A German participle before its noun describes the noun: no event told, also behind a preposition that opens the
sentence (and so is written with a capital) and behind a count with a time or cause phrase of its own; a verb after a
sentence-opening name stays a verb."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.pipeline import extract_events


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in extract_events(text, date(2024, 10, 23), "de")]


@pytest.mark.parametrize(("text", "word"), [
    ("Von bewaffneten Gruppen ausgeübte Gewalt gegen Frauen dokumentiert der Bericht der Vereinten Nationen für Darfur.",
     "bewaffneten"),
    ("Mit bewaffneten Milizen verbündete Stämme kontrollieren den Süden Libyens.", "bewaffneten"),
    ("Der Ministerpräsident sagte am Samstag, es handle sich um zwei seit November entführte Mitarbeiter der "
     "serbischen Botschaft.", "entführte"),
    ("Die Regierung in Ankara sprach mit den Familien der 14 seit Juni inhaftierten Journalisten.", "inhaftierten"),
])
def test_participle_before_its_noun_tells_no_act(text: str, word: str) -> None:
    assert not any(w == word for _, w in _types(text)), _types(text)


def test_sentence_opening_name_keeps_the_verb() -> None:
    assert ("COERCE", "inhaftierte") in _types("Russland inhaftierte Journalisten aus der Ukraine.")
