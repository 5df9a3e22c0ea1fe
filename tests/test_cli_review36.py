"""Round 36 (review36): a gold file or feed list that is no UTF-8 text fails in the one line every reader uses
(`evaluate` printed a traceback), and `evaluate --errors` refuses a negative count (it listed all but the last)."""

from __future__ import annotations

from pathlib import Path

import pytest

NOT_UTF8 = b'{"id": "x", "text": "caf\xe9"}\n'  # written for this test: Latin-1 "café", no UTF-8


@pytest.mark.parametrize("name", ["gold.jsonl", "gold.json", "gold.yaml"])
def test_evaluate_of_a_gold_file_that_is_no_utf8_fails_in_one_line(cli, tmp_path: Path, name: str) -> None:  # noqa: ANN001
    gold = tmp_path / name
    gold.write_bytes(NOT_UTF8)
    r = cli("evaluate", gold)
    assert r.code == 1 and "Traceback" not in r.err, r.err
    assert r.err.strip() == f"lagebild: error: {gold}: not valid UTF-8 text (byte 24); convert it to UTF-8", r.err


def test_a_feed_list_that_is_no_utf8_fails_with_the_same_words(cli, tmp_path: Path) -> None:  # noqa: ANN001
    feeds = tmp_path / "feeds.txt"
    feeds.write_bytes(b"https://example.org/f\xe9ed.xml\n")
    r = cli("watch", feeds, "--once", "--db", f"sqlite:///{tmp_path / 'store.db'}")
    assert r.code == 1 and "Traceback" not in r.err, r.err
    assert f"{feeds}: not valid UTF-8 text (byte 21); convert it to UTF-8" in r.err, r.err


def test_evaluate_refuses_a_negative_error_count(cli, tmp_path: Path) -> None:  # noqa: ANN001
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "lang": "en", "text": "Nothing happened.", "events": []}\n', encoding="utf-8")
    r = cli("evaluate", gold, "--errors", "-1")
    assert r.code == 2 and "--errors" in r.err and "Traceback" not in r.err, r.err
    assert cli("evaluate", gold, "--errors", "0").code == 0
