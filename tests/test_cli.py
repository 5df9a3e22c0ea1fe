"""The command line end to end: extract, ingest, events, export, and bad input."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES

CONTRACT = {"event_id", "article", "event_type", "mode", "context", "source", "target", "location", "date",
            "quantities", "modality", "hedged", "attribution", "denied_by", "evidence"}
ACTOR = {"text", "name", "actor_id", "country", "sector"}


def test_extract_jsonl_follows_the_contract(cli, seed_path: Path) -> None:
    r = cli("extract", seed_path, "--published", "2024-10-23", "--lang", "de", "--format", "jsonl")
    assert r.code == 0, r.err
    events = [json.loads(line) for line in r.out.splitlines()]
    assert len(events) >= 10
    text = seed_path.read_text(encoding="utf-8")
    for e in events:
        assert CONTRACT <= set(e)
        assert set(e["source"]) == ACTOR and (e["target"] is None or set(e["target"]) == ACTOR)
        assert e["event_type"].isupper() and e["modality"] in {"factual", "future", "hypothetical", "negated"}
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        for q in e["quantities"]:
            assert set(q) == {"text", "value", "unit", "qualifier"}
        for a in e["attribution"]:
            assert set(a) == {"text", "name", "country", "sector", "cue", "start", "end", "level"}
            assert text[a["start"]:a["end"]] == a["text"]
        for d in e["denied_by"]:
            assert set(d) == {"text", "name", "country", "sector", "cue", "start", "end"}
            assert text[d["start"]:d["end"]] == d["text"]
    assert len({e["event_id"] for e in events}) == len(events)


def test_extract_formats(cli) -> None:
    f = EXAMPLES / "en-summit-agreement.txt"
    as_json = json.loads(cli("extract", f, "--format", "json").out)
    as_jsonl = [json.loads(x) for x in cli("extract", f).out.splitlines()]
    assert as_json == as_jsonl and as_json
    rows = list(csv.DictReader(io.StringIO(cli("extract", f, "--format", "csv").out)))
    assert [r["event_type"] for r in rows] == [e["event_type"] for e in as_json]
    table = cli("extract", f, "--format", "table").out
    assert "CONSULT" in table and "Manila" in table


def test_docs_describe_every_contract_field() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "events.md").read_text(encoding="utf-8")
    for field in CONTRACT | ACTOR | {"qualifier", "cue", "sentence", "start", "end", "lat", "lon", "cameo"}:
        assert f"`{field}`" in doc, field


def test_ingest_query_export_and_idempotence(cli, tmp_path: Path) -> None:
    db = tmp_path / "picture.db"
    r = cli("ingest", EXAMPLES, "--db", db)
    assert r.code == 0, r.err
    assert "5 article(s) added" in r.out
    first = json.loads(cli("events", "--db", db, "--format", "json").out)
    assert len(first) >= 10
    again = cli("ingest", EXAMPLES, "--db", db)
    assert "0 article(s) added, 5 already stored" in again.out
    assert json.loads(cli("events", "--db", db, "--format", "json").out) == first
    # filters
    mob = json.loads(cli("events", "--db", db, "--type", "mobilize", "--format", "json").out)
    assert mob and {e["event_type"] for e in mob} == {"MOBILIZE"}
    rus = json.loads(cli("events", "--db", db, "--actor", "RUS", "--format", "json").out)
    assert rus and all("RUS" in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in rus)
    since = json.loads(cli("events", "--db", db, "--since", "2025-05-01", "--format", "json").out)
    assert since and len(since) < len(first)
    # export
    out = tmp_path / "events.jsonl"
    assert cli("export", "--db", db, "--format", "jsonl", "--output", out).code == 0
    assert [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] == first
    pq = tmp_path / "events.parquet"
    assert cli("export", "--db", db, "--format", "parquet", "--output", pq).code == 0
    import pyarrow.parquet as parquet

    table = parquet.read_table(pq)
    assert table.num_rows == len(first) and "source_country" in table.column_names
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", db, "--format", "csv").out)))
    assert len(rows) == len(first)


def snapshot(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        articles = con.execute("select count(*) from articles").fetchone()[0]
        return articles, con.execute("select count(*) from events").fetchone()[0]


@pytest.fixture
def filled_db(cli, tmp_path: Path) -> Path:
    db = tmp_path / "kept.db"
    assert cli("ingest", EXAMPLES / "de-truppen-belarus.txt", "--db", db).code == 0
    return db


def bad(cli, db: Path, *args: str) -> str:
    before = snapshot(db)
    r = cli(*args, "--db", db) if args[0] == "ingest" else cli(*args)
    assert r.code != 0
    lines = [line for line in r.err.splitlines() if line.strip()]
    assert len(lines) == 1, r.err
    assert snapshot(db) == before
    return lines[0]


def test_bad_input_missing_file(cli, filled_db: Path, tmp_path: Path) -> None:
    msg = bad(cli, filled_db, "ingest", EXAMPLES / "en-summit-agreement.txt", tmp_path / "nope.txt")
    assert "nope.txt" in msg and "no such file" in msg


def test_bad_input_binary_file(cli, filled_db: Path, tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    msg = bad(cli, filled_db, "ingest", EXAMPLES / "en-summit-agreement.txt", f)
    assert "image.txt" in msg and "binary" in msg


def test_bad_input_empty_file(cli, filled_db: Path, tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    msg = bad(cli, filled_db, "ingest", f)
    assert "empty.txt" in msg and "empty" in msg


def test_bad_input_invalid_date(cli, filled_db: Path, tmp_path: Path) -> None:
    msg = bad(cli, filled_db, "ingest", EXAMPLES / "en-summit-agreement.txt", "--published", "2024-13-45")
    assert "--published" in msg and "2024-13-45" in msg
    f = tmp_path / "dated.txt"
    f.write_text("---\npublished: 23.10.2024\n---\nPolen kauft Panzer in Südkorea.\n", encoding="utf-8")
    msg = bad(cli, filled_db, "ingest", f)
    assert "dated.txt" in msg and "invalid date" in msg


def test_bad_input_unknown_language(cli, filled_db: Path, tmp_path: Path) -> None:
    msg = bad(cli, filled_db, "ingest", EXAMPLES / "en-summit-agreement.txt", "--lang", "fr")
    assert "--lang" in msg and "'fr'" in msg
    f = tmp_path / "fr.txt"
    f.write_text("---\nlang: fr\n---\nLa Pologne achète des chars.\n", encoding="utf-8")
    msg = bad(cli, filled_db, "ingest", f)
    assert "fr.txt" in msg and "unknown language" in msg


def test_bad_input_malformed_jsonl_line(cli, filled_db: Path, tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "ok-1", "text": "Russia deployed troops to Belarus.", "published": "2025-01-02"})
    f.write_text(good + "\n{\"id\": \"broken\", \"text\": \n", encoding="utf-8")
    msg = bad(cli, filled_db, "ingest", f)
    assert "batch.jsonl:2" in msg and "invalid JSON" in msg


def test_bad_input_unknown_format(cli, filled_db: Path, tmp_path: Path) -> None:
    f = tmp_path / "notes.docx"
    f.write_bytes(b"PK\x03\x04")
    msg = bad(cli, filled_db, "ingest", f)
    assert "notes.docx" in msg and "unknown input format" in msg


def test_unreachable_database(cli, tmp_path: Path) -> None:
    r = cli("ingest", EXAMPLES / "en-summit-agreement.txt", "--db", tmp_path / "missing-dir" / "x.db")
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1 and "cannot open database" in r.err
    r = cli("events", "--db", "postgresql+psycopg://lagebild:secret@127.0.0.1:1/nowhere")
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    assert "127.0.0.1" in r.err and "secret" not in r.err


def test_jsonl_and_html_inputs(cli, tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    f.write_text(json.dumps({"id": "w1", "text": "Japan's prime minister met President Ferdinand Marcos in Manila.",
                             "published": "2025-06-18", "lang": "en"}) + "\n", encoding="utf-8")
    events = [json.loads(x) for x in cli("extract", f).out.splitlines()]
    assert [(e["article"], e["event_type"]) for e in events] == [("w1", "CONSULT")]
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Truppen an der Grenze</title>
<meta property="article:published_time" content="2025-02-20T08:00:00+01:00"></head><body>
<nav>Startseite | Politik | Sport</nav><article><h1>Truppen an der Grenze</h1>
<p>Russland hat nach ukrainischen Angaben rund 4.000 Soldaten nach Belarus verlegt. Die Regierung in Kiew
zeigte sich besorgt über die Entwicklung an der Nordgrenze des Landes.</p>
<p>Dem ukrainischen Geheimdienst zufolge sollen die Truppen in der vergangenen Woche in Minsk eingetroffen sein.</p>
</article><footer>© 2025 Beispielzeitung</footer></body></html>""", encoding="utf-8")
    events = [json.loads(x) for x in cli("extract", page).out.splitlines()]
    assert events and events[0]["event_type"] == "MOBILIZE" and events[0]["source"]["country"] == "RUS"
    dated = [e for e in events if e["date"]]
    assert dated and dated[0]["date"]["value"] == "2025-02-10/2025-02-16"  # from the page's own date


def test_every_command_has_help(cli) -> None:
    r = cli("--help")
    expected = ["extract", "ingest", "events", "export", "watch", "fused", "stories", "timeline", "actors",
                "evaluate", "serve"]
    commands = [c for c in expected if c in r.out]
    assert commands == expected
    for c in commands:
        assert cli(c, "--help").code == 0


def test_input_errors_survive_pickling() -> None:
    """Workers send errors back to the parent process by pickling them."""
    import pickle

    from lagebild.errors import InputError

    err = pickle.loads(pickle.dumps(InputError("a.txt:3", "invalid JSON")))
    assert isinstance(err, InputError) and str(err) == "a.txt:3: invalid JSON" and err.where == "a.txt:3"


def test_usage_errors_are_shown_without_traceback(cli) -> None:
    r = cli("events", "--limit", "0")
    assert r.code == 2 and "Traceback" not in r.err and "--limit" in r.err
    r = cli("extract", "--format", "yaml", "x.txt")
    assert r.code == 2 and "Traceback" not in r.err and "yaml" in r.err


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    exe = shutil.which("lagebild", path=str(Path(sys.executable).parent))
    assert exe is not None
    p = subprocess.run([exe, "extract", EXAMPLES / "de-truppen-belarus.txt", "--format", "jsonl"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and len(p.stdout.splitlines()) >= 3
    p = subprocess.run([exe, "extract", tmp_path / "missing.txt"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 1 and p.stderr.strip() == f"lagebild: error: {tmp_path / 'missing.txt'}: no such file or directory"
