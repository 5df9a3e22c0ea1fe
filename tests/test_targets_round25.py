"""English targets, round 25 (tgten25): a criticism of a noun of being or doing aims at the doer its "of" phrase names;
an army's "one other country" is not a country named only as the "by" doer of a clause that describes a noun.
Sentences are written for these tests."""

from __future__ import annotations

from .test_roles_en_round10 import _events, needs_parser


@needs_parser
def test_english_protest_at_a_presence_aims_at_whose_presence() -> None:
    # "the presence of Chinese ships": the nationality on the "of" phrase names whom the protest aims at (was no target)
    assert _events("The Philippines protested the presence of Chinese ships near the reef.") == [("ACCUSE", "PHL", "CHN")]
    assert _events("Germany criticised the presence of Turkish troops in Iraq.") == [("ACCUSE", "DEU", "TUR")]
    # an act noun's "of" names whom the act hits, not its doer: no target from it
    # (round 38: a state's protest is a diplomatic one, read as its condemnation is)
    assert _events("Japan protested the arrest of Japanese nationals.") == _events(
        "Japan condemned the arrest of Japanese nationals.")


@needs_parser
def test_english_army_abroad_skips_the_doer_of_a_describing_clause() -> None:
    # "rebels backed by Turkey": Turkey says who the rebels are, the army's act does not land on it (was SYR -> TUR)
    assert ("ASSAULT", "SYR", "TUR") not in _events("Syria's army recaptured the town from rebels backed by Turkey.")
    assert ("ASSAULT", "SYR", "TUR") not in _events("Syrian troops killed 30 fighters who were trained by Turkey.")
    # a country named otherwise stays the one acted on
    assert _events("Lebanese officials say Israeli aircraft killed seven people.") == [("ASSAULT", "ISR", "LBN")]


@needs_parser
def test_english_armed_group_of_no_country_counts_as_its_place() -> None:
    # a group the knowledge base gives no country, hit in a place: that place's country (was no target country)
    assert _events("French troops killed a senior al-Qaeda commander in northern Mali.") == [("ASSAULT", "FRA", "MLI")]
    assert _events("US jets struck Islamic State positions in Syria.") == [("ASSAULT", "USA", "SYR")]
    # an IGO stays without a country; with no place the group keeps none
    assert _events("Rebels attacked UN peacekeepers in Mali.") == [("ASSAULT", "MLI", None)]
    assert _events("US drones killed al-Qaeda leaders.") == [("ASSAULT", "USA", None)]
