"""Storage against both SQLite and a real PostgreSQL server (started by
scripts/test-setup.d/20-postgres.sh; the PostgreSQL variants skip where LAGEBILD_TEST_PG_URL is unset)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lagebild.errors import InputError, StorageError
from lagebild.ingest.readers import read_paths
from lagebild.model import Article, Event
from lagebild.pipeline import Pipeline
from lagebild.store.db import Base, Store

from .conftest import EXAMPLES

PG_URL = os.environ.get("LAGEBILD_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind; PostgreSQL tables are dropped again afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not PG_URL:
        pytest.skip("LAGEBILD_TEST_PG_URL is not set (scripts/test-setup.d/20-postgres.sh starts a server)")
    store = Store(PG_URL)
    Base.metadata.drop_all(store.engine)
    store.engine.dispose()
    yield PG_URL
    store = Store(PG_URL, create=False)
    Base.metadata.drop_all(store.engine)
    store.engine.dispose()


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Article, list[Event]]]:
    pipeline = Pipeline()
    return [(a, pipeline(a).events) for a in read_paths([EXAMPLES])]


def variants(items: list[tuple[Article, list[Event]]], n: int) -> Iterator[tuple[Article, list[Event]]]:
    """``n`` distinct articles (own text, id and events) made from the examples."""
    for i in range(n):
        article, events = items[i % len(items)]
        copy = dataclasses.replace(article, id=f"{article.id}-{i}", text=f"{article.text}\n({i})")
        yield copy, [dataclasses.replace(e, article=copy.id) for e in events]


def test_add_many_query_and_idempotence(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:
    store = Store(db_url)
    stats = store.add_many(extracted)
    n_events = sum(len(ev) for _, ev in extracted)
    assert (stats.articles_added, stats.events_added) == (5, n_events)
    assert store.counts() == {"articles": 5, "events": n_events}
    events = store.events()
    assert [e["event_id"] for e in events] == [e["event_id"] for e in store.events()]
    by_id = {e.event_id: e.to_json() for _, evs in extracted for e in evs}
    assert all(json.dumps(e, sort_keys=True) == json.dumps(by_id[e["event_id"]], sort_keys=True) for e in events)
    mob = store.events(event_type="mobilize")
    assert mob and {e["event_type"] for e in mob} == {"MOBILIZE"}
    rus = store.events(actor="RUS")
    assert rus and all("RUS" in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in rus)
    assert len(store.events(since=date(2025, 5, 1))) < len(events)
    assert store.known_hashes(a.content_hash for a, _ in extracted) == {a.content_hash for a, _ in extracted}
    again = store.add_many(extracted)
    assert (again.articles_added, again.articles_skipped, again.events_added) == (0, 5, 0)
    assert store.counts() == {"articles": 5, "events": n_events}
    assert [a["id"] for a in store.articles()] == [a.id for a, _ in extracted]


def test_batches_and_duplicates_within_one_run(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:
    store = Store(db_url)
    items = list(variants(extracted, 230))
    seen: list[int] = []
    stats = store.add_many(items + items[:7], batch=50, on_batch=lambda s: seen.append(s.articles_added))
    assert stats.articles_added == 230 and stats.articles_skipped == 7
    assert seen == [50, 100, 150, 200, 230]  # written in batches of 50, the rest at the end
    assert store.counts()["articles"] == 230
    assert store.counts()["events"] == sum(len(ev) for _, ev in items)


def test_error_late_in_the_stream_keeps_whole_articles_and_resumes(db_url: str,
                                                                   extracted: list[tuple[Article, list[Event]]]) -> None:
    store = Store(db_url)
    store.add_many(extracted[:1])
    items = list(variants(extracted, 120))

    def stream() -> Iterator[tuple[Article, list[Event]]]:
        yield from items[:110]  # four batches committed, ten articles pending when the input fails
        raise InputError("feed.jsonl:111", "invalid JSON")

    with pytest.raises(InputError, match=r"feed.jsonl:111: invalid JSON \(stopped here; 110 article\(s\) of this run"):
        store.add_many(stream(), batch=25)
    assert store.counts()["articles"] == 111
    stored = {a["id"] for a in store.articles()}
    assert all(a.id in stored for a, _ in items[:110]) and not any(a.id in stored for a, _ in items[110:])
    # every stored article has all its events
    for a, evs in items[:110:17]:
        assert len(store.events(article=a.id)) == len({e.event_id for e in evs})
    again = store.add_many(items, batch=25)  # the same input again: resumes
    assert (again.articles_added, again.articles_skipped) == (10, 110)
    assert store.counts()["articles"] == 121


def test_id_clash_is_an_input_error_after_what_came_before(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:
    store = Store(db_url)
    store.add_many(extracted[:2])
    article, _ = extracted[0]
    clash = dataclasses.replace(article, text=article.text + "\nUpdate: more text.")
    with pytest.raises(InputError, match="already stored with a different text"):
        store.add_many(list(variants(extracted, 10)) + [(clash, [])], batch=4)
    assert store.counts()["articles"] == 12  # every article before the clash is kept
    long_id = dataclasses.replace(article, id="x" * 300, text="A different article.")
    with pytest.raises(InputError, match="longer than 200"):
        store.add_many([(long_id, [])])
    assert store.counts()["articles"] == 12


def test_cli_ingest_gives_the_same_picture_on_both_databases(cli, db_url: str, tmp_path: Path) -> None:
    reference = tmp_path / "reference.db"
    assert cli("ingest", EXAMPLES, "--db", reference, "--workers", "1").code == 0
    r = cli("ingest", EXAMPLES, "--db", db_url, "--workers", "2", "--batch", "2")
    assert r.code == 0, r.err
    assert "5 article(s) added" in r.out
    want = json.loads(cli("events", "--db", reference, "--format", "json").out)
    assert json.loads(cli("events", "--db", db_url, "--format", "json").out) == want


def test_unreachable_server_is_one_line(cli) -> None:
    with pytest.raises(StorageError, match="127.0.0.1:1"):
        Store("postgresql+psycopg://lagebild@127.0.0.1:1/nowhere")


def test_a_repeated_event_is_stored_once(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:
    """An exact repeat (same id) within one article must not fail the run on the unique constraint."""
    article, events = next((a, e) for a, e in extracted if e)
    store = Store(db_url)
    stats = store.add_many([(article, [*events, events[0]])])
    assert stats.events_added == len(events) == store.counts()["events"]


def test_fusion_tables_and_search_on_both_databases(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:
    from lagebild.fuse import fuse_events
    from lagebild.fuse.incremental import rebuild
    from lagebild.store import aggregates, queries

    store = Store(db_url)
    store.add_many(list(variants(extracted, 12))[::-1], batch=5)
    _, incremental = aggregates.fused_page(store, None, 0, 0)
    articles = {a["id"]: a for a in store.articles()}
    expected = sorted(fuse_events(store.events(), articles), key=lambda f: f["fused_id"])
    assert sorted(incremental, key=lambda f: f["fused_id"]) == expected
    rebuild(store)
    assert sorted(aggregates.fused_page(store, None, 0, 0)[1], key=lambda f: f["fused_id"]) == expected
    n, hits, _ = queries.event_page(store, queries.EventFilter(q="aussenminister"), 50, 0)  # ß folds to ss
    assert n >= 1 and all("außenminister" in queries.haystack(e) or "aussenminister" in queries.haystack(e) for e in hits)
    total, arts = queries.article_page(store, "Panzer", None, 50, 0)
    assert total == sum("Panzer" in a.text for a, _ in variants(extracted, 12)) >= 1
    assert all(a["id"].startswith("de-ruestung-kauf") for a in arts)
