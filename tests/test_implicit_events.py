"""Events told without an event word (round 9, req9): a reported obligation is a demand, a side announcing its
own violence threatens, denying an accusation rejects the accuser. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .test_claims import events, one


def _tuples(evs: list[dict[str, Any]], etype: str) -> set[tuple[str | None, str | None]]:
    return {((e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in evs
            if e["event_type"] == etype}


@pytest.mark.parametrize("text", [
    "Der Iran müsse die Anreicherung von Uran beenden, so die US-Außenministerin.",
    "Die amerikanische Regierung erklärte, der Iran müsse die Anreicherung von Uran beenden.",
    "„Der Iran muss die Anreicherung beenden“, sagte die US-Außenministerin.",
])
def test_a_german_reported_obligation_is_the_speakers_demand(text: str) -> None:
    assert ("USA", "IRN") in _tuples(events(text, "de"), "REQUEST")


@pytest.mark.parametrize("text", [
    # a past obligation is a fact told, nobody is asked
    "Ein Regierungssprecher in Berlin sagte, dass das Flugzeug der Luftwaffe nach Deutschland zurückkehren musste.",
    # the modal's subject is no actor: no one the demand is made of
    "Die russische Regierung sagte, das Flugzeug müsse umgehend übergeben werden.",
    # the speaker's own side
    "„Deutschland muss mehr für die Verteidigung tun“, sagte der deutsche Bundeskanzler.",
    # an inference about the past ("must have"), no obligation
    "Die Zeitung schrieb, dass der Verteidigungsminister mit Absicht abgeschrieben haben muss.",
])
def test_a_modal_asks_nothing_of_another_side(text: str) -> None:
    assert not [e for e in events(text, "de") if e["event_type"] == "REQUEST"]


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Kenya's security minister announced Kenya would fight back against al-Shabab.", ("KEN", "SOM")),
    ("en", "Pyongyang warned that it would retaliate against South Korea.", ("PRK", "KOR")),
    ("de", "Der russische Präsident sagte, Russland werde die Ukraine angreifen.", ("RUS", "UKR")),
    # under a warning, announced sanctions threaten too
    ("en", "Britain warned that it would impose new sanctions on Russia.", ("GBR", "RUS")),
])
def test_a_side_announcing_its_own_violence_threatens(lang: str, text: str, pair: tuple[str, str]) -> None:
    evs = events(text, lang)
    assert pair in _tuples(evs, "THREATEN")
    assert pair not in _tuples(evs, "ASSAULT") | _tuples(evs, "SANCTION")
    e = one([e for e in evs if e["event_type"] == "THREATEN"], "THREATEN", pair[0])
    assert e["modality"] == "factual" and not e["attribution"]  # the threat is made, the speaker's own act


@pytest.mark.parametrize(("lang", "text"), [
    # another side's claim about the doer stays that side's claim of an act
    ("en", "The Ukrainian government said Russia would attack Kharkiv."),
    # an aim, not an announcement
    ("en", "A Kenyan official said Kenya sent troops to battle al-Shabab in Somalia."),
    # negated: a promise not to act
    ("en", "The Kenyan government said Kenya would not attack al-Shabab in Somalia."),
    # announced sanctions without a warning are sanctions to come (news-gold: SANCTION, future)
    ("en", "The British government said it would impose new sanctions on Russia."),
])
def test_other_future_acts_are_no_threats(lang: str, text: str) -> None:
    assert not [e for e in events(text, lang) if e["event_type"] == "THREATEN"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine accused Russia of shelling Kharkiv. The Russian government denied the allegations."),
    ("de", "Die Ukraine warf Russland vor, Charkiw beschossen zu haben. Die russische Regierung wies die Vorwürfe zurück."),
])
def test_denying_an_accusation_rejects_the_accuser(lang: str, text: str) -> None:
    evs = events(text, lang)
    assert ("RUS", "UKR") in _tuples(evs, "REJECT")
    accusation = one(evs, "ACCUSE", "UKR")
    assert [d["country"] for d in accusation["denied_by"]] == ["RUS"]


@pytest.mark.parametrize(("lang", "text", "accuser"), [
    # round 29 (denial29): the accuser named with the accusation, no accusation told before it
    ("de", "Der russische Außenminister wies die Vorwürfe der ukrainischen Regierung zurück.", "UKR"),
    ("de", "Die polnische Regierung wies die Vorwürfe der deutschen Regierung am Montag zurück.", "DEU"),
    ("en", "The Russian foreign minister denied the allegations by Ukraine on Monday.", "UKR"),
    ("en", "The Russian government dismissed accusations from Kyiv that it had shelled the town.", "UKR"),
])
def test_a_denial_rejects_the_accuser_its_accusation_names(lang: str, text: str, accuser: str) -> None:
    rejects = _tuples(events(text, lang), "REJECT")
    assert rejects == {("RUS" if "uss" in text else "POL", accuser)}


@pytest.mark.parametrize(("lang", "text"), [
    # "gegen" / "against" names the accused, not the accuser
    ("de", "Der russische Außenminister wies die Vorwürfe gegen die ukrainische Regierung zurück."),
    ("en", "The Russian government denied the allegations against Ukraine."),
])
def test_the_accused_named_with_an_accusation_is_no_accuser(lang: str, text: str) -> None:
    assert ("RUS", "UKR") not in _tuples(events(text, lang), "REJECT")


@pytest.mark.parametrize(("lang", "text"), [
    # no accusation told: nobody to reject
    ("en", "Russia sent troops to Belarus. The Russian government denied the allegations."),
    # a denial of a report, not of an accusation
    ("en", "Ukraine said Russian troops crossed the border. The Russian government denied the report."),
])
def test_a_denial_without_an_accuser_rejects_nobody(lang: str, text: str) -> None:
    assert not [e for e in events(text, lang) if e["event_type"] == "REJECT"]


def test_a_past_modal_leaves_the_event_of_its_clause() -> None:
    # "mussten" heads nothing: the strike named in its clause is still an event
    text = "Acht Flughäfen mussten aufgrund des Streiks der spanischen Fluglotsen ihren Betrieb einstellen."
    assert ("ESP", "ESP") in _tuples(events(text, "de"), "PROTEST")


def test_an_english_inference_is_no_demand() -> None:
    assert not [e for e in events("Britain said Libya must have known about the plot.", "en")
                if e["event_type"] == "REQUEST"]
