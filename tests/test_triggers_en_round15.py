"""English intent and commitment frames of round 15 (gsr15), from PLOVER's AGREE (CAMEO 03, "express intent to
cooperate"): a pledge to an act ("agreed to open", "is ready to contribute troops", "is committed to opening") is
whole with its doer alone, where an agreement with no one named is not; "is committed to" is a state its subject
is in, not a passive; an act asked for in a demand's clause ("insisted that the union agree to ...") is no pledge.
The sentences are written for these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events, _types


def test_an_agreement_to_an_act_stands_without_a_partner() -> None:
    assert _events("Egypt has agreed to open its border to aid convoys.") == [("AGREE", None, "EGY", None)]
    assert _events("Iran agreed to allow inspectors into the site.")[0][::2] == ("AGREE", "IRN")
    # an agreement to a thing still needs the side it is made with
    assert _types("Egypt agreed to a ceasefire.") == []
    assert _types("Egypt agreed to peace talks.") == []


def test_an_intent_frame_types_its_content_and_keeps_the_doer() -> None:
    assert [(t, s) for t, _, s, _ in _events("France is ready to contribute 4,000 troops to a peacekeeping force.")] == [
        ("AGREE", "FRA")]
    assert [(t, s) for t, _, s, _ in _events("Iran is committed to cooperating with the IAEA.")] == [("AGREE", "IRN")]
    assert [(t, s, g) for t, _, s, g in _events("Russia is determined to attack Ukraine.")] == [
        ("THREATEN", "RUS", "UKR")]
    # without a form of "be" before it the participle is a verb of its own: no frame
    assert "THREATEN" not in _types("Russia determined to attack Ukraine, the report said.")


def test_committed_to_is_a_state_not_a_passive() -> None:
    assert [(t, s) for t, _, s, _ in _events("Japan is committed to opening up its markets.")] == [("AGREE", "JPN")]
    assert [(t, s) for t, _, s, _ in _events("The minister said Japan is committed to opening up the economy.")] == [
        ("AGREE", "JPN")]
    assert _types("The suspect was committed to trial in Kenya.") == []


def test_an_agreement_asked_for_is_no_pledge() -> None:
    # no AGREE by France; since round 24 (prcen24) insisting that another do a thing is the speaker's demand
    assert _types("German leaders insisted that the French government agree to cut tariffs.") == ["REQUEST"]
    assert _types("The United States urged that Iran agree to halt enrichment.") == ["REQUEST"]
    assert [(t, s) for t, _, s, _ in _events("The minister said France will agree to send troops.")] == [("AGREE", "FRA")]


def test_a_noun_of_intent_frames_its_infinitive() -> None:
    assert {t for t, _, _, _ in _events("Egypt expressed readiness to mediate between Israel and Hamas.")} == {"AGREE"}
    assert _events("Russia signaled its willingness to resume talks with Ukraine.") == [("AGREE", None, "RUS", "UKR")]
    # the noun with no infinitive after it frames nothing
    assert _types("The commitment of Japan to Vietnam is strong.") == []
