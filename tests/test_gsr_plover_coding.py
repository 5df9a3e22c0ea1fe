"""The PLOVER gold standard is scored in the PLOVER codebook's conventions: an announced cooperative act is an
intent (AGREE), and so is an announced retreat or concession (CAMEO 035 "express intent to yield", which the GSR's
CAMEO codes convert to AGREE); lagebild's own events keep type + modality."""

from __future__ import annotations

from datetime import date

from lagebild.evaluate import GoldDoc, GoldEvent, evaluate
from lagebild.evaluate.plover import plover_coded


def _event(etype: str, modality: str) -> dict:
    return {"event_type": etype, "mode": "visit", "modality": modality, "source": {"country": "GMB"},
            "target": {"country": "SEN"}, "trigger": "visit", "denied_by": []}


def test_future_cooperation_retreat_or_concession_is_agree() -> None:
    assert plover_coded(_event("CONSULT", "future"))["event_type"] == "AGREE"
    assert plover_coded(_event("AID", "future"))["event_type"] == "AGREE"
    assert plover_coded(_event("RETREAT", "future"))["event_type"] == "AGREE"
    assert plover_coded(_event("CONCEDE", "future"))["event_type"] == "AGREE"
    assert plover_coded(_event("RETREAT", "factual"))["event_type"] == "RETREAT"
    assert plover_coded(_event("CONSULT", "factual"))["event_type"] == "CONSULT"
    assert plover_coded(_event("ASSAULT", "future"))["event_type"] == "ASSAULT"  # a threat is the rules' business
    assert plover_coded(_event("SUPPORT", "future"))["event_type"] == "SUPPORT"


def test_an_intent_read_as_agree_is_factual() -> None:
    # "Norway is willing to send material": the GSR's AGREE is the intent expressed, which happened (round 28)
    assert plover_coded(_event("AID", "future"))["modality"] == "factual"
    assert plover_coded(_event("ASSAULT", "future"))["modality"] == "future"  # not read as an intent: as extracted
    assert plover_coded(_event("CONSULT", "factual"))["modality"] == "factual"


def test_only_plover_documents_are_read_in_plover_conventions() -> None:
    text = "The Gambian president will visit Senegal next week."
    gold = [GoldEvent("AGREE", "GMB", "SEN")]
    plover_doc = GoldDoc("p", "en", date(2020, 1, 1), text, "plover-gsr-dev", gold, "here", external=True, plover=True)
    own_doc = GoldDoc("o", "en", date(2020, 1, 1), text, "dev", gold, "here")
    assert evaluate([plover_doc]).type_only.tp == 1
    assert evaluate([own_doc]).type_only.tp == 0  # lagebild's own gold keeps CONSULT + future


def test_an_actor_of_no_country_is_read_by_its_plover_kind() -> None:
    event = {**_event("AID", "factual"), "source": {"name": "United Nations", "country": None, "sector": "IGO"}}
    assert plover_coded(event)["source"]["country"] == "IGO"
    rebels = {**_event("ASSAULT", "factual"), "source": {"name": "al-Qaida", "country": None, "sector": "REB"}}
    assert plover_coded(rebels)["source"]["country"] is None
    assert plover_coded(_event("ASSAULT", "factual"))["source"] == {"country": "GMB"}


def test_the_un_matches_the_gsr_code_igo() -> None:
    text = "The United Nations sent food aid to Liberia."
    doc = GoldDoc("p", "en", date(2020, 1, 1), text, "plover-gsr-dev", [GoldEvent("AID", "IGO", "LBR")], "here",
                  external=True, plover=True)
    assert evaluate([doc]).overall.tp == 1
