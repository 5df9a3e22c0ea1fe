"""Rollups (store/rollups.py): counted at ingest batch by batch, they equal a rebuild from scratch
(`lagebild refuse`) and a bulk load, and the unfiltered views read from them give what counting
every event gives. On SQLite and, where LAGEBILD_TEST_PG_URL is set, PostgreSQL."""

from __future__ import annotations

import importlib.util
import os
import random
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from lagebild.fuse.incremental import rebuild
from lagebild.store import aggregates, queries, rollups
from lagebild.store.bulk import BulkLoader
from lagebild.store.db import Base, Store, write_rows
from lagebild.store.schema import LAST_DAY, SCHEMA_VERSION, EventActorRow, EventRow, FusedDayRow, event_values

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("LAGEBILD_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty databases of one kind (PostgreSQL: two schemas of the test database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
        return
    if not PG_URL:
        pytest.skip("LAGEBILD_TEST_PG_URL is not set (scripts/test-setup.d/20-postgres.sh starts a server)")
    urls = []
    for name in ("roll_a", "roll_b"):
        store = Store(PG_URL, create=False)
        with store.engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {name}"))
        store.engine.dispose()
        urls.append(f"{PG_URL}?options=-csearch_path%3D{name}")
    yield urls[0], urls[1]
    for url in urls:
        store = Store(url, create=False)
        Base.metadata.drop_all(store.engine)
        store.engine.dispose()


@pytest.fixture(scope="module")
def batches() -> list[tuple[list[dict], list[dict]]]:
    """Synthetic articles as benchmarks/generate.py makes them (types, countries, places, cited
    sources, denials in realistic shares), in batches of rows for the store."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    rng = random.Random(5)
    world = gen.World(120, date(2025, 1, 1), 60, rng)
    out = []
    for start in range(0, 400, 70):
        arts, evs = [], []
        for i in range(start, min(400, start + 70)):
            a, e = gen.article(i, world, rng)
            arts.append(a)
            evs.extend(event_values(x, a["published"]) for x in e)
        out.append((arts, evs))
    return out


def _ingest(store: Store, batches: list[tuple[list[dict], list[dict]]]) -> None:
    for arts, evs in batches:
        with store.writing() as s:
            write_rows(s, arts, evs)


def test_rollups_at_ingest_equal_a_rebuild_and_a_bulk_load(db_urls: tuple[str, str], batches: list) -> None:
    a, b = Store(db_urls[0]), Store(db_urls[1])
    _ingest(a, batches[::-1])  # another order and batch by batch
    counted = rollups.snapshot(a)
    assert len(counted["agg_edges"]) > 50 and len(counted["agg_points"]) > 20
    assert counted["agg_counts"] and counted["agg_actors"]
    assert len(counted["agg_day_edges"]) > len([e for e in counted["agg_edges"] if e[0] == ""]) and counted["agg_day_actors"]
    rollups.rebuild_store(a)
    assert rollups.snapshot(a) == counted
    loader = BulkLoader(b)
    for arts, evs in batches:
        loader.add(arts, evs)
    loader.finish()
    bulk = rollups.snapshot(b)
    # the same counts and names; an edge's first event differs only as the order of input did
    edges = ("agg_edges", "agg_day_edges")
    assert {k: v for k, v in bulk.items() if k not in edges} == {k: v for k, v in counted.items() if k not in edges}
    assert [e[:4] for e in bulk["agg_edges"]] == [e[:4] for e in counted["agg_edges"]]
    assert [e[:6] for e in bulk["agg_day_edges"]] == [e[:6] for e in counted["agg_day_edges"]]
    # the bulk load is the same store the write path gives: the same views and fused events
    for name in ("summary", "actors"):
        assert _view(a, name) == _view(b, name), name
    assert _ids(aggregates.fused_page(a, None, 0, 0)[1]) == _ids(aggregates.fused_page(b, None, 0, 0)[1])
    a.close()
    b.close()


def _ids(fused: list[dict]) -> list[tuple]:
    return sorted((f["fused_id"], tuple(sorted(f["event_ids"]))) for f in fused)


def _view(store: Store, name: str) -> object:
    if name == "summary":
        return queries.facets(store)
    return aggregates.actors(store, None, 1000, 0)


def test_views_from_rollups_equal_counting_every_event(db_urls: tuple[str, str], batches: list) -> None:
    store = Store(db_urls[0])
    _ingest(store, batches)
    every = select(EventRow.pk)  # a "filter" that keeps every event: the views count the events themselves
    assert aggregates._network(store, None, 300) == aggregates._network(store, every, 300)
    assert aggregates._places(store, None, 500) == aggregates._places(store, every, 500)
    assert aggregates._actor_rollup(store) == aggregates._actor_rows(store, EventActorRow.event_pk.in_(every))
    # filtered by a country, a type or both: the rollup rows of that scope, as counting the filtered events
    top = queries.facets(store)
    country, kind = next(iter(top["countries"])), next(iter(top["event_types"]))
    def in_country(t: str) -> int:
        return queries.event_page(store, queries.EventFilter(country=country, event_type=t), 1)[0]

    both = max(top["event_types"], key=in_country)  # the country's commonest type
    for f in (queries.EventFilter(country=country), queries.EventFilter(event_type=kind),
              queries.EventFilter(country=country.lower(), event_type=both)):
        sub = f.apply(select(EventRow.pk))
        scope = rollups.scope_of(f)
        assert scope is not None
        network = aggregates._network(store, None, 300, f)
        assert network["edges"] and network == aggregates._network(store, sub, 300)
        places = aggregates._places(store, None, 500, f)
        assert places["points"] and places == aggregates._places(store, sub, 500)
        assert aggregates._actor_rollup(store, scope) == aggregates._actor_rows(store, EventActorRow.event_pk.in_(sub))
        assert queries.event_page(store, f, 1)[0] == len(queries.all_events(store, f))
    assert rollups.scope_of(queries.EventFilter(country="USA", modality="factual")) is None  # counts the events
    # the summary against a plain count over the events' JSON
    events = queries.all_events(store)
    found = queries.facets(store)
    assert found["counts"] == store.counts() == {"articles": 400, "events": len(events)}
    assert found["event_types"] == dict(sorted(Counter(e["event_type"] for e in events).items()))
    assert found["modalities"] == dict(sorted(Counter(e["modality"] for e in events).items()))
    countries = Counter(c for e in events for c in {(e.get(k) or {}).get("country") for k in ("source", "target", "location")}
                        if c)
    assert found["countries"] == dict(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])))
    sources = Counter(a["name"] for e in events for a in e["attribution"])
    assert found["sources"] == dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0])))
    # the filter dropdowns of the first page are the same counts
    from lagebild.serve.enrich import facet_counts

    dropdowns = facet_counts(store, queries.EventFilter())
    assert dropdowns["countries"] == found["countries"] and dropdowns["event_types"] == dict(
        sorted(found["event_types"].items(), key=lambda kv: (-kv[1], kv[0])))
    # with a country and a type chosen, each dropdown counts the events the other choices leave
    f = queries.EventFilter(country=country, event_type=kind)
    chosen = facet_counts(store, f)
    assert chosen["event_types"] == dict(Counter(e["event_type"] for e in queries.all_events(
        store, queries.EventFilter(country=country))).most_common())
    assert chosen["modalities"] == dict(Counter(e["modality"] for e in queries.all_events(store, f)).most_common())
    assert sum(chosen["sources"].values()) == sum(len(e["attribution"]) for e in queries.all_events(store, f))
    store.close()


def test_views_filtered_by_dates_and_modality_sum_the_days(db_urls: tuple[str, str], batches: list) -> None:
    """A date range, a modality and/or a type: the per-day rollups give what counting the events gives."""
    store = Store(db_urls[0])
    _ingest(store, batches[::-1])
    days = sorted(e["day"] for _, evs in batches for e in evs if e["day"] != LAST_DAY)
    mid, late = days[len(days) // 2], days[-len(days) // 5]
    kind = queries.facets(store)["event_types"]
    kind = max(kind, key=kind.get)
    filters = [queries.EventFilter(since=late), queries.EventFilter(until=mid),
               queries.EventFilter(since=mid, until=late, event_type=kind.lower()),
               queries.EventFilter(modality="negated"), queries.EventFilter(modality="factual", since=mid)]
    for f in filters:
        scope = rollups.scope_of(f)
        assert isinstance(scope, rollups.DayScope), f
        sub = f.apply(select(EventRow.pk))
        network = aggregates._network(store, None, 300, f)
        assert network["edges"] and network == aggregates._network(store, sub, 300), f
        places = aggregates._places(store, None, 500, f)
        assert places["points"] and places == aggregates._places(store, sub, 500), f
        assert aggregates._actor_rollup(store, scope) == aggregates._actor_rows(store, EventActorRow.event_pk.in_(sub))
        matching = queries.all_events(store, f)
        assert queries.event_page(store, f, 1)[0] == len(matching) > 0
        if f.modality:
            assert {e["modality"] for e in matching} == {f.modality}
    # any other filter beside them counts the events
    assert rollups.scope_of(queries.EventFilter(country="USA", since=mid)) is None
    store.close()


def test_a_store_of_the_previous_schema_gets_its_rollups(tmp_path: Path, batches: list) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = Store(url)
    _ingest(store, batches[:2])
    expected = rollups.snapshot(store)
    with store.writing() as s:  # as a version-3 file looks: no rollup rows
        for table in rollups.TABLES:
            s.execute(table.__table__.delete())
        s.execute(text("UPDATE lagebild_meta SET value = '3' WHERE key = 'schema'"))
        s.execute(text("DROP INDEX ix_events_point_cover9"))  # added in version 9
    store.close()
    reopened = Store(url)
    assert rollups.snapshot(reopened) == expected
    with reopened.session() as s:
        assert s.execute(text("SELECT name FROM sqlite_master WHERE name = 'ix_events_point_cover9'")).scalar()
        assert s.execute(text("SELECT value FROM lagebild_meta WHERE key = 'schema'")).scalar() == SCHEMA_VERSION
    reopened.close()


def test_a_store_of_schema_8_gets_day_rollups_and_list_items(tmp_path: Path, batches: list) -> None:
    """Schema 9's upgrade: the per-day rollups counted, fused list items written, covering indexes
    with the day and modality; the views give what they gave before the upgrade."""
    url = f"sqlite:///{tmp_path / 'v8.db'}"
    store = Store(url)
    _ingest(store, batches[:3])
    expected = rollups.snapshot(store)
    since = queries.EventFilter(since=date(2025, 2, 1))
    page = aggregates.fused_page(store, since, 20, 0)
    full = {f["fused_id"]: f for f in aggregates.fused_page(store, None, 0, 0)[1]}
    assert page[0] > 20 and all(x == aggregates.trimmed(dict(full[x["fused_id"]])) for x in page[1])
    with store.writing() as s:  # as a version-8 file looks
        for table in rollups.DAY_TABLES:
            s.execute(table.__table__.delete())
        s.execute(text("UPDATE fused SET item = NULL"))
        s.execute(text("UPDATE lagebild_meta SET value = '8' WHERE key = 'schema'"))
        s.execute(text("DROP INDEX ix_events_edge_cover9"))
    store.close()
    reopened = Store(url)
    assert rollups.snapshot(reopened) == expected
    with reopened.session() as s:
        assert s.execute(text("SELECT count(*) FROM fused WHERE item IS NULL")).scalar() == 0
        assert s.execute(text("SELECT name FROM sqlite_master WHERE name = 'ix_events_edge_cover9'")).scalar()
    assert aggregates.fused_page(reopened, since, 20, 0) == page
    reopened.close()


def _fused_days(store: Store) -> list[tuple]:
    """The ``fused_days`` rows by fused id (group pks differ between ingest and a rebuild)."""
    with store.session() as s:
        return sorted(tuple(r) for r in s.execute(select(FusedDayRow.fused_id, FusedDayRow.day, FusedDayRow.first_seen)))


def _by_events(store: Store, f: queries.EventFilter, *args: object) -> tuple[int, list[dict]]:
    """The fused page as schema 9 read it: every event of the range and its group."""
    real = aggregates.dates_only
    aggregates.dates_only = lambda _f: False
    try:
        store.__dict__.pop("_view_cache", None)
        return aggregates.fused_page(store, f, *args)
    finally:
        aggregates.dates_only = real
        store.__dict__.pop("_view_cache", None)


def test_fused_days_kept_at_ingest_equal_a_rebuild_and_answer_date_filters(db_urls: tuple[str, str],
                                                                           batches: list) -> None:
    """Schema 10: the days of each fused event, kept batch by batch as groups grow and merge, equal
    `lagebild refuse`'s; a fused list filtered by dates alone reads them and lists exactly what
    testing every event of the range lists (undated events never match a range)."""
    store = Store(db_urls[0])
    undated = {a["id"] for arts, _ in batches for a in arts[::6]}  # no publication date: undated events
    _ingest(store, [([{**a, "published": None} if a["id"] in undated else a for a in arts],
                     [event_values(e["data"], None) if e["article_id"] in undated else e for e in evs])
                    for arts, evs in batches[::-1]])
    kept = _fused_days(store)
    with store.session() as s:
        dated = s.execute(text("SELECT count(DISTINCT day) FROM events WHERE day < '9999-12-31'")).scalar()
        assert s.execute(text("SELECT count(*) FROM events WHERE day = '9999-12-31'")).scalar() > 0
    assert len({d for _, d, _ in kept}) == dated and all(d < LAST_DAY for _, d, _ in kept)
    assert len(kept) > len({i for i, _, _ in kept})  # groups with events on several days
    rebuild(store)  # `lagebild refuse`
    assert _fused_days(store) == kept
    days = sorted({d for _, d, _ in kept})
    mid = days[len(days) // 2]
    seen = 0
    for since, until in ((mid, None), (None, mid), (days[5], days[12]), (mid, mid), (days[-1], None),
                         (date(2031, 1, 1), None), (None, days[0])):
        f = queries.EventFilter(since=since, until=until)
        assert aggregates.dates_only(f)
        for args in ((50, 0, 1, False), (0, 0, 1, False), (7, 4, 2, False), (20, 0, 1, True), (10, 10_000, 1, False)):
            store.__dict__.pop("_view_cache", None)
            got = aggregates.fused_page(store, f, *args)
            assert got == _by_events(store, f, *args), (since, until, args)
            seen += got[0]
    assert seen > 500
    assert not aggregates.dates_only(queries.EventFilter(since=mid, country="USA"))
    store.close()


def test_a_store_of_schema_9_gets_the_days_of_its_fused_events(tmp_path: Path, batches: list) -> None:
    url = f"sqlite:///{tmp_path / 'v9.db'}"
    store = Store(url)
    _ingest(store, batches[:3])
    kept = _fused_days(store)
    since = queries.EventFilter(since=kept[len(kept) // 2][1])
    page = aggregates.fused_page(store, since, 20, 0)
    assert page[0] > 20
    with store.writing() as s:  # as a version-9 file looks: no fused_days table
        s.execute(text("DROP TABLE fused_days"))
        s.execute(text("UPDATE lagebild_meta SET value = '9' WHERE key = 'schema'"))
    store.close()
    reopened = Store(url)
    assert _fused_days(reopened) == kept
    assert aggregates.fused_page(reopened, since, 20, 0) == page
    with reopened.session() as s:
        assert s.execute(text("SELECT value FROM lagebild_meta WHERE key = 'schema'")).scalar() == SCHEMA_VERSION == "11"
    reopened.close()
