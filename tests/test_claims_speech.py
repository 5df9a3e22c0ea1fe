"""Claims of the fifth round (issue 9): reported clauses followed by more clauses, speech acts whose
source is the speaker. Paragraphs written for these tests, after forms met in real news."""

from __future__ import annotations

from .test_claims import events, one, spoken


def test_an_english_report_keeps_its_first_clause_when_more_clauses_follow() -> None:
    text = ("Syrian military officials say Turkish drones struck a fuel depot near Qamishli and damaged "
            "two bridges before dawn on Sunday.")
    e = one(events(text, "en"), "ASSAULT", "TUR")
    assert [spoken(text, a) for a in e["attribution"]] == ["Syrian military officials"]
    assert e["attribution"][0]["country"] == "SYR"


def test_an_infinitive_reporting_verb_names_no_speaker() -> None:
    text = "The Kenyan president travelled to Addis Ababa to announce that Kenya would send troops to Somalia."
    for e in events(text, "en"):
        assert all(spoken(text, a) != "to" for a in e["attribution"])


def test_a_plural_pronoun_after_one_speaker_is_not_the_speaker() -> None:
    # "he says they ...": they are not he, so he does not become the doer of what they do
    text = "President Macron spoke in Paris on Monday. He says they are blocking the port of Calais."
    assert not [e for e in events(text, "en") if (e["source"] or {}).get("country") == "FRA"]
