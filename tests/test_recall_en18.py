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



def test_only_a_locative_preposition_reaches_past_the_place_noun() -> None:
    from datetime import date

    from lagebild.model import Article

    from .test_triggers_en_nominal import _PIPE

    def prep(text: str, name: str) -> str | None:
        doc = _PIPE(Article("Headline\n\n" + text, id="t", lang="en", published=date(2024, 5, 1)))
        return next(m.preposition for m in doc.mentions if m.text == name)

    assert prep("Protesters gathered in the centre of Nairobi.", "Nairobi") == "in"
    assert prep("Marchers walked into the capital, Harare, at noon.", "Harare") == "into"
    # an oblique or no preposition before the head noun: the place stays the head noun's ("of")
    assert prep("Artillery shelled the outskirts of Donetsk.", "Donetsk") == "of"
    assert prep("The mayor of the city of Lviv spoke.", "Lviv") == "of"
