"""Round 34 (review34): every registered command answers --help, and the inputs round 27 did not try (a bad
--published date, a bad --format, a binary file named as a WARC archive) end in one clear line, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli_errors_round27 import db, one_line  # noqa: F401  (db: the fixture)


def test_every_registered_command_answers_help(cli) -> None:  # noqa: ANN001
    from lagebild.serve.cli import app

    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert "refuse" in names and "extract" in names  # read from the app, not a list kept by hand
    for name in names:
        r = cli(name, "--help")
        assert r.code == 0 and "Usage" in r.out and "Traceback" not in r.err, (name, r.err)


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("value", ["2024-13-45", "gestern"])
def test_a_bad_published_date_is_one_line(cli, tmp_path: Path, db: str, command: str, value: str) -> None:  # noqa: ANN001, F811
    text = tmp_path / "a.txt"
    text.write_text("Berlin – Die Regierung kritisierte Russland.", encoding="utf-8")
    args = ["--db", db] if command == "ingest" else []
    one_line(cli(command, text, "--published", value, *args), "--published", value, "invalid date", code=2)


@pytest.mark.parametrize("name", ["junk.warc", "junk.warc.gz"])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_binary_file_named_as_a_warc_archive_is_one_readable_line(cli, tmp_path: Path, db: str, command: str,  # noqa: ANN001, F811
                                                                    name: str) -> None:
    junk = tmp_path / name
    junk.write_bytes(bytes(range(128, 256)) * 8 + b"\n")
    line = one_line(cli(command, junk, *(["--db", db] if command == "ingest" else [])), name, "not a valid WARC archive")
    assert line.isprintable() and "first line" not in line and "\\x" not in line, line  # warcio's echo of the bytes


def test_a_bad_format_is_a_usage_error(cli, tmp_path: Path) -> None:  # noqa: ANN001
    text = tmp_path / "a.txt"
    text.write_text("Berlin – Die Regierung kritisierte Russland.", encoding="utf-8")
    r = cli("extract", text, "--format", "xml")
    errors = [x for x in r.err.splitlines() if "Error" in x]
    assert r.code == 2 and len(errors) == 1 and "'xml'" in errors[0] and "Traceback" not in r.err, r.err
    r = cli("ingest", text, "--format", "jsonl")  # ingest stores; it prints no events and takes no format
    assert r.code == 2 and "No such option: --format" in r.err and "Traceback" not in r.err, r.err
