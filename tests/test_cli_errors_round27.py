"""Round 27 (stab27): `lagebild` on bad input says one line naming the input and the problem, for extract, ingest,
events, export and evaluate; a date range that ends before it starts and a directory without an article are such
inputs too (before: an empty table, and silence with exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest


def one_line(r, *names: str, code: int = 1) -> str:  # noqa: ANN001 - conftest Result
    """The single error line, checked to name each of ``names``; ``code``: 2 for a bad option value (a usage error)."""
    lines = [x for x in r.err.splitlines() if x.strip()]
    assert r.code == code and len(lines) == 1 and "Traceback" not in r.err, r.err
    assert lines[0].startswith("lagebild: error: ") and all(n in lines[0] for n in names), lines[0]
    return lines[0]


@pytest.fixture
def db(tmp_path: Path, cli) -> str:  # noqa: ANN001
    """An existing, empty store."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    empty = tmp_path / "inbox"
    empty.mkdir()
    assert cli("ingest", empty, "--db", url).code == 0
    return url


@pytest.mark.parametrize("command", ["events", "export", "fused"])
def test_a_range_ending_before_it_starts_is_refused(cli, db: str, command: str) -> None:  # noqa: ANN001
    r = cli(command, "--db", db, "--since", "2021-01-01", "--until", "2020-12-31")
    assert "is after --until 2020-12-31" in one_line(r, "--since", "2021-01-01", code=2)
    assert cli(command, "--db", db, "--since", "2020-12-31", "--until", "2020-12-31").code == 0  # one day is a range


def test_extract_of_a_directory_without_an_article_says_so(cli, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "list.xyz").write_text("not an article", encoding="utf-8")
    r = cli("extract", folder)
    assert r.code == 1 and r.out == ""
    errors = [x for x in r.err.splitlines() if x.startswith("lagebild: error: ")]
    assert len(errors) == 1 and str(folder) in errors[0] and "no article found" in errors[0], r.err
    assert "1 file(s) not read" in r.err  # the warning says which files were passed over


def _inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Bad input files and the words their one line must hold."""
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "bad.jsonl").write_text('{"text": "Berlin."}\nnot json\n', encoding="utf-8")
    return {"missing": (tmp_path / "missing.txt", "no such file"), "empty": (tmp_path / "empty.txt", "empty file"),
            "binary": (tmp_path / "binary.txt", "binary file"), "jsonl": (tmp_path / "bad.jsonl", "bad.jsonl:2")}


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "jsonl"])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_bad_input_file_is_one_line(cli, tmp_path: Path, db: str, command: str, kind: str) -> None:  # noqa: ANN001
    path, words = _inputs(tmp_path)[kind]
    one_line(cli(command, path, *(["--db", db] if command == "ingest" else [])), path.name, words)


@pytest.mark.parametrize("command", ["events", "export"])
@pytest.mark.parametrize(("option", "value", "words", "code"), [("--since", "2024-13-45", "invalid date", 2),
                                                                ("--until", "yesterday", "invalid date", 2),
                                                                ("--db", "foo://bar", "not a usable database URL", 2)])
def test_a_bad_option_is_one_line(cli, db: str, command: str, option: str, value: str, words: str,  # noqa: ANN001
                                  code: int) -> None:
    args = ["--db", db] if option != "--db" else []
    one_line(cli(command, *args, option, value), value, words, code=code)


def test_evaluate_a_missing_or_empty_gold_directory(cli, tmp_path: Path) -> None:  # noqa: ANN001
    one_line(cli("evaluate", tmp_path / "nope"), "nope", "no such gold directory")
    one_line(cli("evaluate", tmp_path), str(tmp_path), "no gold records")
