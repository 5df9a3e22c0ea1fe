"""Round 35 (review35): `lagebild ingest` of a directory with no article file warns in one line and exits 0 (a
watched drop folder may be empty); `extract`, with nothing to print, fails with the same words."""

from __future__ import annotations

from pathlib import Path


def test_ingest_of_an_empty_folder_warns_and_exits_0(cli, tmp_path: Path) -> None:  # noqa: ANN001
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    r = cli("ingest", inbox, "--db", f"sqlite:///{tmp_path / 'store.db'}")
    assert r.code == 0 and "Traceback" not in r.err, r.err
    warnings = [x for x in r.err.splitlines() if x.startswith("lagebild: warning: ")]
    assert len(warnings) == 1 and str(inbox) in warnings[0] and "no article found" in warnings[0], r.err
    assert "0 article(s) added" in r.out


def test_ingest_names_only_the_empty_folder_among_others(cli, tmp_path: Path) -> None:  # noqa: ANN001
    inbox, full = tmp_path / "inbox", tmp_path / "full"
    inbox.mkdir()
    full.mkdir()
    (full / "a.txt").write_text("Russland hat am Montag Truppen nach Belarus verlegt.", encoding="utf-8")
    r = cli("ingest", inbox, full, "--db", f"sqlite:///{tmp_path / 'store.db'}", "--published", "2024-10-23",
            "--workers", "1")
    assert r.code == 0, r.err
    warnings = [x for x in r.err.splitlines() if "no article found" in x]
    assert len(warnings) == 1 and str(inbox) in warnings[0] and str(full) not in warnings[0], r.err
    assert "1 article(s) added" in r.out


def test_extract_of_an_empty_folder_fails_with_the_same_words(cli, tmp_path: Path) -> None:  # noqa: ANN001
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    r = cli("extract", inbox)
    assert r.code == 1 and r.out == ""
    assert r.err.startswith(f"lagebild: error: {inbox}: no article found (files read: "), r.err


def test_the_help_of_both_says_what_an_empty_folder_does(cli) -> None:  # noqa: ANN001
    assert "drop folder may be empty" in " ".join(cli("ingest", "--help").out.split())
    assert "nothing to print" in " ".join(cli("extract", "--help").out.split())

