"""English triggers found whose event was lost inside the pipeline (round 33, enlost33). The sentences are
written for these tests."""

from __future__ import annotations

from lagebild.extract.clauses import split_clauses
from lagebild.model import Article
from lagebild.pipeline import Pipeline

from .test_triggers_en_nominal import _events


def test_a_hyphened_so_is_no_clause_break() -> None:
    # "so-called" is a modifier: the possessor before it stays in the clause of the act done to it
    assert [(t, s, g) for t, _, s, g in _events(
        "Russia's so-called peace plan has drawn sharp criticism from Poland.")] == [("ACCUSE", "POL", "RUS")]
    assert [(t, g) for t, _, _, g in _events(
        "Russia's so-called peace plan has drawn criticism from human-rights groups.")] == [("ACCUSE", "RUS")]
    doc = Pipeline()(Article("Iran's so-called deal failed.", id="t", lang="en"))
    assert len(split_clauses(doc, 0, {"so"}, set())) == 1


def test_a_free_so_still_opens_a_clause() -> None:
    # guard: the conjunction "so" still parts the clauses; the talks' failure is no attack by Russia
    doc = Pipeline()(Article("The talks failed, so Russia attacked Ukraine.", id="t", lang="en"))
    assert len(split_clauses(doc, 0, {"so"}, set())) == 2
    assert [(t, s, g) for t, _, s, g in _events("The talks failed, so Russia attacked Ukraine.")] == [
        ("ASSAULT", "RUS", "UKR")]


def test_a_possessive_over_modifiers_names_the_nouns_doer() -> None:
    # "Putin's face-to-face talks": the possessor is the doer, as in "Putin's talks"; the verb of the subject noun
    # ("were held") no longer swallows it
    assert [(t, s, g) for t, _, s, g in _events("Putin's face-to-face talks with Biden were held on Monday.")] == [
        ("CONSULT", "RUS", "USA")]
    assert [(t, s, g) for t, _, s, g in _events(
        "Russia's so-called peace talks with Ukraine were held in Istanbul.")] == [("CONSULT", "RUS", "UKR")]


def test_a_possessive_of_another_noun_is_no_doer() -> None:
    # guard: "Russia's capital" owns the capital, not the talks it hosted (no parties named: no event)
    assert _events("Russia's capital hosted talks on Monday.") == []
