"""The unseen gold (eval/unseen-gold/) and the second development set (eval/dev2/) are well-formed:
news-gold's fields and vocabularies, offsets that cut a plausible evidence span out of the rebuilt ../shared
text, and no article that news-gold or a hold-out already holds. Checks that need ../shared skip when absent."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "eval" / "unseen-gold"
DEV2_DIR = ROOT / "eval" / "dev2"
SETS = {"unseen": GOLD_DIR, "dev2": DEV2_DIR}
SHARED = ROOT.parent / "shared" / "data"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
TOPICS = {"protests-police", "elections-coalitions", "sanctions", "trade-tariffs", "ceasefire-peace-talks",
          "prisoner-hostage-release", "diplomatic-expulsion-recall", "arrests-journalists-opposition",
          "strikes-fighting", "deployments-drills", "arms-military-aid", "humanitarian-aid", "visits-summits",
          "threats-warnings", "accusations-denials", "treaties-agreements"}
KEYS = {"id", "types", "source", "target", "start", "end", "symmetric", "optional", "attribution_countries",
        "attribution_names", "denied_by", "modality", "quantity_min"}
ISO3 = re.compile(r"[A-Z]{3}")


def records(folder: Path = GOLD_DIR) -> list[dict[str, Any]]:
    """Every article of a set: each ``<lang>*.jsonl`` file, as eval/unseen_gold.py reads them."""
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(SETS))
def test_records_follow_the_guidelines_format(name: str) -> None:
    recs = records(SETS[name])
    assert sum(r["lang"] == "de" for r in recs) >= 30 and sum(r["lang"] == "en" for r in recs) >= 20
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        assert r["lang"] in ("de", "en") and r["topic"] in TOPICS, r["id"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["published"]), r["id"]
        assert len({e["id"] for e in r["events"]}) == len(r["events"]), r["id"]
        for e in r["events"]:
            where = f"{r['id']}/{e['id']}"
            assert set(e) <= KEYS and "evidence" not in e, where  # offsets only, never the text
            assert e["types"] and set(e["types"]) <= TYPES, where
            for role in ("source", "target"):
                assert e[role] is None or ISO3.fullmatch(e[role]), where
            assert 0 <= e["start"] < e["end"] and e["end"] - e["start"] <= 200, where
            assert isinstance(e["symmetric"], bool) and isinstance(e["optional"], bool), where
            assert e.get("modality") in (None, "future", "hypothetical", "negated"), where
            for key in ("attribution_countries", "denied_by"):
                assert all(ISO3.fullmatch(c) for c in e.get(key, [])), where


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_offsets_cut_whole_words_out_of_the_rebuilt_text(name: str) -> None:
    unseen = _module(ROOT / "eval" / "unseen_gold.py", "unseen_gold")
    for r in records(SETS[name]):
        text = unseen.text_of(r)
        assert text is not None, f"{r['id']}: {r['corpus']} {r['doc']} not found in ../shared/data"
        for e in r["events"]:
            assert e["end"] <= len(text), f"{r['id']}/{e['id']}"
            span = text[e["start"]:e["end"]]
            assert span == span.strip() and len(span.split()) >= 2, f"{r['id']}/{e['id']}: {span!r}"
            before = text[e["start"] - 1] if e["start"] else " "
            after = text[e["end"]] if e["end"] < len(text) else " "
            assert not (before.isalnum() and span[0].isalnum()), f"{r['id']}/{e['id']} starts inside a word"
            assert not (after.isalnum() and span[-1].isalnum()), f"{r['id']}/{e['id']} ends inside a word"
        doc = unseen.news_gold_doc(r, text)
        assert all(g["evidence"] in text for g in doc["events"])


@pytest.mark.skipif(not (SHARED / "news-gold").is_dir(), reason="../shared/data/news-gold is not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_articles_are_not_in_news_gold_nor_in_the_german_hand_labels(name: str) -> None:
    wikinews = {p.stem.removeprefix("de-wn-") for p in (SHARED / "news-gold" / "de").glob("de-wn-*.json")}
    held_out = _module(ROOT / "scripts" / "scorer_data.py", "scorer_data").held_out
    # the unseen gold shares no document with the German hand labels; dev2 none with their hold-out part
    labelled = {(r["corpus"], r["doc"]) for r in map(json.loads, (ROOT / "eval" / "scorer-labels.jsonl")
                                                      .read_text(encoding="utf-8").splitlines())
                if r["lang"] == "de" and (name == "unseen" or held_out(r["id"]))}
    lines = (SHARED / "german-wikinews-texts" / "dewikinews_998.jsonl").read_text(encoding="utf-8").splitlines()
    for r in records(SETS[name]):
        if r["lang"] != "de":
            continue
        assert (r["corpus"], r["doc"]) not in labelled, r["id"]
        if r["corpus"].startswith("german-wikinews"):
            assert json.loads(lines[int(r["doc"].split()[1])])["wikinews_id"] not in wikinews, r["id"]


def test_no_article_is_in_two_sets_or_twice_in_one() -> None:
    """A dev2 article that is also in the hold-out would be tuned on; one listed twice would count double."""
    seen: dict[tuple[str, str], str] = {}
    for name, folder in SETS.items():
        for r in records(folder):
            key = (r["corpus"], r["doc"])
            assert key not in seen, f"{r['id']} in {name} and {seen.get(key)}"
            seen[key] = name


def test_the_loss_scripts_never_read_a_carry_check_part() -> None:
    """dev2's carry-check parts tell whether a round's rules carry to text nobody tuned on: the loss classifiers'
    article source refuses them and leaves them out by default, and each is a real part of both sets' loader."""
    unseen_gold = _module(ROOT / "eval" / "unseen_gold.py", "unseen_gold")
    recall_stages = _module(ROOT / "eval" / "recall_stages.py", "recall_stages")
    parts = {p.stem.split("-", 1)[1] for p in DEV2_DIR.glob("de-*.jsonl")}
    assert unseen_gold.CARRY_PARTS <= parts and set(unseen_gold.dev_parts("de")) == parts - unseen_gold.CARRY_PARTS
    with pytest.raises(SystemExit, match="carry checks"):
        next(recall_stages.articles("dev2", "de", "dev", ["a", "i"]))
