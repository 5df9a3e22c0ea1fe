"""English targets by class, round 22 (ten22): a ban's "from X", the act a verb's subject tells ("a strike on X
killed ..."), a country named only at a border with its speaker, an opposition's act told alone. Sentences are written
for these tests."""

from __future__ import annotations

from .test_roles_en_round10 import _events, needs_parser


@needs_parser
def test_english_ban_from_a_country_targets_that_country() -> None:
    # "from Indonesia" names whose planes the ban stops (was no target)
    assert _events("The EU decided to ban air traffic from Indonesia.") == [("SANCTION", None, "IDN")]
    # with the target read, a body's sanction told with no other side is no event again (igo21's rule; was kept)
    assert _events("The EU imposed new sanctions.") == []
    assert _events("The EU imposed new sanctions on Iran.") == [("SANCTION", None, "IRN")]


@needs_parser
def test_english_verb_after_an_act_on_a_place_hits_that_place() -> None:
    # the people killed are where the strike landed, not the striker's own (was RUS -> RUS, ISR -> ISR)
    assert _events("A Russian missile strike on Kharkiv killed 12 people.") == [("ASSAULT", "RUS", "UKR")]
    assert _events("An Israeli air strike on Gaza killed 12 people, Palestinian officials said.") == [
        ("ASSAULT", "ISR", "PSE")]
    assert _events("Russian air raids on Ukrainian cities killed ten people.") == [("ASSAULT", "RUS", "UKR")]
    # with no act as subject the doer's own people stay the target
    assert _events("Syrian troops killed 30 protesters.") == [("ASSAULT", "SYR", "SYR")]


@needs_parser
def test_english_country_at_the_border_is_no_target_through_its_speaker() -> None:
    # "near the Afghan border ..., Afghan officials said": Afghanistan says where and who told it, not whom (was AFG)
    # (round 28 enroles28b: the bare militants take the doer's country only where no other country is in view; the
    # Afghan speaker is, so none, as before round 28)
    assert _events("Pakistani troops killed ten militants near the Afghan border, Afghan officials said.") == [
        ("ASSAULT", "PAK", None)]
    # a speaker of another country, no border: still the one other country told
    assert _events("Lebanese officials say Israeli aircraft killed seven people.") == [("ASSAULT", "ISR", "LBN")]


@needs_parser
def test_english_opposition_with_no_one_named_acts_on_its_own_state() -> None:
    # an opposition's charge, demand or refusal told alone aims at home (was no target), as in German
    assert _events("Ethiopian opposition parties charge the arrest was politically motivated.") == [("ACCUSE", "ETH", "ETH")]
    assert _events("The Belarusian opposition demanded new elections.") == [("REQUEST", "BLR", "BLR")]
    # a named other side stays the target
    assert _events("The Ethiopian opposition accused Eritrea of arming rebels.") == [("ACCUSE", "ETH", "ERI")]


@needs_parser
def test_english_protest_at_a_possessed_act_aims_at_its_owner() -> None:
    # "China's deployment": the act's doer is whom the protest aims at (was no target). A state's protest is a
    # diplomatic one, ACCUSE (round 38), whose criticised act is told as "condemned Russia's invasion" tells its own
    assert _events("The Philippines protested China's deployment of ships near the reef.") == [
        ("ACCUSE", "PHL", "CHN"), ("MOBILIZE", "CHN", None)]
    assert _events("Germany condemned Russia's invasion of Ukraine.") == [("ACCUSE", "DEU", "RUS"), ("ASSAULT", "RUS", "UKR")]


@needs_parser
def test_english_noun_act_on_its_own_people_targets_the_subject() -> None:
    # "its diplomats": the possessive points up to the clause's subject (was no target, and CAN -> CAN)
    assert _events("Russia denounced the expulsion of its diplomats by Poland.") == [
        ("ACCUSE", "RUS", "POL"), ("SANCTION", "POL", "RUS")]
    assert _events("China condemned the arrest of its citizens by Canada.") == [
        ("ACCUSE", "CHN", "CAN"), ("COERCE", "CAN", "CHN")]
