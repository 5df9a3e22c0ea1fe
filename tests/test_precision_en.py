"""English precision (round 17, fpen17): who the sides of an act can be. Sentences written for these tests."""

from __future__ import annotations

from lagebild.knowledge.explain import mentions
from tests.test_families_en import _events as _rule_events  # the rules alone, parsed
from tests.test_families_en import pytestmark  # noqa: F401  (skipped without the English parser)


def test_the_of_phrase_after_an_act_done_to_someone_is_its_target() -> None:
    # "the condemnation of Iran": Iran is condemned, never the one who condemns
    assert not any(s == "IRN" for _, s, _ in _rule_events("The condemnation of Iran grew louder after the test."))
    got = _rule_events("Hamas announced the release of three Israeli hostages.")
    # round 34: the light verb no longer drops the noun's "of" patient, so the hostages' country is the target
    assert ("RETREAT", "PSE", "ISR") in got and not any(s == "ISR" for _, s, _ in got)
    # acts a side does with its own keep the "of" phrase as the doer
    assert ("RETREAT", "RUS", "GEO") in _rule_events("The withdrawal of Russian troops from Georgia began on Monday.")


def test_a_count_or_model_number_makes_a_company_name_its_product() -> None:
    got = _rule_events("China agreed to purchase 60 Boeing 787 aircraft in a deal worth 7 billion dollars.")
    assert ("AGREE", "CHN", None) in got and not any(t == "USA" for _, _, t in got)
    texts = {m.text for m in mentions("In 2009 Boeing lobbied Congress. The Airbus A400M flew.", "en", None)
             if m.actor is not None}
    assert "Boeing" in texts and "Airbus" not in texts  # a year before the name is no count


def test_a_bodys_field_words_keep_its_court_and_troops_its_own() -> None:
    # "the U.N. war crimes court" is the U.N.'s, not a court of the article's country
    got = {m.text: m.actor.actor_id for m in mentions(
        "Serbia is in the news.\n\nThe general was indicted by the U.N. war crimes court. U.N. peacekeeping troops "
        "arrived.", "en", None) if m.actor is not None}
    assert got.get("court") == "un" and got.get("troops") == "un"


def test_an_active_verb_joined_to_a_passive_is_done_by_its_subject() -> None:
    # round 35: "and will resign" has no target and is a plan, so no event (untold_plans.py); the act done stays
    got = _rule_events("Serbia's defence minister was indicted by a Belgian court and resigned.")
    assert ("RETREAT", "SRB", None) in got and not any(t == "RETREAT" and s == "BEL" for t, s, _ in got)
    # a passive joined to a passive keeps the agent
    assert ("COERCE", "KEN", "KEN") in _rule_events("Protesters were detained by Kenyan police and beaten.")


def test_a_country_named_only_as_a_borders_side_is_no_target_abroad() -> None:
    for text in ("Pakistani troops killed 20 militants near the Afghan border on Sunday.",
                 "Pakistani troops killed 20 militants near the border with Afghanistan on Sunday."):
        assert not any(t == "AFG" for _, _, t in _rule_events(text)), text
    # the one other country told otherwise still is where an army's act lands
    assert ("ASSAULT", "PAK", "AFG") in _rule_events("Afghan officials say Pakistani troops killed 20 people.")


def test_a_possessor_of_allies_with_modifiers_between_takes_no_role() -> None:
    # "Israel's militia ally", "China's closest ally": the ally acts or is hit, not Israel or China
    got = _rule_events("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon.")
    assert got and not any(t == "ISR" for _, _, t in got)
    assert not any(s == "CHN" for _, s, _ in _rule_events("China's closest ally North Korea fired missiles."))
    assert ("ASSAULT", "RUS", "UKR") in _rule_events("Russia's army attacked Ukraine.")  # a sector noun is no ally


def test_a_go_between_named_in_a_hyphen_compound_is_no_side() -> None:
    assert _rule_events("A U.N.-mediated ceasefire has begun to take hold across Lebanon.") == []
    got = _rule_events("The U.S.-brokered deal was signed by Israel and the UAE.")
    assert ("AGREE", "ISR", "ARE") in got and not any(s == "USA" for _, s, _ in got)
    # a leader still leads; Fallujah is a known city since round 29 (fp29), so the attack on it is on Iraq
    assert ("ASSAULT", "USA", "IRQ") in _rule_events("US-led forces attacked Fallujah.")


def test_a_dictionary_acronym_is_read_only_where_its_country_is_named() -> None:
    # "ANA" is the Albanian National Army in the Phoenix lists, not the Afghan army of an article on Afghanistan
    texts = {m.text for m in mentions("ANA soldiers clashed with Taliban fighters in Helmand province of Afghanistan.",
                                      "en", None) if m.actor is not None}
    # round 34: "Taliban fighters" (a Phoenix agent noun after the name) is one mention of the Taliban
    assert not any(t.startswith("ANA") for t in texts) and any(t.startswith("Taliban") for t in texts)
    got = {m.text: m.actor.country for m in mentions("The ANA attacked a police post near Tetovo in Macedonia.", "en",
                                                      None) if m.actor is not None}
    assert got.get("ANA") == "MKD"  # its country told: the dictionary's group
