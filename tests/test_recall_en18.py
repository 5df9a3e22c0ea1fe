"""English recall of round 18 (en18): the place of an act named as a part or a kind of place before "of" ("into the
centre of Nairobi", "in the northern city of Mosul") or after a place noun's comma ("in the capital, Harare") is where
it happens, so an unnamed crowd's protest takes its country. The sentences are written for these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events


def test_a_place_after_a_place_noun_and_of_is_the_location() -> None:
    assert [(t, s, o) for t, _, s, o in _events("Thousands of protesters poured into the centre of Nairobi on Monday.")] == [
        ("PROTEST", "KEN", "KEN")]
    assert [(t, s) for t, _, s, _ in _events("Angry crowds chanted anti-government slogans in the northern city of Mosul.")] == [
        ("PROTEST", "IRQ")]


def test_a_place_noun_apposition_is_the_location() -> None:
    assert [(t, s) for t, _, s, _ in _events("Thousands of demonstrators marched in the capital, Harare, on Sunday.")] == [
        ("PROTEST", "ZWE")]

