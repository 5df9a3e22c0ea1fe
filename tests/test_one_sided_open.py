"""eval/one_sided_open.py (side26): the events that switching ``ActorScope.one_sided`` off adds are counted right or
false per type, and a false one is classed by what gold has. Scorer results written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from one_sided_open import compare  # noqa: E402


def _result(missed: list[str], fps: list[str], tp: int) -> dict:
    return {"article": "a.txt", "missed": missed, "false_positive": fps, "true_positive": tp}


GOLD = {"a.txt": [{"id": "deal", "types": ["AGREE"], "source": "DEU", "target": "FRA"},
                  {"id": "talks", "types": ["CONSULT"], "source": None, "target": None},
                  {"id": "aid", "types": ["AID"], "source": "USA", "target": "HTI"}]}


def test_a_newly_found_gold_event_is_right_and_a_new_tuple_false_by_class() -> None:
    base = {"results": [_result(["deal", "talks"], [], 1)]}
    opened = {"results": [_result(["deal"], ["AGREE/DEU/None", "AID/USA/None", "SANCTION/RUS/None"], 2)]}
    right, false = compare(base, opened, GOLD, show=False)
    assert right == {"CONSULT": 1}
    assert false == {("AGREE", "target missed"): 1, ("AID", "found"): 1, ("SANCTION", "no gold"): 1}


def test_nothing_added_counts_nothing() -> None:
    same = {"results": [_result(["deal"], ["AID/USA/None"], 1)]}
    right, false = compare(same, same, GOLD, show=False)
    assert not right and not false
