"""Extraction on real inputs: the third-party seed article (from ../shared) and the bundled examples."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from lagebild.ingest.readers import ReadOptions, read_paths
from lagebild.pipeline import Pipeline, extract_events

from .conftest import EXAMPLES


def seed_events(text: str) -> list[dict[str, Any]]:
    return [e.to_json() for e in extract_events(text, date(2024, 10, 23), "de", "seed")]


def find(events: list[dict[str, Any]], etype: str, src: str | None = None, tgt: str | None = None,
         **where: Any) -> list[dict[str, Any]]:
    out = []
    for e in events:
        if e["event_type"] != etype:
            continue
        if src and (e["source"] or {}).get("country") != src:
            continue
        if tgt and (e["target"] or {}).get("country") != tgt:
            continue
        if all(v in e["evidence"]["sentence"] for v in where.get("sentence_has", [])):
            out.append(e)
    return out


def test_seed_meeting_of_duda_and_yoon(seed_text: str) -> None:
    evs = seed_events(seed_text)
    [meeting] = find(evs, "CONSULT", "POL", "KOR")
    assert meeting["source"]["sector"] == meeting["target"]["sector"] == "GOV"
    assert meeting["source"]["name"] == "Andrzej Duda" and meeting["target"]["name"] == "Yoon Suk Yeol"
    assert meeting["location"]["country"] == "KOR"
    ev = meeting["evidence"]
    span = seed_text[ev["start"]:ev["end"]]
    assert span == ev["text"] and "Andrzej Duda" in span and "getroffen" in span and "Yoon Suk Yeol" in span
    assert seed_text[ev["start"]:ev["end"]] in ev["sentence"]


def test_seed_troop_deployment_north_korea_to_russia(seed_text: str) -> None:
    evs = seed_events(seed_text)
    sent = find(evs, "MOBILIZE", "PRK", "RUS", sentence_has=["entsandt"])
    assert len(sent) == 1
    e = sent[0]
    assert e["source"]["sector"] == "MIL" and "entsandt" in seed_text[e["evidence"]["start"]:e["evidence"]["end"]]
    assert {a["country"] for a in e["attribution"]} == {"USA", "UKR", "KOR"}
    assert {d["country"] for d in e["denied_by"]} == {"RUS", "PRK"}


def test_seed_quantities_dates_and_sources(seed_text: str) -> None:
    evs = seed_events(seed_text)
    arrived = find(evs, "MOBILIZE", "PRK", sentence_has=["mindestens 3.000"])[0]
    assert arrived["quantities"][0]["value"] == 3000 and arrived["quantities"][0]["qualifier"] == "at_least"
    assert arrived["hedged"] and arrived["attribution"][0]["name"] == "unnamed"
    units = find(evs, "MOBILIZE", "PRK", sentence_has=["jeweils 6.000"])[0]
    assert units["quantities"][0]["value"] == 12000
    assert units["attribution"][0]["country"] == "UKR" and units["attribution"][0]["sector"] == "INTEL"
    kursk = find(evs, "MOBILIZE", "PRK", sentence_has=["Budanow", "Kursk"])[0]
    assert kursk["date"]["value"] == "2024-10-23" and kursk["modality"] == "future"
    assert kursk["location"]["name"] == "Kursk" and kursk["location"]["country"] == "RUS"
    assert kursk["attribution"][0]["name"] == "Kyrylo Budanov"
    helps = find(evs, "AID", "RUS", "PRK", sentence_has=["Ihm zufolge"])[0]
    assert helps["attribution"][0]["name"] == "Kyrylo Budanov"  # "Ihm" resolved to the last person


def test_seed_hypothetical_plan_attributed_to_the_war_zone(seed_text: str) -> None:
    evs = seed_events(seed_text)
    plan = [e for e in evs if "The War Zone" in e["evidence"]["sentence"]]
    assert plan and all(e["modality"] == "hypothetical" for e in plan)
    assert all(e["source"]["country"] == "KOR" for e in plan)
    assert all(e["attribution"][0]["name"] == "The War Zone" and e["attribution"][0]["sector"] == "MEDIA" for e in plan)


def test_seed_denial_links_to_the_claims_before_it(seed_text: str) -> None:
    evs = seed_events(seed_text)
    denied = [e for e in evs if e["denied_by"]]
    assert denied and all({d["country"] for d in e["denied_by"]} == {"RUS", "PRK"} for e in denied)
    support = find(evs, "AID", "PRK", "RUS", sentence_has=["bis Ende des Jahres"])[0]
    assert support in denied and support["modality"] == "future" and support["hedged"]
    assert support["date"]["value"] == "2024-10-23/2024-12-31"
    assert not any(e["denied_by"] for e in find(evs, "CONSULT"))


def example_events(name: str) -> list[dict[str, Any]]:
    pipeline = Pipeline()
    return [e.to_json() for a in read_paths([EXAMPLES / name], ReadOptions()) for e in pipeline(a).events]


def test_example_german_deployment_with_denial() -> None:
    evs = example_events("de-truppen-belarus.txt")
    first = find(evs, "MOBILIZE", "RUS", "BLR")[0]
    assert first["quantities"][0]["value"] == 4000 and first["quantities"][0]["qualifier"] == "about"
    assert first["attribution"][0]["country"] == "UKR"  # "nach ukrainischen Angaben"
    planned = find(evs, "MOBILIZE", "RUS", sentence_has=["jeweils 2.500"])[0]
    assert planned["quantities"][0]["value"] == 5000 and planned["modality"] == "future" and planned["hedged"]
    arrived = find(evs, "MOBILIZE", sentence_has=["Minsk eingetroffen"])[0]
    assert arrived["source"]["country"] == "RUS" and arrived["modality"] == "factual" and arrived["hedged"]
    assert arrived["location"]["name"] == "Minsk"
    assert all({d["country"] for d in e["denied_by"]} == {"RUS", "BLR"} for e in evs)


def test_example_german_meeting_and_agreement() -> None:
    evs = example_events("de-treffen-warschau.txt")
    meeting = find(evs, "CONSULT", "LTU", "POL")[0]
    assert meeting["location"]["name"] == "Warsaw" and meeting["date"]["value"] == "2025-03-11"
    agree = find(evs, "AGREE", "POL", "LTU")[0]
    assert agree["attribution"][0]["country"] == "POL" and agree["attribution"][0]["sector"] == "GOV"


def test_example_arms_purchase() -> None:
    evs = example_events("de-ruestung-kauf.txt")
    buy = find(evs, "COOPERATE", "ROU", "KOR")[0]
    assert buy["quantities"][0] == {"text": "mehr als zwei Milliarden Euro", "value": 2_000_000_000,
                                    "unit": "EUR", "qualifier": "at_least"}
    delivery = find(evs, "AID", "KOR")[0]
    assert delivery["modality"] == "future" and delivery["attribution"][0]["name"] == "Yonhap"


def test_example_english_deployment_denial_and_accusation() -> None:
    evs = example_events("en-deployment-denial.txt")
    dep = find(evs, "MOBILIZE", "RUS")[0]
    assert dep["quantities"][0]["value"] == 1500 and dep["quantities"][0]["qualifier"] == "at_least"
    assert dep["attribution"][0]["country"] == "FIN" and dep["attribution"][0]["sector"] == "INTEL"
    assert [d["country"] for d in dep["denied_by"]] == ["RUS"]
    evs = example_events("en-summit-agreement.txt")
    meeting = find(evs, "CONSULT", "JPN", "PHL")[0]
    assert meeting["location"]["name"] == "Manila" and meeting["date"]["value"] == "2025-06-17"
    accuse = find(evs, "ACCUSE", "CHN", "JPN")[0]
    assert accuse["attribution"][0]["name"] == "Xinhua"
    supply = find(evs, "AID", "JPN", "PHL")[0]
    assert supply["modality"] == "future" and supply["target"]["sector"] == "MIL"


def test_negation_and_hypothetical_in_english() -> None:
    evs = [e.to_json() for e in extract_events("Russia did not deploy troops to Belarus. "
                                               "China could impose sanctions on Japan.", date(2025, 1, 1), "en")]
    assert [(e["event_type"], e["modality"]) for e in evs] == [("MOBILIZE", "negated"), ("SANCTION", "hypothetical")]


def test_language_is_detected() -> None:
    text = (Path(EXAMPLES) / "en-summit-agreement.txt").read_text(encoding="utf-8").split("---", 2)[2]
    assert extract_events(text, date(2025, 6, 18))[0].to_json()["event_type"] == "CONSULT"


def test_sentence_ending_in_a_comma_does_not_crash() -> None:
    evs = extract_events("Russland hat Truppen nach Belarus verlegt,", date(2025, 1, 1), "de")
    assert [e.event_type for e in evs] == ["MOBILIZE"]


def test_coordinated_subjects_give_events_with_distinct_ids() -> None:
    """Both events cover the same span (target first, then the subjects): their ids must differ."""
    evs = extract_events("Nach Litauen haben Polen, Bulgarien und Rumänien Truppen verlegt.", date(2025, 1, 1), "de")
    assert len({(e.start, e.end) for e in evs}) == 1 and len(evs) >= 2
    assert len({e.event_id for e in evs}) == len(evs)


def test_a_reaction_to_an_earlier_event_targets_its_actor() -> None:
    """'die Strafmaßnahmen' / 'the measures' refer back: the target is the earlier event's actor."""
    de = extract_events("Kanada hat Sanktionen gegen Belarus verhängt. Minsk verurteilte die Strafmaßnahmen scharf.",
                        date(2025, 5, 14), "de")
    assert [(e.event_type, e.source.country, e.target and e.target.country) for e in de] == [
        ("SANCTION", "CAN", "BLR"), ("ACCUSE", "BLR", "CAN")]
    en = extract_events("The EU imposed sanctions on Iran. Tehran rejected the measures as illegal.", date(2025, 5, 14), "en")
    assert [(e.event_type, e.target and (e.target.country or e.target.actor_id)) for e in en] == [
        ("SANCTION", "IRN"), ("REJECT", "eu")]
    # no referring noun, no guessed target
    plain = extract_events("Kanada hat Sanktionen gegen Belarus verhängt. Minsk verurteilte Kanada.", date(2025, 5, 14), "de")
    assert plain[-1].target is not None and plain[-1].target.country == "CAN"
    vague = extract_events("Kanada hat Sanktionen gegen Belarus verhängt. Minsk verurteilte scharf.", date(2025, 5, 14), "de")
    assert all(e.event_type != "ACCUSE" or e.target is None for e in vague)
