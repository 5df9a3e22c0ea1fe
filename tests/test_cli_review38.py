"""review38: every bad option value is a usage error, exit 2 with one line naming the option and the value, as an
unknown --type or --modality already was (round 37): --country (events, export, fused, stories), --lang, --columns,
--since/--until/--published dates, --engine, --workers, --port, --split. Every command's --help says what it is for,
and a file in another encoding is one line, no traceback. The article sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli_errors_round27 import db, one_line  # noqa: F401  (db: the fixture)


@pytest.mark.parametrize("command", ["events", "export", "fused", "stories"])
def test_an_unknown_country_is_a_usage_error(cli, db: str, command: str) -> None:  # noqa: ANN001, F811
    one_line(cli(command, "--db", db, "--country", "Atlantis"), "--country", "'Atlantis'", "unknown country", code=2)
    assert cli(command, "--db", db, "--country", "Belarus").code == 0  # a name resolves


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Berlin – Die Regierung kritisierte Russland am Montag.", encoding="utf-8")
    return path


@pytest.mark.parametrize(("args", "option", "value"), [
    (["extract", "{a}", "--lang", "xx"], "--lang", "'xx'"),
    (["ingest", "{a}", "--db", "{db}", "--lang", "xx"], "--lang", "'xx'"),
    (["ingest", "{a}", "--db", "{db}", "--engine", "spark"], "--engine", "'spark'"),
    (["ingest", "{a}", "--db", "{db}", "--workers", "0"], "--workers", "0"),
    (["events", "--db", "{db}", "--columns", "when,colour"], "--columns", "colour"),
    (["fused", "--db", "{db}", "--since", "2024-02-30"], "--since", "2024-02-30"),
    (["serve", "--db", "{db}", "--port", "70000"], "--port", "70000"),
])
def test_a_bad_option_value_exits_2_naming_it(cli, db: str, article: Path, args: list[str], option: str,  # noqa: ANN001, F811
                                               value: str) -> None:
    line = one_line(cli(*(a.format(a=article, db=db) for a in args)), option, value, code=2)
    assert line.startswith(f"lagebild: error: {option}: "), line


def test_an_unknown_gold_split_exits_2(cli, tmp_path: Path) -> None:  # noqa: ANN001
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g1", "lang": "en", "text": "Russia attacked Ukraine.", "split": "dev", "events": []}\n',
                    encoding="utf-8")
    one_line(cli("evaluate", gold, "--split", "nowhere"), "--split", "nowhere", code=2)


def test_every_commands_help_says_what_it_is_for(cli) -> None:  # noqa: ANN001
    from lagebild.serve.cli import app

    for c in app.registered_commands:
        name = c.name or (c.callback.__name__ if c.callback else "")
        r = cli(name, "--help")
        words = r.out.split("Usage:", 1)[-1].split("Options", 1)[0].splitlines()[1:]  # the text under the usage line
        assert r.code == 0 and sum(len(w.split()) for w in words) >= 4, (name, r.out)


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_file_in_another_encoding_is_one_line(cli, tmp_path: Path, db: str, command: str) -> None:  # noqa: ANN001, F811
    path = tmp_path / "latin1.txt"
    path.write_bytes("Die Regierung kritisierte Russland wegen der Übergriffe.".encode("latin-1"))
    one_line(cli(command, path, *(["--db", db] if command == "ingest" else [])), "latin1.txt", "UTF-8")


def test_an_unknown_analyser_option_exits_2(cli, tmp_path: Path) -> None:  # noqa: ANN001
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g1", "lang": "en", "text": "Russia attacked Ukraine.", "split": "dev", "events": []}\n',
                    encoding="utf-8")
    one_line(cli("evaluate", gold, "--analyser", "stanza"), "--analyser", "'stanza'", "unknown analyser", code=2)
