"""Round 30 actor coverage (issue 14): "Ex-Präsident", "Ex-Staatschefin" are the office noun's former holder, read
as "der ehemalige Präsident" is (the sentence's or the article's country), alone or as a title before a name; the
prefix before no office noun ("Ex-Jugoslawien") stays as it was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, events, read


@pytest.mark.parametrize("text, word, want", [
    ("Jetzt soll der Ex-Staatschef in Brasilien angeklagt werden.", "Ex-Staatschef", ("BRA", "GOV")),
    ("Brasilien wählt. Der Ex-Präsident rief zum Boykott auf.", "Ex-Präsident", ("BRA", "GOV")),
    ("Brasilien wählt. Die Ex-Regierungschefin Rousseff rief zum Boykott auf.", "Rousseff", ("BRA", "GOV")),
    ("Der irakische Ex-Präsident Saddam Hussein wurde hingerichtet.", "Saddam Hussein", ("IRQ", "GOV")),
])
def test_a_former_office_holder_is_read(de_mentions: Pipeline, text: str, word: str, want: tuple[str, str]) -> None:
    assert actor(read(de_mentions, text), word) == want


def test_the_prefix_before_no_office_noun_stays(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Flüchtlinge aus Ex-Jugoslawien kamen nach Österreich.")
    assert not any(m.text.startswith("Ex-") for m in doc.mentions)


def test_the_former_holder_is_an_events_target(de_rules: Pipeline) -> None:
    assert ("COERCE", "BRA", "BRA") in events(de_rules, "In Brasilien wurde der Ex-Staatschef wegen Korruption festgenommen.")


@pytest.mark.parametrize("text, word, want", [
    ("Steinmeier empfing am Montag seinen französischen Kollegen.", "französischen Kollegen", ("FRA", "GOV")),
    ("Nach dem Treffen mit ihrer russischen Kollegin reiste die Ministerin ab.", "russischen Kollegin", ("RUS", "GOV")),
])
def test_a_colleague_of_a_country_is_its_counterpart(de_mentions: Pipeline, text: str, word: str,
                                                     want: tuple[str, str]) -> None:
    assert actor(read(de_mentions, text), word) == want


@pytest.mark.parametrize("text", [
    "Seine Kollegen im Sender protestierten gegen die Entlassung.",  # no country adjective: no actor
    "Die französischen Kollegen berichteten ausführlich.",  # no possessive: whose colleagues is not said
])
def test_other_colleagues_stay_no_actor(de_mentions: Pipeline, text: str) -> None:
    assert not any(m.kind == "actor" and "Kolleg" in m.text for m in read(de_mentions, text).mentions)
