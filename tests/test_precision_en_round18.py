"""English precision (round 18, fpen18): acts only tried or aimed at, and a candidate leaving a race. Sentences
written for these tests."""

from __future__ import annotations

from tests.test_families_en import _events as _rule_events  # the rules alone, parsed
from tests.test_families_en import pytestmark  # noqa: F401  (skipped without the English parser)


def test_the_infinitive_of_an_attempt_noun_is_no_act() -> None:
    # the effort is told, the sanctions were never imposed; the veto that stopped them stays
    got = _rule_events("Last week an effort by France to impose sanctions on Syria was vetoed by Russia.")
    assert not any(t == "SANCTION" and s == "FRA" and o is None for t, s, o in got)
    assert ("REJECT", "RUS", "FRA") in got
    # the act the attempt is made with stays; its aim goes
    got = _rule_events("Israel launched air strikes in an attempt to stop rocket fire from Gaza.")
    assert ("ASSAULT", "ISR", None) in got and not any(t == "RETREAT" for t, _, _ in got)


def test_an_attempt_at_force_is_the_act() -> None:
    # an attempt to storm or to kill is itself the attack (CAMEO codes attempted attacks as attacks)
    got = _rule_events("Hamas fighters made an attempt to storm the Israeli border post on Sunday.")
    assert any(t == "ASSAULT" and s == "PSE" for t, s, _ in got)


def test_a_verb_of_trying_keeps_its_act() -> None:
    # only the nouns are read: "attempted to seize" is told as the verb's own frame elsewhere
    assert any(t == "COERCE" and s == "RUS" for t, s, _ in _rule_events("Russian troops attempted to seize the airport."))


def test_leaving_a_contest_is_no_withdrawal() -> None:
    assert not any(t == "RETREAT" for t, _, _ in _rule_events(
        "Kenya's opposition leader withdrew from the run-off, citing attacks on his supporters."))
    assert not any(t == "RETREAT" for t, _, _ in _rule_events("The Georgian opposition candidate pulled out of the race."))
    # forces leaving a place still withdraw
    assert ("RETREAT", "RUS", "GEO") in _rule_events("Russia withdrew its troops from Georgia.")
