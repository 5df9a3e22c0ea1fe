"""German events lost for want of a trigger of their type, by mechanism (round 11, de11t): a cooperative act the doer
negates for itself is a refusal (REJECT, PLOVER's "all rejections and refusals"; news-gold told "er werde die
Kandidatur nicht unterstützen" as REJECT where lagebild gave a negated SUPPORT), and a strike announced under a condition
is a threat (PLOVER THREATEN "restrict": boycotts, strikes). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_claims import events
from .test_implicit_events import _tuples


@pytest.mark.parametrize(("text", "source"), [
    ("Der serbische Präsident sagte, Serbien werde die Pläne der kroatischen Regierung nicht unterstützen.", "SRB"),
    ("Die polnische Regierung will die Pläne der ukrainischen Regierung nicht unterstützen.", "POL"),
    # a stance refused in the past
    ("Der irakische Präsident erkannte die Autorität des iranischen Gerichts nicht an.", "IRQ"),
])
def test_a_negated_act_the_doer_wills_is_a_refusal(text: str, source: str) -> None:
    evs = events(text, "de")
    assert source in {s for s, _ in _tuples(evs, "REJECT")}
    assert not _tuples(evs, "SUPPORT")
    e = next(e for e in evs if e["event_type"] == "REJECT")
    assert e["modality"] == "factual"  # the refusal is made; what is refused is what does not happen


@pytest.mark.parametrize(("text", "etype"), [
    # not yet: no refusal
    ("Die polnische Regierung hat die Pläne der ukrainischen Regierung noch nicht unterstützt.", "SUPPORT"),
    # unable, not unwilling
    ("Die polnische Regierung konnte die Pläne der ukrainischen Regierung nicht unterstützen.", "SUPPORT"),
    # a plain positive act stays what it is
    ("Die polnische Regierung will die Pläne der ukrainischen Regierung unterstützen.", "SUPPORT"),
])
def test_a_negation_that_is_no_refusal_keeps_its_type(text: str, etype: str) -> None:
    evs = events(text, "de")
    assert not _tuples(evs, "REJECT")
    assert ("POL", "UKR") in _tuples(evs, etype)


def test_a_conditioned_strike_threatens() -> None:
    evs = events("Die Gewerkschaft Verdi erklärte, die Streiks würden fortgesetzt, wenn die Arbeitgeber kein "
                 "besseres Angebot vorlegten.", "de")
    assert _tuples(evs, "THREATEN") and not _tuples(evs, "PROTEST")


def test_an_unconditioned_announced_strike_stays_a_protest() -> None:
    evs = events("Die Gewerkschaft Verdi erklärte, die Streiks würden am Montag fortgesetzt.", "de")
    assert _tuples(evs, "PROTEST") and not _tuples(evs, "THREATEN")

