"""English triggers of the gold type (round 17, trgen17): a verb that governs an agreement or threat head is an act
of its own ("The Taliban, vowing revenge, attacked"), while the head's content stays one event; asking for aid is a
request, not aid; negotiating is talks (PLOVER CONSULT); armed fighting told as a noun is an attack, a campaign
against a problem is not; "until" opens a clause of its own. The sentences are written for these tests."""

from __future__ import annotations

from .test_triggers_en_nominal import _events, _types


def test_a_verb_that_governs_a_vow_is_its_own_act() -> None:
    found = [(t, s) for t, _, s, _ in _events("The Taliban, vowing revenge, attacked a police post in Kandahar.")]
    assert ("ASSAULT", "AFG") in found and ("THREATEN", "AFG") in found
    # the participle's infinitive clause does not take the main verb with it
    found = [(t, s, g) for t, _, s, g in _events(
        "Israeli troops, promising to protect civilians, raided the Jenin camp in the West Bank.")]
    assert ("ASSAULT", "ISR", "PSE") in found


def test_the_content_of_an_agreement_or_threat_stays_one_event() -> None:
    assert _types("North Korea threatened to attack South Korea.") == ["THREATEN"]
    assert _types("Iran agreed to release the British sailors.") == ["AGREE"]
    assert _types("Iran refused to meet the American envoy.") == ["REJECT"]


def test_seeking_aid_is_a_request_of_the_giver() -> None:
    assert [(t, s, g) for t, _, s, g in _events("Pakistan sought financial aid from China.")] == [
        ("REQUEST", "PAK", "CHN")]
    assert [(t, s, g) for t, _, s, g in _events("Ukraine is seeking more weapons from Germany.")] == [
        ("REQUEST", "UKR", "DEU")]
    assert [(t, s) for t, _, s, _ in _events("The United States sought the extradition of the suspect from Pakistan.")] \
        == [("REQUEST", "USA")]
    # giving aid stays aid; an infinitive after "sought" is no object asked for
    assert _types("Britain sent aid to Pakistan.") == ["AID"]
    assert "REQUEST" not in _types("Iran sought to release the British sailors.")


def test_negotiating_is_talks() -> None:
    assert _events("Pakistani officials negotiated with India over the border.") == [("CONSULT", None, "PAK", "IND")]


def test_fighting_as_a_noun_is_an_attack_but_not_a_campaign_against_a_problem() -> None:
    assert [(t, s, g) for t, _, s, g in _events(
        "Heavy fighting between Israeli troops and Hezbollah continued in southern Lebanon.")] == [("ASSAULT", "ISR", "LBN")]
    assert _types("The fight against corruption in Nigeria continues, the president said.") == []
    assert _types("Kenya vowed to step up the fight against terrorism.") == []


def test_until_opens_a_clause_of_its_own() -> None:
    # the noun before "until" is no object of the verb after it. Past tense: since round 19 a present-tense "until"
    # clause is an act only awaited, no event (test_precision_en_round19)
    found = [(t, s) for t, _, s, _ in _events("Hezbollah continued its fight until all Israeli troops left Lebanon.")]
    assert ("ASSAULT", "LBN") in found and ("RETREAT", "ISR") in found


def test_a_bare_verb_after_a_demand_is_its_content() -> None:
    assert [(t, s, g) for t, _, s, g in _events("Russia demanded that Ukraine withdraw its troops.")] == [
        ("REQUEST", "RUS", "UKR")]
    # a second clause joined with its own doer is an act of its own, not the demand's content
    assert ("RETREAT", "UKR") in [(t, s) for t, _, s, _ in _events("Russia demanded the talks, and Ukraine withdrew its troops.")]


def test_an_act_in_the_bare_form_after_a_speech_verb_is_a_demand() -> None:
    assert [(t, s, g) for t, _, s, g in _events("Britain insisted that Libya hand over the suspects.")] == [
        ("REQUEST", "GBR", "LBY")]
    # the content of a demand noun has the noun's owner as demander, not the sentence's speaker
    assert "REQUEST" not in _types("Norway says it is surprised by the Ethiopian order that it withdraw the diplomats.")
