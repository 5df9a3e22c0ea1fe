"""English roles over longer parse chains (round 24, extract/roles_en_groups.py): a participle clause hung on a verb
that shares its subject with the verb before it ("X crossed the border and were in the region, assisting Y"), and a
nationality on the noun after the trigger's own preposition ("fired rockets at Israeli positions")."""

from __future__ import annotations

from types import SimpleNamespace

from lagebild.extract.roles_en_groups import EnglishGroups

from .test_families_en import _events, pytestmark  # noqa: F401  (skipped without the English parser)


def test_a_participle_clause_two_verbs_down_keeps_the_first_subject() -> None:
    # "assisting" hangs on "were", which has no subject of its own: the soldiers of "crossed" assist
    found = _events("An official said that about 300 Ugandan soldiers crossed the frontier on Friday and were near the "
                    "capital on Sunday, assisting Congolese government troops.")
    assert ("COOPERATE", "UGA", "COD") in found


def _parse(deps: dict[int, str], heads: dict[int, int]) -> SimpleNamespace:
    children: dict[int, list[int]] = {}
    for c, h in heads.items():
        if c != h:
            children.setdefault(h, []).append(c)
    return SimpleNamespace(deps=deps, heads=heads, children=children)


def test_the_chain_climbs_coordinated_verbs_and_participles() -> None:
    # soldiers(0) crossed(1) ... and were(3), assisting(4): "assisting" finds "soldiers" through "were"
    parse = _parse({0: "nsubj", 1: "ROOT", 3: "conj", 4: "advcl"}, {0: 1, 1: 1, 3: 1, 4: 3})
    assert EnglishGroups._chain_subject(parse, 3) == [0]  # type: ignore[arg-type]


def test_the_chain_stops_at_a_passive_verb() -> None:
    # envoys(0) were expelled(1) by(2) the junta(3) and stayed(4), helping(5): the expelled ones' doer is the junta,
    # so nothing is passed on (the rules decide)
    parse = _parse({0: "nsubjpass", 1: "ROOT", 2: "agent", 3: "pobj", 4: "conj", 5: "advcl"},
                   {0: 1, 1: 1, 2: 1, 3: 2, 4: 1, 5: 4})
    assert EnglishGroups._chain_subject(parse, 4) == []  # type: ignore[arg-type]


def test_the_chain_stops_at_a_clause_of_another_kind() -> None:
    # said(0) that X crossed(2): a "that"-clause (ccomp) is no link of the chain
    parse = _parse({0: "ROOT", 1: "nsubj", 2: "ccomp", 3: "advcl"}, {0: 0, 1: 0, 2: 0, 3: 2})
    assert EnglishGroups._chain_subject(parse, 2) == []  # type: ignore[arg-type]


def test_a_nationality_after_the_verbs_own_preposition_is_the_target() -> None:
    assert ("ASSAULT", "LBN", "ISR") in _events("Hezbollah fired rockets at Israeli positions on Sunday.")
    assert ("CONCEDE", "JPN", "CHN") in _events("Japan apologized to Chinese victims of the war.")


def test_a_nationality_further_down_an_of_phrase_is_not_the_target() -> None:
    # the victims of Chinese raids are not Chinese: only the preposition's own noun is read
    found = _events("Japan apologized to the victims of Chinese raids.")
    assert not any(t == "CONCEDE" and tgt == "CHN" for t, _, tgt in found)


def test_a_doer_of_a_list_is_not_the_others_target() -> None:
    # "Germany, France and Italy refused": the list's last doer is no target of the first two
    found = _events("Germany, France and Italy refused to send troops.")
    assert {src for t, src, _ in found if t == "REJECT"} == {"DEU", "FRA", "ITA"}
    assert not any(t == "REJECT" and tgt in ("DEU", "FRA", "ITA") for t, _, tgt in found)


def test_a_reciprocal_act_of_two_doers_keeps_the_other_as_target() -> None:
    assert ("AGREE", "JOR", "GBR") in _events("Jordan and Britain have agreed to hold joint military exercises this month.")


def test_a_nouns_by_phrase_does_its_infinitive() -> None:
    # "The decision by X to withdraw": the infinitive on the noun is done by the noun's "by" doer (as "X's decision")
    assert ("RETREAT", "ETH", "SOM") in _events("The decision by Ethiopia to withdraw its troops from Somalia surprised many.")
    assert ("SANCTION", "USA", "IRN") in _events("The plan by Washington to impose sanctions on Iran was criticized.")


def test_a_noun_with_no_doer_of_its_own_lends_none_to_its_infinitive() -> None:
    found = _events("The first country to impose sanctions on Iran was Canada.")
    assert not any(t == "SANCTION" and src == "IRN" for t, src, _ in found)


def test_two_sides_that_fought_a_war_fought_each_other() -> None:
    # the war is the fighting itself (``mutual_objects``): each side the other's target
    found = _events("Ethiopia and Eritrea fought a border war from 1998 to 2000.")
    assert ("ASSAULT", "ETH", "ERI") in found and ("ASSAULT", "ERI", "ETH") in found


def test_a_war_against_a_third_keeps_its_target() -> None:
    found = _events("The United States and Britain fought a war against Iraq.")
    assert ("ASSAULT", "USA", "IRQ") in found and ("ASSAULT", "GBR", "IRQ") in found
    assert not any(t == "ASSAULT" and {src, tgt} == {"USA", "GBR"} for t, src, tgt in found)


def test_a_pronoun_carried_into_a_passive_is_acted_on() -> None:
    # "They have been attacked": Ethiopia's troops are attacked; Ethiopia does not attack
    found = _events("Ethiopia sent troops into Somalia in December. They have been attacked almost daily since then.")
    assert not any(t == "ASSAULT" and src == "ETH" for t, src, _ in found)
    found = _events("Ethiopia sent troops into Somalia in December. They were attacked near the Kenyan border.")
    assert not any(t == "ASSAULT" and src == "ETH" for t, src, _ in found)


def test_a_pronoun_carried_into_an_active_verb_still_acts() -> None:
    assert ("THREATEN", "RUS", "UKR") in _events("Russia massed troops near the border on Monday. It also threatened Ukraine "
                                                 "with sanctions.")


def test_a_demand_for_a_measure_targets_the_side_it_lands_on() -> None:
    # the list's second doer was the rules' target ("the United States"), dropped; the noun's own phrase names Zimbabwe
    found = _events("Britain and the United States called for sanctions against Zimbabwe.")
    assert ("REQUEST", "GBR", "ZWE") in found and ("REQUEST", "USA", "ZWE") in found


def test_a_promised_deployment_targets_the_country_not_the_bare_troops() -> None:
    # the infinitive's object "more troops" is of no side: the side it goes to is the one acted on
    assert ("AGREE", "UGA", "SOM") in _events("Uganda has agreed to send more troops to Somalia.")
