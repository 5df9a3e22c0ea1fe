"""review39: a bad ``LAGEBILD_ANALYSER`` value and a bad database URL (``--db`` or ``LAGEBILD_DB``) are usage errors
like every other bad option value: exit 2 and one line naming the setting and the value, no traceback (before: exit 1,
and the variable's value was an input error). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli_errors_round27 import one_line


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Berlin – Die Regierung kritisierte Russland am Montag.", encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["stanza:de", "spacy:", "spacy: , "])
def test_a_bad_analyser_variable_exits_2_naming_it(cli, article: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                   value: str) -> None:
    monkeypatch.setenv("LAGEBILD_ANALYSER", value)
    line = one_line(cli("extract", article), "LAGEBILD_ANALYSER", repr(value), code=2)
    assert line.startswith("lagebild: error: LAGEBILD_ANALYSER: "), line


@pytest.mark.parametrize("command", ["events", "stories", "ingest"])
def test_a_bad_database_url_exits_2_naming_it(cli, article: Path, command: str) -> None:  # noqa: ANN001
    args = [article] if command == "ingest" else []
    line = one_line(cli(command, *args, "--db", "nosuchdialect://somewhere/db"), "--db",
                    "'nosuchdialect://somewhere/db'", "not a usable database URL", code=2)
    assert line.startswith("lagebild: error: --db: "), line


def test_a_bad_database_url_from_the_environment_exits_2(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("LAGEBILD_DB", "nosuchdialect://elsewhere/db")  # after the fixture cleared it
    one_line(cli("events"), "--db", "'nosuchdialect://elsewhere/db'", code=2)


def test_a_missing_database_file_stays_a_storage_error(cli, tmp_path: Path) -> None:  # noqa: ANN001
    """A well-formed path to no file is no usage error: the database is missing (exit 1, and how to create it)."""
    one_line(cli("events", "--db", tmp_path / "none.db"), "none.db", "no such database", code=1)
