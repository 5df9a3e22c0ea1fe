"""English targets, round 26 (coven26): where the verb's frame names no target, the side a phrase on its object or
its complement's object is aimed at, a level or two down ("paid compensation to Iranian families", "contribute
troops to a force in Liberia"). Sentences are written for these tests."""

from __future__ import annotations

from .test_roles_en_round10 import _events, needs_parser


@needs_parser
def test_english_nested_target_behind_the_object() -> None:
    # the verb's own "to" with a nationality on its noun (was no target)
    assert _events("Canada paid compensation to 40 Iranian families.") == [("RETREAT", "CAN", "IRN")]
    # a complement's "to" the parser reads as a dative (was no target)
    assert _events("Chile agreed to pay damages to Peruvian fishermen.") == [("AGREE", "CHL", "PER")]
    # "in" a level down, on the object: where the act lands (was no target)
    assert _events("Israel will evacuate all its outposts in the West Bank by the end of the year.") == [
        ("RETREAT", "ISR", "PSE")]


@needs_parser
def test_english_nested_target_not_the_doers_own_nor_a_border() -> None:
    # the doer's own people behind "to" are no other side
    assert _events("Ireland refused to commit to any payments to its own farmers.") == [("REJECT", "IRL", None)]
    assert _events("Ireland refused to commit to any payments to Irish farmers.") == [("REJECT", "IRL", None)]
    # "from" and "for" are no aim here
    assert _events("The Egyptian army withdrew its units from positions in Sudan.") == [("RETREAT", "EGY", None)]


@needs_parser
def test_english_nested_target_behind_a_side_of_no_country() -> None:
    # "an international force" is a side of no one country: the place its phrase names is whom the pledge concerns
    assert _events("Portugal is ready to contribute 300 soldiers to an international force in Haiti.") == [
        ("AGREE", "PRT", "HTI")]
    # with no place named it stays without a country
    assert _events("Portugal is ready to contribute 300 soldiers to an international force.") == [("AGREE", "PRT", None)]
