"""eval/fresh_en.py: the fresh English sample holds no document of any labelled set, its labels still match the text
rebuilt from ../shared (ids and hashes only), and lagebild finds no false event in it. Skips when ../shared is absent."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import fresh_en  # noqa: E402

pytestmark = pytest.mark.skipif(not (fresh_en.DATA / fresh_en.MEANTIME).is_dir()
                                or not all((fresh_en.DATA / c).is_file() for c in fresh_en.EWT),
                                reason="../shared/data absent")


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_SCORER", "off")


@pytest.mark.parametrize("n", [1, 2])
def test_the_sample_holds_no_labelled_document(n: int) -> None:
    refs, keys = fresh_en._labelled()
    picked = fresh_en.sample(n)
    assert len(picked) >= 20
    assert not {(c, d) for c, d, _t, _p in picked} & refs
    assert not {fresh_en._key(t) for _c, _d, t, _p in picked} & keys


def test_the_second_sample_shares_no_document_with_the_first() -> None:
    first = {(c, d) for c, d, _t, _p in fresh_en.sample(1)}
    assert not first & {(c, d) for c, d, _t, _p in fresh_en.sample(2)}


@pytest.mark.parametrize("n", [1, 2])
def test_labels_keep_ids_and_hashes_never_text(n: int) -> None:
    for line in fresh_en.LABELS[n].read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert set(rec) <= {"sid", "tag", "events", "ok", "miss", "false"}
        assert len(rec["tag"]) == 10


@pytest.mark.parametrize("n", [1, 2])
def test_labels_match_the_text_and_no_false_event_is_found(n: int) -> None:
    r = fresh_en.score(n=n)
    assert r["stale"] == 0 and r["sentences"] >= 300
    assert r["right"] == r["pred"], "a false event on off-topic English text"
