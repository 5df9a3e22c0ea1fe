"""English roles by class, round 12 (gsr12), from the PLOVER GSR dev half's losses read as classes (eval/gsr_stages.py
--classes): residents, offices of a body, "-led" forces, refusals under pressure, purposes, acts told with a speech verb,
light verbs. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from .test_roles_en_round10 import _events, needs_parser


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    # round 36 (enprec36): a demand with no addressee is aimed at the doer's own country (home_targets, en lexicon)
    ("Ethnic Hungarians in northern Romania are demanding more autonomy.", ("REQUEST", "ROU", "ROU")),
    ("The Serbs of Bosnia demanded a referendum.", ("REQUEST", "BIH", "BIH")),
])
def test_a_people_living_in_a_country_is_that_countrys(text: str, event: tuple[str, str, str | None]) -> None:
    events = _events(text)
    assert event in events and not any(s in ("HUN", "SRB") for _, s, _ in events)


@needs_parser
def test_a_people_without_a_marker_in_a_place_keeps_its_country() -> None:
    # "Hungarians in Romania" may be visitors; only "ethnic" or "of" says they live there
    assert ("REQUEST", "HUN", "HUN") in _events("Hungarians in Romania are demanding more autonomy.")  # aimed home


@needs_parser
def test_a_person_named_with_an_office_of_the_un_acts_for_the_un() -> None:
    # the person is known by a country; the office named right after the name says for whom the person acts
    assert ("ACCUSE", "IRL", "IRN") in _events("Mary Robinson criticized Iran.")
    events = _events("Mary Robinson, the UN human rights commissioner, criticized Iran.")
    assert ("ACCUSE", None, "IRN") in events and not any(s == "IRL" for _, s, _ in events)


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("US-led forces attacked the town.", ("ASSAULT", "USA", None)),
    ("The Saudi-led coalition bombed Houthi positions in Yemen.", ("ASSAULT", "SAU", "YEM")),
    ("U.S.-led forces attacked the town.", ("ASSAULT", "USA", None)),
])
def test_a_force_led_by_a_country_is_the_leaders(text: str, event: tuple[str, str, str | None]) -> None:
    assert event in _events(text)


@needs_parser
def test_a_force_backed_by_a_country_is_not_the_backers() -> None:
    assert not any(s == "IRN" for _, s, _ in _events("Iran-backed militias attacked the town."))


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("Iran refused to halt enrichment despite calls from France.", ("REJECT", "IRN", "FRA")),
    ("Iran refused under pressure from France to halt enrichment.", ("REJECT", "IRN", "FRA")),
    ("Iran rejected the plan despite France's objections.", ("REJECT", "IRN", "FRA")),
])
def test_a_refusal_despite_a_sides_pressure_is_aimed_at_it(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


@needs_parser
def test_a_refusal_without_pressure_named_keeps_no_target() -> None:
    assert ("REJECT", "IRN", None) in _events("Iran refused to halt enrichment despite the costs in France.")


@needs_parser
def test_the_one_refused_after_to_is_the_target() -> None:
    assert ("REJECT", "BEN", "GHA") in _events("Benin refused admittance to Ghanaians.")
    assert ("REJECT", "BEN", "GHA") in _events("Benin refused admittance to Ghanaian workers.")


@needs_parser
def test_an_offer_names_the_side_its_purpose_clause_helps() -> None:
    # the one helped in the infinitive of purpose is the one the offer is made to
    assert ("AGREE", "NOR", "SAU") in _events("Norway is willing to send equipment to help defend Saudi Arabia.")


@needs_parser
def test_a_body_before_member_only_describes_the_actor() -> None:
    events = _events("EU-member Poland criticized Russia.")
    assert ("ACCUSE", "POL", "RUS") in events and ("ACCUSE", None, "RUS") not in events


@needs_parser
@pytest.mark.parametrize("text", ["The government declared a state of emergency in Haiti on Saturday.",
                                  "Haiti declared martial law."])
def test_declaring_an_emergency_is_an_act_not_a_statement(text: str) -> None:
    assert ("COERCE", "HTI", "HTI") in _events(text)


@needs_parser
def test_declaring_a_statement_stays_a_cue() -> None:
    assert not any(t == "COERCE" for t, _, _ in _events("Haiti declared that the emergency was over."))


@needs_parser
def test_an_ethnic_people_without_a_place_of_its_own_is_of_its_sentences_country() -> None:
    assert ("PROTEST", "ROU", "ROU") in _events("Thousands of ethnic Hungarians demonstrated on Sunday in Romania.")
    # two countries named: no guess
    events = _events("Ethnic Hungarians demonstrated in Romania and in Serbia.")
    assert not any(s in ("ROU", "SRB") for _, s, _ in events)


@needs_parser
@pytest.mark.parametrize(("text", "event"), [
    ("Russian troops stayed on high alert in occupied Crimea.", ("MOBILIZE", "RUS", "UKR")),
    ("Kenyan workers went on strike on Monday.", ("PROTEST", "KEN", "KEN")),
])
def test_the_subject_of_remain_stay_or_go_does_the_noun_act_after_on(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)
