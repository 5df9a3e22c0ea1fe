"""Round 32 (enfp32): English false events. A passive verb whose subject (or instrument) is described by a participle
with its own "by" agent ("the plan proposed by France was rejected", "attacked with drones supplied by Iran"), or whose
subject noun has its own "by" ("the attack by Russian forces was condemned"), is not done by that agent: it made the
thing, someone unnamed acts on it. The maker still undoes its own measure ("sanctions imposed by X were lifted"), and an
act of the trigger's own type keeps its doer ("aid sent by Germany was delivered", "killed in an attack carried out by X").
"Promised", "pledged", "threatened" before an act noun name a plan, as "planned" does. Goods that arrive ("German aid
arrived in Ukraine") visit no one; "shot down the proposal" attacks no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import extract_events
from tests.event_rows import event_rows, rules_only  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("text", "kind", "maker"), [
    ("The peace plan proposed by France was rejected on Monday.", "REJECT", "FRA"),
    ("The resolution drafted by Britain was vetoed on Tuesday.", "REJECT", "GBR"),
    ("A law passed by the Russian parliament was criticised on Monday.", "ACCUSE", "RUS"),
    ("The sanctions imposed by the United States were condemned as illegal.", "ACCUSE", "USA"),
    ("The deal signed by Iran and China was welcomed in Beijing.", "SUPPORT", "IRN"),
    ("The aid sent by Germany was blocked at the Syrian border.", "REJECT", "DEU"),
    ("Civilians wounded by Russian strikes were evacuated to Poland.", "AID", "RUS"),
    ("Rockets fired by Hamas were intercepted over Tel Aviv.", "COERCE", "PSE"),
    ("A ship carrying weapons supplied by Iran was seized off Yemen.", "COERCE", "IRN"),
    ("Kyiv was attacked with drones supplied by Iran.", "ASSAULT", "IRN"),
    ("The ceasefire brokered by Egypt was violated on Tuesday.", "ASSAULT", "EGY"),
    ("The attack by Russian forces on Kharkiv was condemned on Monday.", "ACCUSE", "RUS"),
    ("A Taliban commander wanted by the United States was killed in Pakistan.", "ASSAULT", "USA"),
])
def test_a_participles_agent_does_not_do_the_passive_main_verb(text: str, kind: str, maker: str) -> None:
    rows = event_rows(text, "en")
    assert not any(t == kind and s == maker for t, s, _ in rows), rows


@pytest.mark.parametrize(("text", "row"), [
    ("Sanctions imposed by the United States on Iran were lifted.", ("RETREAT", "USA", "IRN")),
    ("Aid sent by Germany was delivered to Syria on Monday.", ("AID", "DEU", "SYR")),
    ("The peace plan proposed by France was rejected by Russia.", ("REJECT", "RUS", None)),
    ("The sanctions imposed by the United States were condemned as illegal.", ("SANCTION", "USA", None)),
    ("Three Afghan soldiers were killed by Taliban fighters.", ("ASSAULT", "AFG", "AFG")),
    ("Rockets fired by Hamas hit southern Israel.", ("ASSAULT", "PSE", "ISR")),
    ("The attack by Russian forces on Kharkiv was condemned on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("Ten people were killed in an attack carried out by Taliban fighters.", ("ASSAULT", "AFG", "AFG")),
    ("Ten Syrian civilians were killed in strikes launched by the US-led coalition.", ("ASSAULT", "USA", "SYR")),
    ("Two Israeli soldiers were wounded in an attack by Hamas.", ("ASSAULT", "PSE", "ISR")),
])
def test_own_agents_makers_undoing_and_the_participles_own_act_still_read(text: str, row: tuple) -> None:
    """Guards: the main verb's own "by", the maker lifting its measure, and the participle's own event."""
    assert row in event_rows(text, "en")


@pytest.mark.parametrize(("text", "kind"), [
    ("Germany's pledged aid to Ukraine is worth 500 million euros.", "AID"),
    ("The pledged aid from Germany to Ukraine is worth 500 million euros.", "AID"),
    ("The threatened strike on Iran by Israel worried the Gulf states.", "ASSAULT"),
])
def test_a_promised_or_threatened_act_named_by_a_noun_is_not_done(text: str, kind: str) -> None:
    """"promised", "pledged", "threatened" before an act noun name a plan, as "planned" and "proposed" do."""
    found = [e for e in extract_events(text, lang="en") if e.event_type == kind]
    assert found and all(e.modality != "factual" for e in found), [(e.event_type, e.modality) for e in found]


@pytest.mark.parametrize("text", [
    "German aid arrived in Ukraine on Monday.",
    "The first shipment of American weapons arrived in Kyiv.",
    "US weapons arrived in Kyiv on Monday.",
])
def test_goods_that_arrive_visit_no_one(text: str) -> None:
    rows = event_rows(text, "en")
    assert not any(t in ("CONSULT", "MOBILIZE") for t, _, _ in rows), rows


@pytest.mark.parametrize(("text", "row"), [
    ("The French foreign minister arrived in Beijing on Monday.", ("CONSULT", "FRA", "CHN")),
    ("The German defence minister arrived in Kyiv with a promise of more weapons.", ("CONSULT", "DEU", "UKR")),
    ("UN aid chief Martin Griffiths arrived in Kabul on Monday.", ("CONSULT", None, "AFG")),
    ("Russian troops arrived in Minsk on Monday.", ("MOBILIZE", "RUS", "BLR")),
])
def test_people_and_troops_that_arrive_still_visit_or_deploy(text: str, row: tuple) -> None:
    """Guards: an office holder (an aid chief too) visits, troops deploy; goods named later in the sentence do not count."""
    assert row in event_rows(text, "en")


@pytest.mark.parametrize("text", [
    "The French president shot down the proposal of the German chancellor.",
    "The Kremlin shot down reports that Russia would send troops to Belarus.",
    "The Russian foreign minister shot down the idea of talks with Ukraine.",
])
def test_shooting_down_a_proposal_attacks_no_one(text: str) -> None:
    rows = event_rows(text, "en")
    assert not any(t == "ASSAULT" for t, _, _ in rows), rows


@pytest.mark.parametrize(("text", "row"), [
    ("Ukraine shot down two Russian drones over Kyiv on Monday.", ("ASSAULT", "UKR", "RUS")),
    ("Turkey shot down a Russian fighter jet near the Syrian border.", ("ASSAULT", "TUR", "RUS")),
    ("The Syrian army shot down a Turkish UAV on Friday.", ("ASSAULT", "SYR", "TUR")),
    ("Israeli troops shot a Palestinian man in Hebron.", ("ASSAULT", "ISR", "PSE")),
])
def test_shooting_down_aircraft_and_shooting_people_still_attack(text: str, row: tuple) -> None:
    assert row in event_rows(text, "en")
