"""scripts/label_events.py: which documents may be labelled, which events still need a label, and how
decisions are stored (new documents appended, labelled ones merged, optional events kept as null)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _labeller():  # noqa: ANN202 - scripts/label_events.py as a module
    sys.path.insert(0, str(ROOT / "scripts"))
    return importlib.import_module("label_events")


def test_fresh_documents_exclude_labelled_unseen_gold_and_hold_out_ones() -> None:
    """New labels go to the training part only, so the hold-out figures stay comparable across rounds; the
    unseen gold (a hold-out annotated in full) is never labelled for training."""
    le = _labeller()
    ids = [f"gnad-{n}" for n in range(200)]
    held = [i for i in ids if le.held_out(i)]
    kept = [i for i in ids if not le.held_out(i)]
    assert held and kept
    assert not le.fresh("c", "d", held[0], set(), train_only=True)
    assert le.fresh("c", "d", held[0], set(), train_only=False)
    assert le.fresh("c", "d", kept[0], set(), train_only=True)
    assert not le.fresh("c", "d", kept[0], {("c", "d")}, train_only=True)
    gold = le.unseen_gold_docs()
    assert ("10kgnad-test/test.csv", "row 9") in gold and len(gold) >= 40


def test_candidates_never_offer_an_unseen_gold_or_labelled_document() -> None:
    le = _labeller()
    if not (le.DATA / le.GNAD).is_file():
        pytest.skip("../shared/data not present")
    blocked = le.unseen_gold_docs() | le.labelled()
    offered = [(c["corpus"], c["doc"], c["id"]) for _, c in zip(range(300), le.candidates("gnad", 0, None), strict=False)]
    assert offered and all((c, d) not in blocked and not le.held_out(i) for c, d, i in offered)


def test_an_event_is_unlabelled_until_a_label_judges_its_tuple_or_its_trigger() -> None:
    """The same matching as the trainer's hand_label: same type and actors over an overlapping span, or a misread
    trigger of its type there; a stored null (optional) counts as judged."""
    le = _labeller()
    stored = [["COERCE", "BGR-POL", "BGR", 10, 20, True], ["SUPPORT", "BGR-GOV", "BGR", 50, 60, "no-event"],
              ["ASSAULT", None, "PSE", 70, 80, None]]
    assert not le.unlabelled(stored, ["COERCE", "BGR-POL", "BGR", 15, 30, None])
    assert le.unlabelled(stored, ["COERCE", "BGR-POL", "TUR", 15, 30, None])  # new target: not judged
    assert le.unlabelled(stored, ["COERCE", "BGR-POL", "BGR", 20, 30, None])  # no overlap
    assert not le.unlabelled(stored, ["SUPPORT", "DEU-GOV", None, 55, 58, None])
    assert not le.unlabelled(stored, ["ASSAULT", None, "PSE", 75, 79, None])


def test_apply_appends_new_documents_and_merges_relabelled_ones(tmp_path: Path) -> None:
    le = _labeller()
    out = tmp_path / "labels.jsonl"
    old = {"corpus": "c", "doc": "line 1", "id": "a", "lang": "de", "events": [["AID", "USA", None, 0, 5, True]]}
    out.write_text(json.dumps(old) + "\n", encoding="utf-8")
    pending = tmp_path / "p.jsonl"
    recs = [{**old, "events": [["AID", "USA", None, 0, 5, None], ["REJECT", "DEU", None, 9, 12, None]]},
            {"corpus": "c", "doc": "line 2", "id": "b", "lang": "de",
             "events": [["ASSAULT", None, "PSE", 1, 4, None], ["CONSULT", "FRA", "DEU", 6, 9, None],
                        ["PROTEST", "FRA", "FRA", 11, 14, None]]}]
    pending.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    decisions = tmp_path / "d.txt"
    decisions.write_text("# judged by hand\na yx\nb o-n\n", encoding="utf-8")
    args = argparse.Namespace(pending=str(pending), decisions=str(decisions), output=out)
    assert le.apply(args) == 0
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == ["a", "b"]
    assert got[0]["events"] == [["AID", "USA", None, 0, 5, True], ["REJECT", "DEU", None, 9, 12, "no-event"]]
    assert got[1]["events"] == [["ASSAULT", None, "PSE", 1, 4, None], ["PROTEST", "FRA", "FRA", 11, 14, False]]


def test_apply_refuses_a_decision_line_that_does_not_fit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    le = _labeller()
    pending = tmp_path / "p.jsonl"
    pending.write_text(json.dumps({"corpus": "c", "doc": "d", "id": "a", "lang": "en",
                                   "events": [["AID", "USA", None, 0, 5, None]]}) + "\n", encoding="utf-8")
    decisions = tmp_path / "d.txt"
    decisions.write_text("a yy\n", encoding="utf-8")
    out = tmp_path / "labels.jsonl"
    assert le.apply(argparse.Namespace(pending=str(pending), decisions=str(decisions), output=out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "d.txt:1: a:" in err[0]
    assert not out.exists()


def test_relabel_offers_one_part_at_a_time() -> None:
    """``show --relabel`` offers the training part's labelled documents; with ``--any-part`` the hold-out part's
    instead, so its events that rule changes left unjudged can be judged too (never both mixed)."""
    le = _labeller()
    if not (le.DATA / le.GNAD).is_file():
        pytest.skip("../shared/data not present")
    train = [c["id"] for c in le.relabel_candidates("gnad")]
    hold = [c["id"] for c in le.relabel_candidates("gnad", holdout=True)]
    assert train and hold
    assert not any(le.held_out(i) for i in train) and all(le.held_out(i) for i in hold)


def test_unseen_labels_tells_never_judged_events_from_optional_ones() -> None:
    """The unjudged count splits events no label judges (drift to relabel) from those labelled optional."""
    sys.path.insert(0, str(ROOT / "eval"))
    ul = importlib.import_module("unseen_labels")

    def ev(typ: str, src: str, start: int) -> dict:
        return {"event_type": typ, "source": {"actor_id": src}, "target": None,
                "evidence": {"start": start, "end": start + 5}}

    rec = argparse.Namespace(lang="de", gold={"events": [["AID", "USA", None, 0, 9, None],
                                                         ["REJECT", "DEU", None, 20, 30, True]]},
                             events=[ev("AID", "USA", 2), ev("REJECT", "FRA", 22), ev("REJECT", "DEU", 21)],
                             labels=[None, None, True])
    assert ul.unjudged_counts([rec]) == {"de": (1, 1)}
