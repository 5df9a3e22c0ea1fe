"""`lagebild evaluate` on the project's gold set and on small hand-made gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.evaluate import GoldEvent, evaluate, load_gold, match

from .conftest import ROOT

GOLD = ROOT / "gold"


def test_gold_set_size_and_splits() -> None:
    docs, _ = load_gold(GOLD)
    own = [d for d in docs if d.split in ("dev", "heldout")]
    assert sum(d.lang == "de" for d in own) >= 60 and sum(d.lang == "en" for d in own) >= 40
    assert {d.split for d in own} == {"dev", "heldout"}
    assert len({d.id for d in docs if not d.external}) == len([d for d in docs if not d.external])  # GSR repeats ids
    types = {e.type for d in own for e in d.events}
    assert len(types) == 16  # every PLOVER type is annotated somewhere


def test_development_targets_hold() -> None:
    """The figures reported for issue 4: event F1 >= 0.80 per language, claims >= 0.9, all denials linked."""
    docs, _ = load_gold(GOLD)
    report = evaluate([d for d in docs if d.split == "dev"])
    for lang in ("de", "en"):
        assert report.by_lang[lang].f1 >= 0.80, (lang, report.by_lang[lang].to_json())
    assert report.fields["attribution"].value >= 0.9 and report.fields["modality"].value >= 0.9
    assert report.fields["denials linked (of all gold denials)"].value == 1.0


def test_seed_annotations_hold_no_text() -> None:
    raw = (GOLD / "seed" / "seed-de-2024-10-23.jsonl").read_text(encoding="utf-8")
    record = json.loads(raw)
    assert "text" not in record and record["source"].endswith("seed-de-2024-10-23.txt")
    assert all(set(e) >= {"type", "sentence_index", "trigger_start", "trigger_end"} for e in record["events"])


def test_seed_is_scored_when_present(seed_text: str) -> None:
    docs, notes = load_gold(GOLD / "seed")
    assert not notes and docs[0].text == seed_text
    report = evaluate(docs)
    # not yet every gold event (issue 13 wants all 23): guard what the rules give today, 19 found, 1 spurious
    assert report.overall.tp >= 19 and report.overall.fp <= 1, (report.overall.tp, report.overall.fp)


def test_matching_counts_and_reciprocal_types(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "t1", "lang": "en", "published": "2025-01-01",
                                "text": "Japan met the Philippines in Manila. Russia attacked Ukraine.",
                                "events": [{"type": "CONSULT", "source": "PHL", "target": "JPN"},
                                           {"type": "ASSAULT", "source": "UKR", "target": "RUS"},
                                           {"type": "SANCTION", "source": "USA", "target": "RUS"}]}) + "\n")
    report = evaluate(load_gold(gold)[0])
    # CONSULT matches with swapped roles; ASSAULT does not (direction matters); SANCTION is missed
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 2)
    assert report.by_type["CONSULT"].f1 == 1.0 and report.by_type["ASSAULT"].f1 == 0.0


def test_claim_fields_are_compared() -> None:
    pred = [{"event_type": "MOBILIZE", "source": {"country": "RUS", "actor_id": "RUS-MIL", "name": "Russia"},
             "target": None, "attribution": [{"country": "FIN", "name": "Finland"}], "modality": "future",
             "hedged": False, "denied_by": [{"country": "RUS", "name": "Russia"}],
             "quantities": [{"value": 1500, "qualifier": "at_least"}], "evidence": {"sentence_index": 0}, "trigger": "x"}]
    gold = GoldEvent("MOBILIZE", "RUS", None, attribution=["FIN"], modality="future", denied_by=["RUS"],
                     quantity=1500, qualifier="at_least")
    assert match([gold], pred) == [(gold, pred[0])]
    assert match([GoldEvent("MOBILIZE", "RUS", "BLR")], pred) == []


def test_evaluate_command(cli) -> None:
    r = cli("evaluate", GOLD, "--split", "dev", "--errors", "3")
    assert r.code == 0, r.err
    assert "events [de]" in r.out and "events [en]" in r.out and "attribution" in r.out and "MOBILIZE" in r.out
    r = cli("evaluate", GOLD, "--split", "heldout", "--json")
    scores = json.loads(r.out)
    assert set(scores) == {"heldout"} and {"de", "en"} <= set(scores["heldout"]["by_language"])


@pytest.mark.parametrize(("content", "problem"), [
    ('{"id": "x", "lang": "de", "text": "Text.", "events": [{"type": "MOBILIZE", "modality": "maybe"}]}', "unknown modality"),
    ('{"id": "x", "lang": "fr", "text": "Texte."}', "'lang' must be de or en"),
    ("{not json", "malformed JSON"),
])
def test_bad_gold_files_name_the_place(tmp_path: Path, cli, content: str, problem: str) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_gold(f)
    r = cli("evaluate", f)
    assert r.code == 1 and "bad.jsonl:1" in r.err and problem in r.err and len(r.err.strip().splitlines()) == 1


def test_missing_gold_directory(cli, tmp_path: Path) -> None:
    r = cli("evaluate", tmp_path / "nope")
    assert r.code == 1 and "no such gold directory" in r.err
