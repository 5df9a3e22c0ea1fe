"""English trigger families added from the CAMEO dictionary and the PLOVER codebook (issue 13): abduction and
crowd control (PLOVER ASSAULT modes), pardons (CONCEDE), travel to a place (a visit), the end of a round of
talks (a meeting), disapproval with a named target, "called for X to ...". The sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.mode, e.source.country if e.source else None,
                   e.target.country if e.target else None) for e in doc.events)


def test_abduction_and_hostage_taking_are_assault_abduct() -> None:
    assert [(t, m, s) for t, m, s, _ in _events("Iraqi insurgents took two Italian engineers hostage near Mosul.")] == [
        ("ASSAULT", "abduct", "IRQ")]
    assert [(t, m) for t, m, _, _ in _events("Malian rebels kidnapped three Algerian diplomats in Gao.")] == [
        ("ASSAULT", "abduct")]


def test_crowd_control_weapons_are_assault_crowd_control() -> None:
    got = _events("Kenyan police fired tear gas at protesters in Nairobi.")
    assert [(t, m) for t, m, _, _ in got] == [("ASSAULT", "crowd-control")]
    assert [(t, m) for t, m, _, _ in _events("Kenyan police fired at protesters in Nairobi.")] == [("ASSAULT", None)]


def test_a_pardon_is_a_concession_not_an_offer() -> None:
    assert _events("The United States offered clemency to seven Iranians.") == [("CONCEDE", None, "USA", "IRN")]
    assert [t for t, _, _, _ in _events("Chile offered help to Bolivia.")] == ["AGREE"]


def test_flying_to_a_capital_is_a_visit_and_planes_flying_are_none() -> None:
    assert _events("The Indian foreign minister flew to Washington on Friday.") == [("CONSULT", "visit", "IND", "USA")]
    assert _events("The Dutch minister said the planes could not fly to Indonesia.") == []
    assert [t for t, _, _, _ in _events("About 400 Kenyan troops arrived in Somalia on Friday.")] == ["MOBILIZE"]


def test_ending_a_round_of_talks_is_a_meeting_and_breaking_them_off_is_not() -> None:
    assert {t for t, _, _, _ in _events("Kenya and Uganda ended three days of talks in Kampala.")} == {"CONSULT"}
    assert "CONSULT" not in {t for t, _, _, _ in _events("Kenya ended its talks with Uganda.")}


def test_expressed_concern_about_a_named_actor_is_disapproval() -> None:
    assert _events("China expressed concern over Japan's military plans.") == [("ACCUSE", "disapprove", "CHN", "JPN")]
    assert _events("China expressed concern over the weather.") == []  # no one to disapprove of


def test_called_for_someone_to_act_is_a_request_and_the_act_is_its_content() -> None:
    assert [t for t, _, _, _ in _events("Russia called for Georgian troops to withdraw from the border.")] == ["REQUEST"]


def test_a_noun_after_this_or_such_points_back_and_is_no_new_event() -> None:
    assert _events("Such attacks have angered Kenya.") == []
    assert [t for t, _, _, _ in _events("Somali rebels attacked Kenya. Kenya condemned the attacks.")] == ["ACCUSE", "ASSAULT"]


def test_pushing_or_lobbying_for_something_is_a_demand_pushing_back_is_not() -> None:
    assert [t for t, _, _, _ in _events("Israel lobbied for new sanctions on Iran.")] == ["REQUEST"]
    # the one pressed is named: a state's demand of no one named is no event (round 20, target_required_by_sector)
    assert [t for t, _, _, _ in _events("Germany pressed Iran for the release of two journalists.")] == ["REQUEST"]
    assert "REQUEST" not in {t for t, _, _, _ in _events("The Chadian army pushed back the rebels.")}


def test_a_release_frees_people_not_products_or_reports() -> None:
    assert [t for t, _, _, _ in _events("The Taliban freed the two South Korean hostages.")] == ["RETREAT"]
    assert [t for t, _, _, _ in _events("Zimbabwe released Tsvangirai after two days.")] == ["RETREAT"]
    assert _events("Apple released a new lineup of laptops on Wednesday.") == []
    assert _events("A report released by the US Labor Department said jobs were lost.") == []
    assert _events("Exxon Mobil released nonessential staff from two Texas plants.") == []


def test_giving_is_aid_when_it_gives_aid_goods_or_money() -> None:
    assert _events("Japan provided food and medicine to North Korea.") == [("AID", None, "JPN", "PRK")]
    assert [t for t, _, _, _ in _events("Germany gave Ukraine 20 tanks.")] == ["AID"]
    assert _events("Apple will give owners of its iPhone a free case.") == []
    assert _events("The British firm will provide service management.") == []


def test_a_release_or_exchange_told_as_a_noun_needs_people_and_handing_needs_over() -> None:
    assert [t for t, _, _, _ in _events("Israel and Hezbollah exchanged prisoners in 2008.")] == ["RETREAT"]
    assert "RETREAT" not in {t for t, _, _, _ in _events("Apple announced the release of its new iPod in Cupertino.")}
    assert _events("President Bush shakes hands with Chinese President Hu Jintao.") == []
    assert [t for t, _, _, _ in _events("Iraq handed over Saddam Hussein to the Iraqi court.")] == ["RETREAT"]


def test_demonstrating_something_is_no_protest() -> None:
    assert [t for t, _, _, _ in _events("Kenyan students demonstrated against the government.")] == ["PROTEST"]
    assert _events("Apple also demonstrated some features of its new operating system.") == []


def test_a_crackdown_is_coercion_at_home() -> None:
    assert _events("The Zimbabwean government launched a crackdown on the opposition.") == [("COERCE", None, "ZWE", "ZWE")]


def test_a_word_the_parse_reads_as_a_verb_is_no_noun_trigger() -> None:
    assert _events("An Iranian opposition group released what they call proof of a covert nuclear program.") == []
    assert _events("Putin had a phone call with Biden.") == [("CONSULT", None, "RUS", "USA")]


def test_supplying_is_aid_when_it_supplies_aid_or_arms() -> None:
    assert _events("Russia supplied weapons to Syria.") == [("AID", None, "RUS", "SYR")]
    assert _events("The Australian firm will supply components for the new vehicles.") == []


def test_launching_a_product_is_no_attack_launching_a_missile_is() -> None:
    assert _events("Apple launched a 3G version of its iPhone device.") == []
    assert [t for t, _, _, _ in _events("North Korea launched a missile over Japan.")] == ["ASSAULT"]
