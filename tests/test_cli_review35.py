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


def _store(cli, tmp_path: Path) -> str:  # noqa: ANN001
    """An existing, empty store (made by ingesting an empty folder)."""
    (tmp_path / "none").mkdir()
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert cli("ingest", tmp_path / "none", "--db", url).code == 0
    return url


def test_a_database_path_under_a_file_is_one_error_line(cli, tmp_path: Path) -> None:  # noqa: ANN001
    """The clean-up of a failed first ingest cannot unlink "a.txt/store.db" either; it no longer hides the error."""
    (tmp_path / "a.txt").write_text("Russland hat Truppen nach Belarus verlegt.", encoding="utf-8")
    r = cli("ingest", tmp_path / "a.txt", "--db", f"sqlite:///{tmp_path / 'a.txt' / 'store.db'}")
    lines = [x for x in r.err.splitlines() if x.strip()]
    assert r.code == 1 and "Traceback" not in r.err and len(lines) == 1, r.err
    assert lines[0].startswith("lagebild: error: ") and "cannot open database" in lines[0]


def test_export_to_dash_writes_standard_output(cli, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    url = _store(cli, tmp_path)
    monkeypatch.chdir(tmp_path)
    r = cli("export", "--db", url, "--format", "csv", "--output", "-")
    assert r.code == 0 and r.out.startswith("event_id,") and not (tmp_path / "-").exists(), r.err
    assert "to standard output" in r.err


def test_stories_refuse_an_unknown_country_as_fused_does(cli, tmp_path: Path) -> None:  # noqa: ANN001
    url = _store(cli, tmp_path)
    for command in ("stories", "fused"):
        r = cli(command, "--db", url, "--country", "Nirgendwo")
        assert r.code == 2 and r.err.startswith("lagebild: error: --country: unknown country 'Nirgendwo'"), r.err
    assert cli("stories", "--db", url, "--country", "Belarus").code == 0
