"""Full-text search pages walk the index in list order (store/search.py): the page of a text
search must be exactly the unsearched list with the non-matching rows left out, through offsets,
cursors and other filters, on SQLite and PostgreSQL; a store of schema 7 (index rows keyed by pk)
is re-keyed when opened and answers the same."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from lagebild.model import Article, Event
from lagebild.store import queries, search
from lagebild.store.db import Store

from .test_store import db_url, extracted  # noqa: F401  (fixtures)


def spread(items: list[tuple[Article, list[Event]]], n: int) -> Iterator[tuple[Article, list[Event]]]:
    """``n`` distinct articles over many publication days (every fourth undated), so list order
    differs from storage order."""
    for i in range(n):
        article, events = items[i % len(items)]
        published = None if i % 4 == 3 else date(2024, 1, 1) + timedelta(days=(i * 37) % 90)
        copy = dataclasses.replace(article, id=f"{article.id}-{i}", text=f"{article.text}\n({i})", published=published)
        yield copy, [dataclasses.replace(e, article=copy.id) for e in events]


def matches(body: str, word: str) -> bool:
    return any(w.startswith(word) for w in re.findall(r"\w+", body.casefold()))


def every(store: Store, f: queries.EventFilter) -> list[dict[str, Any]]:
    return queries.event_page(store, f, 100_000, 0)[1]


def pages(store: Store, f: queries.EventFilter, size: int, cursor: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    after = None
    while True:
        _, items, after = queries.event_page(store, f, size, 0 if cursor else len(out), after=after if cursor else None)
        out += items
        if not items or (cursor and after is None):
            return out


def check(store: Store) -> None:
    everything = every(store, queries.EventFilter())
    assert len({e["event_id"] for e in everything}) > 20
    for word, etype in (("factual", None), ("factual", "CONSULT"), ("moskau", None), ("minister", None)):
        want = [e["event_id"] for e in everything if matches(queries.haystack(e), word)
                and (etype is None or e["event_type"] == etype)]
        f = queries.EventFilter(q=word, event_type=etype)
        total = queries.event_page(store, f, 5, 0)[0]
        assert total == len(want), word
        for cursor in (False, True):
            assert [e["event_id"] for e in pages(store, f, 3, cursor)] == want, (word, etype, cursor)
    arts, words_of = queries.article_page(store, None, None, 1000, 0)[1], {}
    with store.engine.connect() as conn:
        for aid, title, body in conn.execute(text("SELECT id, title, text FROM articles")):
            words_of[aid] = f"{title or ''} {aid} {body}"
    for word in ("panzer", "the", "warschau"):
        want = [a["id"] for a in arts if matches(words_of[a["id"]], word)]
        got = [a["id"] for i in range(0, len(want) + 3, 3) for a in queries.article_page(store, word, None, 3, i)[1]]
        assert got == want and queries.article_page(store, word, None, 3, 0)[0] == len(want), word
        de = [a for a in want if a.startswith("de-")]
        assert [a["id"] for a in queries.article_page(store, word, "de", 100, 0)[1]] == de


def test_search_pages_follow_the_list_order(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:  # noqa: F811
    store = Store(db_url)
    store.add_many(list(spread(extracted, 24)), batch=7)
    check(store)


def test_articles_list_newest_first_undated_last(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:  # noqa: F811
    """PostgreSQL sorts NULLs first in DESC, so its list merges a walk of the dated and one of the
    undated articles: the same order as SQLite's single walk, through every offset."""
    store = Store(db_url)
    store.add_many(list(spread(extracted, 24)), batch=7)
    arts = queries.article_page(store, None, None, 1000, 0)[1]
    dated = [a["published"] for a in arts if a["published"]]
    assert 0 < len(dated) < len(arts) and all(a["published"] for a in arts[:len(dated)])  # undated last
    assert dated == sorted(dated, reverse=True)
    paged = [a["id"] for i in range(0, len(arts), 5) for a in queries.article_page(store, None, None, 5, i)[1]]
    assert paged == [a["id"] for a in arts]
    assert [a["id"] for a in queries.article_page(store, None, "de", 1000, 0)[1]] == \
        [a["id"] for a in arts if a["lang"] == "de"]


def test_a_capped_total_says_so(db_url: str, extracted: list[tuple[Article, list[Event]]],  # noqa: F811
                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db_url)
    store.add_many(list(spread(extracted, 12)))
    monkeypatch.setattr(queries, "CAP", 3)
    total = queries.event_page(store, queries.EventFilter(q="factual", modality="factual"), 2, 0)[0]
    assert total == 4 and queries.capped(total, True)
    alone = queries.EventFilter(q="factual")
    n = queries.event_page(store, alone, 2, 0)[0]
    if store.dialect == "sqlite":  # no other filter: FTS5 counts it exactly
        assert n > 4 and not queries.capped(n, alone.narrowed(store.dialect))
    else:  # PostgreSQL stops there too (an exact count reads the index table's heap)
        assert n == 4 and queries.capped(n, alone.narrowed(store.dialect))
        assert queries.article_page(store, "factual", None, 2, 0)[0] <= 4


def test_a_schema_7_store_is_rekeyed_when_opened(db_url: str, extracted: list[tuple[Article, list[Event]]]) -> None:  # noqa: F811
    store = Store(db_url)
    store.add_many(list(spread(extracted, 16)), batch=5)
    with store.engine.begin() as conn:  # the index as schema 7 kept it: one row per pk, no order key
        if store.dialect == "sqlite":
            search.drop(conn)
            search.create(conn)
            for index, table in (("events_fts", "events"), ("articles_fts", "articles")):
                rows = conn.execute(text(f"SELECT pk FROM {table}")).all()
                conn.execute(text(f"INSERT INTO {index}(rowid, body) VALUES (:pk, 'x')"), [{"pk": r.pk} for r in rows])
        else:
            for index in search.INDEXES:
                conn.execute(text(f"ALTER TABLE {index} DROP COLUMN ord"))
        conn.execute(text("UPDATE lagebild_meta SET value = '7' WHERE key = 'schema'"))
    store.close()
    check(Store(db_url))
