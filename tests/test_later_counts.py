"""Counts told after their event (extract/later_counts.py): the dead of a bombing, the people a sanctions list
took, the money of an aid pledge, each in a sentence of its own after the act; written for this test after forms
seen in real news."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.model import Article
from lagebild.pipeline import Pipeline, extract_events


def counts(text: str, lang: str) -> list[tuple[str, str | None, list[float]]]:
    """(type, target country, the values of its quantities) of every event."""
    return [(e.event_type, e.target.country if e.target else None, [q.value for q in e.quantities])
            for e in extract_events(text, date(2024, 10, 23), lang)]


def values_of(found: list[tuple[str, str | None, list[float]]], etype: str) -> list[float]:
    got = [v for t, _, vs in found if t == etype for v in vs]
    assert any(t == etype for t, _, _ in found), f"no {etype} in {found}"
    return got


@pytest.mark.parametrize(("lang", "text", "etype", "value"), [
    ("de", "Russische Truppen haben am Montag die ukrainische Stadt Charkiw angegriffen. Zwei Menschen wurden getötet.",
     "ASSAULT", 2),
    ("en", "Russian forces shelled the Ukrainian city of Kharkiv on Monday. At least twelve people were killed.",
     "ASSAULT", 12),
    ("en", "The European Union tightened sanctions against Iran on Monday. The ministers added 37 more people to the list "
     "of individuals under a visa ban.", "SANCTION", 37),
    ("de", "Die Polizei in Georgien hat am Sonntag Demonstranten festgenommen. Insgesamt wurden 120 Personen verhaftet.",
     "COERCE", 120),
])
def test_a_count_in_the_next_sentence_belongs_to_the_act_it_tells_the_outcome_of(
        lang: str, text: str, etype: str, value: float) -> None:
    assert value in values_of(counts(text, lang), etype)


def test_a_count_without_its_types_word_stays_off_the_event() -> None:
    """Eight million Ukrainians are no victims of the attack told before them."""
    found = counts("Russische Truppen haben am Sonntag die ukrainische Stadt Charkiw angegriffen. Etwa zehn Prozent der "
                   "acht Millionen Ukrainer leben im Ausland.", "de")
    assert values_of(found, "ASSAULT") == []


def test_the_count_goes_to_the_event_whose_word_stands_next_to_it_and_whose_target_its_sentence_names() -> None:
    text = ("The United States announced more military aid to Israel and a continuation of aid to Egypt. "
            "The State Department said on Monday that the grants would rise. The sum for Egypt stays at $1.3 billion of "
            "aid a year.")
    found = counts(text, "en")
    assert [vs for t, c, vs in found if t == "AID" and c == "EGY"] == [[1_300_000_000]]
    assert all(not vs for t, c, vs in found if t == "AID" and c == "ISR")


def test_later_counts_run_after_the_scorer_and_change_no_event() -> None:
    """The component only adds counts: the same events come out with it and without it."""
    text = "Russische Truppen haben die ukrainische Stadt Charkiw angegriffen. Zwei Menschen wurden getötet."
    art = Article(id="a", text=text, lang="de", published=date(2024, 10, 23))
    full = Pipeline(scorer=False)
    assert full.components[-1] == "counts"
    without = Pipeline([n for n in full.components if n != "counts"], scorer=False)
    with_counts, bare = full(art).events, without(Article(id="a", text=text, lang="de",
                                                          published=date(2024, 10, 23))).events
    assert [(e.event_type, e.start) for e in with_counts] == [(e.event_type, e.start) for e in bare]
    assert [q.value for e in bare for q in e.quantities] == []
    assert [q.value for e in with_counts for q in e.quantities] == [2]


def test_a_german_compound_noun_counts_by_its_head() -> None:
    """"Massenkundgebung" is a "Kundgebung": the people expected at it are its count (compound heads, German)."""
    text = ("Für Mittwoch hat die Opposition in Thailand eine Massenkundgebung in Bangkok angekündigt, zu der 100.000 "
            "Menschen erwartet werden.")
    assert 100_000 in values_of(counts(text, "de"), "PROTEST")


def test_german_digits_grouped_by_spaces_are_one_number() -> None:
    """"1 200 Soldaten" is 1200, as German news often writes thousands; a year before a count stays apart."""
    found = counts("Die französische Armee schickte am Montag 1 200 Soldaten nach Mali.", "de")
    assert values_of(found, "MOBILIZE") == [1200]
