"""Round 12 (fpen12): English words that tell no act though a trigger stands in them. A question is no request
("asked whether", extract/trigger_readings.py ``question_verbs``); what happens "without" aid gives none
(``nominal_blockers``); an office holder who flies or arrives travels, no deployment (lexicon
``actor_scope.travel_*``). Sentences are written for these tests; each beside the wording that stays an event."""

from __future__ import annotations

from .test_roles_en_round10 import _events, needs_parser


@needs_parser
def test_a_question_is_no_request() -> None:
    assert _events("When asked whether the deal was a step towards peace, the minister of Russia replied that it was.") == []
    assert _events("Poland asked what NATO would do if Russia attacked.") == []
    # asking someone to act, or for something, stays a request, also with a condition after it
    assert ("REQUEST", "UKR", "DEU") in _events("Ukraine asked Germany to deliver more air defence systems.")
    assert ("REQUEST", "LBN", "ISR") in _events("Lebanon asked Israel to withdraw if the ceasefire holds.")
    assert [t for t, _, _ in _events("Iran asked the United Nations for emergency aid.")] == ["REQUEST"]


@needs_parser
def test_aid_done_without_is_no_aid() -> None:
    assert _events("Greece said it can make it through this year without any aid from the European Union.") == []
    assert ("AID", "DEU", "EGY") in _events("Germany sent aid to Egypt.")


@needs_parser
def test_an_office_holder_travelling_deploys_nothing() -> None:
    assert _events("Normally, the Indonesian president flies on an aircraft operated by Garuda.") == []
    arrived = _events("The Turkish foreign minister arrived in Kabul aboard a military plane.")
    assert not any(t == "MOBILIZE" for t, _, _ in arrived)
    # forces, or a state, that move still deploy
    assert ("MOBILIZE", "KEN", "SOM") in _events("About 400 Kenyan soldiers crossed the border into Somalia.")
    assert ("MOBILIZE", "RUS", None) in _events("Russia moved tanks to the Ukrainian border.")
