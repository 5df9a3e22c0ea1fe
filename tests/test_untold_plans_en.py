"""English plans with no other side (round 35, enprec35; extract/untold_plans.py): an act told only as planned or as
not done, still without a target after home_targets, is no event; one aimed at a side, or a pledge, stays.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.extract.untold_plans import UntoldPlans
from lagebild.knowledge.resources import load
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from tests.test_families_en import (
    _events,
    pytestmark,  # noqa: F401  (skipped without the English parser)
)

RESIGN = "Bolivia's president will resign, his spokesman said."
NOT_SENT = "The president has also confirmed that no Peruvian soldiers will be sent abroad."


def _before_home_targets(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """The events as the stages before home_targets (and the plan gate after it) left them."""
    names = [n for n in load("pipeline")["components"] if n not in ("home_targets", "counts")]
    doc = Pipeline(names, scorer=False)(Article(text, lang="en", published=date(2025, 3, 1)))
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in doc.events]


def test_a_planned_act_with_no_other_side_is_no_event() -> None:
    assert ("RETREAT", "BOL", None, "future") in _before_home_targets(RESIGN)  # the stage before told it
    assert not any(t == "RETREAT" for t, _, _ in _events(RESIGN))


def test_an_act_told_as_not_done_with_no_other_side_is_no_event() -> None:
    assert any(m == "negated" and g is None for _, _, g, m in _before_home_targets(NOT_SENT))
    assert _events(NOT_SENT) == []
    assert _events("Peru will not send troops.") == []


def test_a_denied_act_stays_with_its_denier() -> None:
    text = "Peru denied that its soldiers had fired shots."
    assert ("ASSAULT", "PER", None, "negated") in _before_home_targets(text)
    doc = Pipeline(scorer=False)(Article(text, lang="en", published=date(2025, 3, 1)))
    assert [(e.event_type, e.modality, bool(e.denied_by)) for e in doc.events] == [("ASSAULT", "negated", True)]


def test_a_planned_act_aimed_at_a_side_and_a_pledge_stay() -> None:
    assert ("SANCTION", "PER", "CHL") in _events("Peru will expel the Chilean ambassador.")
    assert ("CONSULT", "PER", "CHL") in _events("Peru will hold talks with Chile next week.")
    assert ("AGREE", "CHL", None) in _events("Chile is committed to opening its markets, the minister said.")
    assert ("AID", "CHL", None) in _events("Chile sent more police to the north.")  # done: stays without a target


def test_only_the_listed_modalities_are_dropped() -> None:
    assert UntoldPlans.from_lexicon(load("lexicon", "en")).modalities == {"future", "negated"}
    assert UntoldPlans.from_lexicon(load("lexicon", "de")).modalities == frozenset()  # German keeps every one
