"""Denials of the sixth round (issue 9): "X denied (that) it had ...", a bare denied clause with no "that",
and relative denials (", which X denied", "..., was dieser zurückweist") that deny only their own
sentence. Paragraphs written for these tests, after forms met in real news."""

from __future__ import annotations

from .test_claims import events, one


def test_a_pronoun_opening_the_denied_clause_is_the_denier_and_the_act_is_negated() -> None:
    text = "Iran denied on Friday that it had sent ballistic missiles to Russia."
    e = one(events(text, "en"), "AID", "IRN")
    assert e["modality"] == "negated"
    assert [d["country"] for d in e["denied_by"]] == ["IRN"]
    assert e["target"]["country"] == "RUS"


def test_a_denied_clause_without_that_is_denied_not_told_as_fact() -> None:
    text = "Iran denied it had sent ballistic missiles to Russia."
    e = one(events(text, "en"), "AID", "IRN")
    assert e["modality"] == "negated"
    assert [d["country"] for d in e["denied_by"]] == ["IRN"]


def test_a_bare_denial_does_not_reach_back_to_the_deniers_earlier_claims() -> None:
    text = ("Tehran said in January that it had sent ballistic missiles to Russia. "
            "In March Iran denied it had sent any missiles to Moscow.")
    first = [e for e in events(text, "en") if "January" in e["evidence"]["sentence"]]
    assert first and all(not e["denied_by"] for e in first)


def test_a_bare_denial_with_no_event_of_its_own_still_points_back() -> None:
    text = "Ukraine said Russian troops had shelled a power station near Kharkiv. Moscow denied it was involved."
    e = one(events(text, "en"), "ASSAULT", "RUS")
    assert [d["country"] for d in e["denied_by"]] == ["RUS"]


def test_a_relative_denial_denies_only_its_own_sentence() -> None:
    text = ("Die Polizei nahm am Montag in Bangkok mehrere Demonstranten fest. "
            "Dem früheren Premier wird vorgeworfen, den Militärputsch in Thailand angeführt zu haben, "
            "was dieser jedoch zurückweist.")
    evs = events(text, "de")
    arrests = [e for e in evs if e["event_type"] == "COERCE"]
    assert arrests and all(not e["denied_by"] for e in arrests)


def test_an_english_relative_denial_links_to_the_act_of_its_sentence() -> None:
    text = ("Indian troops fired on a border post on Sunday. "
            "Pakistan accused India of shelling a village in Kashmir, which New Delhi denied.")
    evs = events(text, "en")
    first = [e for e in evs if "Sunday" in e["evidence"]["sentence"]]
    assert first and all(not e["denied_by"] for e in first)
    shelling = [e for e in evs if e["trigger"] == "shelling"]
    assert shelling and [d["country"] for d in shelling[0]["denied_by"]] == ["IND"]


def test_a_german_infinitive_after_the_denial_is_the_denied_act() -> None:
    text = "Russland bestritt am Montag, Truppen an die Grenze zu Finnland verlegt zu haben."
    e = one(events(text, "de"), "MOBILIZE", "RUS")
    assert e["modality"] == "negated"
    assert [d["country"] for d in e["denied_by"]] == ["RUS"]


def test_a_german_konjunktiv_clause_after_the_denial_is_denied_with_the_denier_as_doer() -> None:
    text = "Der Iran bestreitet, er habe ballistische Raketen an Russland geliefert."
    e = one(events(text, "de"), "AID", "IRN")
    assert e["modality"] == "negated"
    assert e["target"]["country"] == "RUS"


def test_das_opening_a_noun_phrase_is_an_article_not_a_back_reference() -> None:
    # "Das Gericht wies ... zurück": the court rejects a motion (REJECT), it denies nothing told before
    for text in ("Das russische Parlament wies am Montag einen Antrag der Ukraine zurück.",
                 "Am Montag wies das russische Parlament einen Antrag der Ukraine zurück."):
        e = one(events(text, "de"), "REJECT", "RUS")
        assert e["target"]["country"] == "UKR"


def test_das_before_the_verb_still_points_back_at_the_claim() -> None:
    text = "Die Ukraine sagte, russische Truppen hätten Charkiw beschossen. Das wies die russische Regierung zurück."
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert [d["country"] for d in e["denied_by"]] == ["RUS"]
