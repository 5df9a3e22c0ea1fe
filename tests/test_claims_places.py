"""Claims of the sixth round (issue 9): a generic speaker placed in a capital speaks for that country, and
the preposition "to" of "according to" opens no infinitive. Paragraphs written for these tests."""

from __future__ import annotations

from .test_claims import events, one


def test_a_ministry_placed_in_a_capital_speaks_for_that_country_not_the_doer() -> None:
    text = ("Chinese coast guard vessels attacked a Philippine supply boat near the Second Thomas Shoal, "
            "the foreign ministry in Manila said.")
    evs = events(text, "en")
    assert evs
    for e in evs:
        assert [a["country"] for a in e["attribution"]] == ["PHL"]


def test_german_officials_in_a_capital_speak_for_that_country() -> None:
    text = "Russische Truppen haben nach Angaben des Verteidigungsministeriums in Kiew ein Dorf bei Charkiw beschossen."
    e = one(events(text, "de"), "ASSAULT", "RUS")
    assert [a["country"] for a in e["attribution"]] == ["UKR"]


def test_according_to_opens_no_intended_act() -> None:
    text = ("South Korean defence minister Shin Won-sik spoke to reporters on Monday. "
            "According to him, North Korea fired two ballistic missiles into the sea.")
    e = one(events(text, "en"), "ASSAULT", "PRK")
    assert e["modality"] == "factual"


def test_an_infinitive_after_to_is_still_intended() -> None:
    text = "The Turkish foreign minister travelled to Baghdad to sign a water agreement with Iraq."
    e = one(events(text, "en"), "AGREE", "TUR")
    assert e["modality"] == "future"


def test_we_reporting_inside_a_quotation_is_the_speaker_of_the_statement_before_it() -> None:
    text = ("The Japanese foreign ministry confirmed the exchange in a statement on Sunday:\n\n"
            "\u201cAfter talks held in Doha, we can confirm China has released two Japanese citizens.\u201d")
    e = one(events(text, "en"), "RETREAT", "CHN")
    assert [a["country"] for a in e["attribution"]] == ["JPN"]
    assert text[e["attribution"][0]["start"]:e["attribution"][0]["end"]] == "we"


def test_an_act_under_negotiation_is_not_yet_done_but_the_talks_are() -> None:
    text = "Washington and Riyadh are negotiating a deal on the delivery of fighter jets."
    evs = events(text, "en")
    # negotiating is talks (PLOVER CONSULT, as news-gold codes "negotiating a sales package"; round 17); the deal
    # under negotiation is not told as done
    assert one(evs, "CONSULT", "USA")
    assert not any(e["event_type"] == "AGREE" and e["modality"] == "factual" for e in evs)
    talks = "Germany and Poland held talks in Warsaw on Monday."
    assert one(events(talks, "en"), "CONSULT", "DEU")["modality"] == "factual"
