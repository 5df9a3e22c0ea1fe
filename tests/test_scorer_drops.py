"""scripts/scorer_drops.py (round 23, scr23): a group name with parts ("dev2/de@fgh") selects only those dev2 parts, and
every dev2 document has its part, so the per-part tables count the documents they say."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import scorer_drops  # noqa: E402
from scorer_data import Record  # noqa: E402


def _record(source: str, lang: str, doc_id: str) -> Record:
    return Record(source, doc_id, lang, [], [], [], None)


def test_a_group_with_parts_keeps_only_those_parts() -> None:
    parts = {"x": "g", "y": "a"}
    assert scorer_drops.in_group(_record("dev2", "de", "x"), "dev2/de@fgh", parts)
    assert not scorer_drops.in_group(_record("dev2", "de", "y"), "dev2/de@fgh", parts)
    assert scorer_drops.in_group(_record("dev2", "de", "y"), "dev2/de", parts)
    assert not scorer_drops.in_group(_record("dev2", "en", "x"), "dev2/de@fgh", parts)
    assert not scorer_drops.in_group(_record("news-gold", "de", "x"), "dev2/de", parts)


def test_every_dev2_file_names_its_part() -> None:
    parts = scorer_drops.dev2_parts()
    # any part a file names is one lower-case letter (part O came in round 25; a fixed list broke on it)
    assert parts and all(len(p) == 1 and p.isalpha() and p.islower() for p in parts.values())
    assert {"f", "g", "h"} <= set(parts.values())
