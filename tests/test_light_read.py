"""The light read path (store/light.py: plain sqlite3, no SQLAlchemy) runs the statements the
store's builders emit, with the same parameters, and every read command prints byte for byte
what the SQLAlchemy path prints; whatever it does not cover goes the old way."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from lagebild.store import aggregates, light, queries
from lagebild.store.db import Store
from lagebild.store.plain import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
BOOKKEEPING = ("BEGIN", "SELECT max(events.pk) AS max_1 \nFROM events", "SELECT max(articles.pk) AS max_1 \nFROM articles")


PG_URL = os.environ.get("LAGEBILD_TEST_PG_URL")


def _generate(target: str) -> None:
    """A synthetic store (benchmarks/generate.py: real event JSON, fused events and stories)."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--articles", "400", "--seed", "3",
                    "--db", target], check=True, capture_output=True)


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("light") / "gen.db"
    _generate(str(path))
    return path


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, sqlite_db: Path) -> Iterator[str]:
    """The same generated store on each engine; the PostgreSQL tables are dropped again afterwards."""
    if request.param == "sqlite":
        yield str(sqlite_db)
        return
    if not PG_URL:
        pytest.skip("LAGEBILD_TEST_PG_URL is not set (scripts/test-setup.d/20-postgres.sh starts a server)")
    from lagebild.store.schema import Base

    for when in ("before", "after"):
        store = Store(PG_URL)
        Base.metadata.drop_all(store.engine)
        store.engine.dispose()
        if when == "before":
            _generate(PG_URL)
            yield PG_URL


@pytest.fixture(scope="module")
def sample(db: str) -> dict:
    """Filter values that occur in the store."""
    with Store(db, create=False) as store, store.engine.connect() as conn:
        (country, kind), = conn.execute(text(
            "SELECT source_country, event_type FROM events WHERE source_country IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1")).all()
        (actor,), = conn.execute(text("SELECT source_actor FROM events WHERE source_actor IS NOT NULL "
                                      "ORDER BY pk LIMIT 1")).all()
        (article,), = conn.execute(text("SELECT article_id FROM events ORDER BY pk LIMIT 1 OFFSET 7")).all()
        (mid,), = conn.execute(text("SELECT day FROM events WHERE day < :last ORDER BY day LIMIT 1 OFFSET 300"),
                               {"last": date(9999, 12, 31)}).all()
    mid = mid if isinstance(mid, date) else date.fromisoformat(mid)
    return {"country": country, "type": kind, "actor": actor.split()[0][:4], "article": article,
            "since": mid, "until": mid.replace(day=28)}


_NAMED = re.compile(r"%\((\w+)\)s")


def _traced(store: Store) -> list:
    """The statements SQLAlchemy sends, with psycopg's named binds made positional (as the light path binds)."""
    log: list = []

    def seen(_c, _cur, sql, params, _ctx, _many) -> None:  # noqa: ANN001 - SQLAlchemy's event signature
        if isinstance(params, dict):
            names = _NAMED.findall(sql)
            sql, params = _NAMED.sub("%s", sql), [params[n] for n in names]
        log.append((sql, tuple(params)))

    event.listen(store.engine, "before_cursor_execute", seen)
    return log


def _both(db: str, slow, fast) -> tuple[object, object]:  # noqa: ANN001 - callables on a Store / a Reader
    """Run one read both ways; the statements (minus transactions and cache keys) must be the same."""
    with Store(db, create=False) as store:
        log = _traced(store)
        slow_result = slow(store)
    fast_log: list = []
    reader = light.open_reader(db, trace=lambda sql, params: fast_log.append((sql, params)))
    assert reader is not None
    with reader:
        fast_result = fast(reader)
    assert fast_log == [x for x in log if x[0] not in BOOKKEEPING]
    return slow_result, fast_result


def test_events_same_statements_and_rows_for_every_filter_combination(db: str, sample: dict) -> None:
    values = {"actor": sample["actor"], "event_type": sample["type"].lower(), "since": sample["since"],
              "until": sample["until"], "modality": "factual", "article": sample["article"],
              "country": sample["country"].lower(), "limit": 40}
    nonempty = 0
    for n in range(len(values) + 1):
        for keys in itertools.combinations(values, n):
            args = {k: values[k] for k in keys}
            slow, fast = _both(db, lambda s, a=args: s.events(**a), lambda r, a=args: r.events(**a))
            assert slow == fast, args
            nonempty += bool(fast)
    assert nonempty > 60  # the filters select something, not only empty lists
    with Store(db, create=False) as store:
        ids = sorted({e["article"] for e in store.events(limit=30)})
    slow, fast = _both(db, lambda s: queries.article_titles(s, ids), lambda r: r.article_titles(ids))
    assert slow == fast and len(fast) == len(ids) and all(v["published"] for v in fast.values())


def test_fused_and_stories_same_statements_and_items(db: str, sample: dict) -> None:
    values = {"actor": sample["actor"], "country": sample["country"], "event_type": sample["type"],
              "since": sample["since"], "until": sample["until"]}
    seen = 0
    for n in range(len(values) + 1):
        for keys in itertools.combinations(values, n):
            f = {k: values[k] for k in keys}
            for limit, offset, min_sources, contradicted in ((50, 0, 1, False), (600, 0, 1, False), (5, 3, 2, False),
                                                             (20, 0, 1, True), (10, 10_000, 1, False)):
                slow, fast = _both(db, lambda s, f=f, a=(limit, offset, min_sources, contradicted):
                                   aggregates.fused_page(s, queries.EventFilter(**f), *a),
                                   lambda r, f=f, a=(limit, offset, min_sources, contradicted):
                                   r.fused_page(light.filter_conds(**f), *a))
                assert slow == fast, (f, limit, offset, min_sources, contradicted)
                seen += len(fast[1])
    assert seen > 1000
    with Store(db, create=False) as store, store.engine.connect() as conn:
        (story, article), = conn.execute(text("SELECT s.story_id, a.article_id FROM stories s JOIN story_articles a "
                                              "ON a.story_pk = s.pk ORDER BY s.n_articles DESC, s.story_id, a.article_id "
                                              "LIMIT 1")).all()
    for args in ((100, 0, None, None), (3, 2, None, None), (50, 0, sample["country"].lower(), None),
                 (50, 0, None, article), (50, 0, sample["country"], article), (5, 0, "ZZZ", None)):
        slow, fast = _both(db, lambda s, a=args: aggregates.story_page(s, *a), lambda r, a=args: r.story_page(*a))
        assert slow == fast, args
    for sid in (story, "no-such-story"):
        slow, fast = _both(db, lambda s, x=sid: aggregates.story_one(s, x), lambda r, x=sid: r.story_one(x))
        assert slow == fast
    slow, fast = _both(db, lambda s: aggregates.story_of_article(s, article), lambda r: r.story_of_article(article))
    assert slow == fast == story


COMMANDS = [
    ["events"], ["events", "--format", "json"], ["events", "--format", "jsonl", "--limit", "30"],
    ["events", "--format", "csv", "--type", "{type}"], ["events", "--wide", "--limit", "20"],
    ["events", "--country", "{country}", "--since", "{since}", "--columns", "date,type,claim,denied"],
    ["events", "--actor", "{actor}", "--limit", "15"], ["events", "--type", "nonsense"],
    ["export", "--format", "csv", "--limit", "50"], ["export", "--article", "{article}"],
    ["fused"], ["fused", "--json", "--limit", "30"], ["fused", "--country", "{country}", "--type", "{type}"],
    ["fused", "--since", "{since}", "--until", "{until}", "--json"], ["fused", "--min-sources", "2", "--contradicted"],
    ["fused", "--country", "Atlantis"],
    ["stories"], ["stories", "--json", "--limit", "5", "--offset", "2"], ["stories", "--country", "{country}"],
    ["stories", "--article", "{article}", "--json"],
    ["timeline", "{article}"], ["timeline", "nothing-here"],
]


def test_every_read_command_prints_the_same_both_ways(cli, db: str, sample: dict,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    subs = {k: str(v) for k, v in sample.items()}
    for cmd in COMMANDS:
        args = [a.format(**subs) for a in cmd] + ["--db", str(db)]
        monkeypatch.setenv("LAGEBILD_LIGHT_READ", "off")
        slow = cli(*args)
        monkeypatch.delenv("LAGEBILD_LIGHT_READ")
        fast = cli(*args)
        assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err), args
        assert slow.out or slow.code, args


def test_what_it_does_not_cover_goes_the_sqlalchemy_way(cli, sqlite_db: Path, tmp_path: Path) -> None:
    db = sqlite_db
    assert light.open_reader("postgresql+psycopg://nobody@127.0.0.1:1/nowhere") is None  # no server: SQLAlchemy says so
    assert light.open_reader("postgresql://u@h/db") is None  # psycopg2's URL: the store's driver decides
    assert light.open_reader(f"sqlite:///{db}?timeout=5") is None
    assert light.open_reader(str(tmp_path / "missing.db")) is None
    assert not (tmp_path / "missing.db").exists()  # never creates a file
    assert light.open_reader(f"sqlite:///{db}") is not None and light.open_reader(str(db)) is not None
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    conn = sqlite3.connect(old)
    conn.execute("UPDATE lagebild_meta SET value = '8' WHERE key = 'schema'")
    conn.commit()
    conn.close()
    assert light.open_reader(str(old)) is None  # Store upgrades it first
    r = cli("events", "--db", tmp_path / "typo.db")
    assert r.code == 1 and "no such database" in r.err and not (tmp_path / "typo.db").exists()


def test_a_read_command_does_not_import_sqlalchemy(db: str) -> None:
    code = ("import sys; from lagebild.serve.cli import main; sys.argv = ['lagebild', 'fused', '--json', '--db', "
            f"{str(db)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "assert not any(m.startswith('sqlalchemy') for m in sys.modules), 'sqlalchemy imported'")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "COLUMNS": "120"})
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)) == 100


def test_json_is_written_byte_for_byte_as_rich_wrote_it() -> None:
    import io

    from rich.console import Console

    from lagebild.serve.render import write_json

    tricky = [{"evidence": "Der [bold]Präsident[/bold] :smile: sagte\t„nein“ \x07\x08\x0b\x0c\r\n\x1b[31m \x7f\x85 ", "n": 1.5,
               "wide": "字" * 300, "rtl": "\u202eabc", "zwj": "👩‍👩‍👧", "url": "https://x.example/[1]"}]
    for doc in (json.dumps(tricky, ensure_ascii=False, indent=2), json.dumps(tricky[0], ensure_ascii=False), "[]"):
        for soft_wrap in (False, True):
            theirs, ours = io.StringIO(), io.StringIO()
            Console(file=theirs, soft_wrap=soft_wrap, width=80).out(doc, highlight=False)
            write_json(doc, ours)
            assert ours.getvalue() == theirs.getvalue()


def test_postgresql_store_of_another_schema_or_with_url_options_goes_the_sqlalchemy_way(db: str) -> None:
    if not db.startswith("postgresql"):
        pytest.skip("the SQLite file's cases are above")
    assert light.open_reader(f"{db}?connect_timeout=5") is None  # options: SQLAlchemy reads them
    import psycopg

    def schema(value: str) -> None:  # directly: a Store would upgrade an older schema at once
        with psycopg.connect(db.replace("+psycopg", "")) as conn:
            conn.execute("UPDATE lagebild_meta SET value = %s WHERE key = 'schema'", (value,))

    schema("8")
    try:
        assert light.open_reader(db) is None  # Store upgrades it first
    finally:
        schema(SCHEMA_VERSION)
    reader = light.open_reader(db)
    assert reader is not None
    reader.close()
