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


def test_a_pronoun_speaker_of_a_demand_is_the_source_not_the_addressee() -> None:
    text = ("Der Grünen-Politiker Anton Hofreiter sprach am Montag in Berlin über den Haushalt. "
            "Er forderte die CDU auf, ihre Blockade im Bundesrat aufzugeben.")
    evs = [e for e in events(text, "de") if e["event_type"] == "REQUEST"]
    assert all((e["source"] or {}).get("text") != "CDU" for e in evs)  # the addressee never demands


def test_a_pronoun_speaker_named_before_demands_of_the_addressee() -> None:
    text = ("Bundeskanzler Olaf Scholz sprach am Montag in Berlin über den Haushalt. "
            "Er forderte Russland auf, die Angriffe auf die Ukraine einzustellen.")
    e = one(events(text, "de"), "REQUEST", "DEU")
    assert e["target"]["country"] == "RUS"


def test_the_speakers_own_party_in_brackets_is_not_the_addressee() -> None:
    text = "Der frühere Bürgermeister Henning Scherf (SPD) warnte die CDU vor einem Wahlkampf mit Ängsten."
    e = one(events(text, "de"), "THREATEN")
    assert e["target"]["name"] != "SPD"


def test_a_speaker_we_cannot_place_never_makes_the_addressee_the_doer() -> None:
    text = "Die Umweltschutzorganisation fordert von der bayerischen Staatsregierung einen Plan für die Rückkehr der Wölfe."
    assert not [e for e in events(text, "de") if e["event_type"] == "REQUEST"
                and "Staatsregierung" in ((e["source"] or {}).get("text") or "")]


def test_a_passive_accusation_keeps_the_accuser_of_the_von_phrase() -> None:
    text = "Die Miliz wurde von der kenianischen Regierung beschuldigt, die Anschläge in Mombasa verübt zu haben."
    e = one(events(text, "de"), "ACCUSE", "KEN")
    assert e["event_type"] == "ACCUSE"


def test_the_dative_addressee_of_an_accusation_is_never_the_accuser() -> None:
    # "warfen der Regierung vor": "der" after a plural verb is no subject; the speakers are no actor we know
    text = "Verbraucherschützer warfen der Bundesregierung am Dienstag „Untätigkeit“ vor."
    assert not [e for e in events(text, "de") if (e["source"] or {}).get("sector") == "GOV"]


def test_a_subject_after_the_verb_still_criticises() -> None:
    text = "Am Dienstag kritisierte der französische Präsident Emmanuel Macron die Regierung in Moskau."
    e = one(events(text, "de"), "ACCUSE", "FRA")
    assert e["target"]["country"] == "RUS"
