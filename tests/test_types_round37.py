"""The right type where a trigger fires (round 37, detype37): a summoned ambassador hears a protest (PLOVER: ACCUSE,
not an expulsion), and an act its own doer will not rule out is held over the other side (THREATEN, not the act told
as possible). Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events


def tuples(text: str, lang: str = "de") -> list[tuple[str, str | None, str | None, str]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in extract_events(text, lang=lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Auswärtige Amt hat den russischen Botschafter einbestellt.", ("ACCUSE", "DEU", "RUS", "factual")),
    # the passive with no doer: the summoning state is where it happens
    ("Der iranische Botschafter wurde ins Auswärtige Amt in Berlin einbestellt.", ("ACCUSE", "DEU", "IRN", "factual")),
])
def test_a_summoned_ambassador_hears_a_protest(text: str, expected: tuple[str, str, str, str]) -> None:
    got = tuples(text)
    assert expected in got, got
    assert not any(t == "SANCTION" for t, *_ in got), got


def test_an_expelled_diplomat_stays_a_sanction() -> None:
    assert ("SANCTION", "TUR", "SWE", "factual") in tuples("Die Türkei wies zwei schwedische Diplomaten aus.")


@pytest.mark.parametrize(("text", "expected", "not_type"), [
    # before detype37: ACCUSE DEU -> AUT hypothetical (the lawsuit told as possible)
    ("Der deutsche Finanzminister schloss nicht aus, die Regierung in Wien zu verklagen.", ("THREATEN", "DEU", "AUT"),
     "ACCUSE"),
    # before: ASSAULT TUR -> SYR hypothetical
    ("Der Sprecher des türkischen Präsidenten schloss nicht aus, Syrien anzugreifen.", ("THREATEN", "TUR", "SYR"),
     "ASSAULT"),
    # before: MOBILIZE POL -> LTU hypothetical
    ("Die polnische Regierung schließt nicht aus, Truppen nach Litauen zu entsenden.", ("THREATEN", "POL", "LTU"),
     "MOBILIZE"),
])
def test_an_act_its_doer_will_not_rule_out_is_a_threat(text: str, expected: tuple[str, str, str], not_type: str) -> None:
    got = tuples(text)
    assert (*expected, "factual") in got, got  # the threat is made in the saying
    assert not any(t == not_type for t, *_ in got), got


def test_a_dass_clause_not_ruled_out_is_a_guess_no_threat() -> None:
    """"schloss nicht aus, dass ..." weighs what another side may do: the act stays possible, no one threatens."""
    got = tuples("Die Polizei schloss nicht aus, dass die russische Armee die Stadt angreift.")
    assert any(t == "ASSAULT" and s == "RUS" and m == "hypothetical" for t, s, _, m in got), got
    assert not any(t == "THREATEN" for t, *_ in got), got


def test_held_open_on_another_sides_word_stays_possible() -> None:
    """A speaker of another country tells it: Moscow's reading of Washington, no threat Washington made."""
    got = tuples("Der US-Präsident schloss nicht aus, den Iran anzugreifen, sagte ein Sprecher in Moskau.")
    assert ("ASSAULT", "USA", "IRN", "hypothetical") in got, got
    assert not any(t == "THREATEN" for t, *_ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # fuout37, before: REJECT hypothetical (the "rule out" refusal read, the gerund act no force word)
    ("The Turkish president did not rule out sending troops to Syria.", ("THREATEN", "TUR", "SYR")),
    ("The German finance minister would not rule out suing the government in Vienna.", ("THREATEN", "DEU", "AUT")),
    ("The Polish government refused to rule out military action against Russia.", ("THREATEN", "POL", "RUS")),
])
def test_an_english_act_held_open_is_a_threat(text: str, expected: tuple[str, str, str]) -> None:
    got = tuples(text, "en")
    assert (*expected, "factual") in got, got
    assert not any(t == "REJECT" for t, *_ in got), got


@pytest.mark.parametrize(("text", "lang"), [
    # fuout37, before: MOBILIZE / ACCUSE factual (the excluded act read as done), ACCUSE future, ASSAULT factual
    ("The Turkish president ruled out sending troops to Syria.", "en"),
    ("The German finance minister ruled out suing the government in Vienna.", "en"),
    ("The Polish government ruled out military action against Russia.", "en"),
    ("Der deutsche Finanzminister schloss aus, die Regierung in Wien zu verklagen.", "de"),
    ("Der Sprecher des türkischen Präsidenten schloss aus, Syrien anzugreifen.", "de"),
])
def test_an_act_its_doer_rules_out_is_no_event(text: str, lang: str) -> None:
    assert tuples(text, lang) == []


def test_ruling_out_then_threatening_keeps_the_threatened_act() -> None:
    # the comma closes the ruling-out only where the infinitive is its complement; "und drohte, ..." is another verb's
    got = tuples("Der türkische Präsident schloss Gespräche aus und drohte, Syrien anzugreifen.")
    assert any(t in ("THREATEN", "ASSAULT") for t, *_ in got), got
