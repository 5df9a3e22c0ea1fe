"""The store at scale: incremental fusion equals a rebuild from scratch (and the in-memory fusion),
concurrent writers into one SQLite file all finish, a SIGKILLed ingest leaves an intact database
of complete articles that a re-run completes, and the views page and search in SQL."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from lagebild.fuse import build_stories, fuse_events
from lagebild.fuse.incremental import rebuild
from lagebild.store import aggregates, queries
from lagebild.store.db import Store

from .test_fuse import REPORTS

ROOT = Path(__file__).resolve().parent.parent

# Our own sentences: a few happenings reported by several outlets on nearby days.
TEMPLATES = [
    ("en", "Russia has deployed {n} troops to Belarus, {who} said."),
    ("de", "Russland hat nach Angaben von {who} rund {n} Soldaten nach Belarus verlegt."),
    ("en", "Poland's president met Lithuania's president in Vilnius on {day}."),
    ("en", "Iran denied that it had sent drones to Russia."),
    ("de", "Die Ukraine hat Russland einen Angriff auf Charkiw vorgeworfen."),
    ("en", "The European Union imposed sanctions on Iran, {who} said."),
]
WHO = ["Ukrainian officials", "Polish intelligence", "the Lithuanian defence ministry", "a NATO spokesman"]


def wire(n: int, seed: int = 7) -> list[dict]:
    """``n`` short articles by several outlets over three weeks (ids, texts and URLs all distinct)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang, tpl = TEMPLATES[i % len(TEMPLATES)]
        day = 1 + rng.randrange(21)
        text = tpl.format(n=f"{rng.randrange(1, 9)},000" if lang == "en" else f"{rng.randrange(1, 9)}.000",
                          who=rng.choice(WHO), day=f"March {day}")
        out.append({"id": f"w{i:04d}", "lang": lang, "published": f"2025-03-{day:02d}",
                    "url": f"https://outlet-{i % 7}.example/{i}", "title": f"Report {i}", "text": f"{text} ({i})"})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def picture(store: Store) -> tuple[list, list]:
    """The stored fused events and stories, comparable across databases."""
    _, fused = aggregates.fused_page(store, None, 0, 0)
    _, stories = aggregates.story_page(store, 0, 0)
    return sorted(fused, key=lambda f: f["fused_id"]), sorted(stories, key=lambda s: s["story_id"])


def test_incremental_fusion_equals_refuse_and_the_in_memory_fusion(cli, tmp_path: Path) -> None:
    rows = wire(60) + REPORTS
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    # a: one run, in order; b: reversed, in small batches, in two runs
    assert cli("ingest", write_jsonl(tmp_path / "all.jsonl", rows), "--db", a, "--workers", "1").code == 0
    rev = rows[::-1]
    assert cli("ingest", write_jsonl(tmp_path / "r1.jsonl", rev[:30]), "--db", b, "--batch", "3", "--workers", "1").code == 0
    assert cli("ingest", write_jsonl(tmp_path / "r2.jsonl", rev[30:]), "--db", b, "--batch", "5", "--workers", "1").code == 0
    sa, sb = Store(str(a)), Store(str(b))
    inc_a, inc_b = picture(sa), picture(sb)
    assert inc_a[0] and len(inc_a[1]) >= 2
    assert any(len(f["articles"]) > 3 for f in inc_a[0])  # real merging happened
    assert inc_a == inc_b
    rebuild(sb)
    assert picture(sb) == inc_a
    r = cli("refuse", "--db", a)
    assert r.code == 0 and f"{len(inc_a[0])} fused event(s)" in r.out
    assert picture(Store(str(a))) == inc_a
    # the tables hold exactly what the in-memory fusion computes
    articles = {x["id"]: x for x in sa.articles()}
    fused = fuse_events(sa.events(), articles)
    assert sorted(fused, key=lambda f: f["fused_id"]) == inc_a[0]
    stories = build_stories(fused, articles)
    assert {s["story_id"]: s["articles"] for s in stories} == {s["story_id"]: s["articles"] for s in inc_a[1]}
    # the wire spans three weeks: no fused event or story reaches across a week
    from lagebild.fuse.events import period
    from lagebild.fuse.stories import fused_period

    weeks = {f["fused_id"]: fused_period(f) for f in fused}
    assert all(period(date.fromisoformat(f["last_seen"])) == weeks[f["fused_id"]] for f in fused if f["last_seen"])
    assert all(len({weeks[i] for i in s["fused_ids"]}) == 1 for s in stories) and len(set(weeks.values())) >= 3


def test_cli_fused_and_stories_take_limits_and_filters(cli, tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    assert cli("ingest", write_jsonl(tmp_path / "w.jsonl", wire(40) + REPORTS), "--db", db, "--workers", "1").code == 0
    everything = json.loads(cli("fused", "--db", db, "--json", "--limit", "1000").out)
    two = json.loads(cli("fused", "--db", db, "--json", "--limit", "2").out)
    assert len(everything) > 2 and two == everything[:2]
    mob = json.loads(cli("fused", "--db", db, "--json", "--type", "MOBILIZE", "--min-sources", "2").out)
    assert mob and all(f["event_type"] == "MOBILIZE" and f["corroboration"] >= 2 for f in mob)
    assert "of" in cli("fused", "--db", db, "--limit", "1").out
    blr = json.loads(cli("stories", "--db", db, "--json", "--country", "BLR", "--limit", "1").out)
    assert len(blr) == 1 and "BLR" in blr[0]["countries"]


def test_fusion_counts_outlets_and_named_sources_never_the_actor(cli, tmp_path: Path) -> None:
    from lagebild.fuse.events import publisher

    ev = {"event_type": "SANCTION", "source": {"actor_id": "EU", "name": "European Union", "country": None, "sector": None},
          "target": {"country": "IRN", "actor_id": "IRN"}, "modality": "factual", "hedged": False, "location": None,
          "date": {"value": "2025-03-02"}, "quantities": [], "denied_by": []}
    a = {**ev, "event_id": "a", "article": "x", "evidence": {"sentence": "one", "start": 0},
         "attribution": [{"text": "the EU", "name": "European Union", "country": None, "sector": None}]}
    b = {**ev, "event_id": "b", "article": "y", "evidence": {"sentence": "two", "start": 0},
         "attribution": [{"text": "officials", "name": "unnamed", "country": None, "sector": None}],
         "denied_by": [{"text": "Tehran", "name": "Iran", "country": "IRN"}, {"text": "Iran", "name": "Iran", "country": "IRN"}]}
    arts = {"x": {"url": "https://www.paper-x.example/1"}, "y": {"url": "https://wire-y.example/2"}}
    [f] = fuse_events([a, b], arts)
    assert sorted(s["name"] for s in f["sources"]) == ["paper-x.example", "wire-y.example"]
    assert f["corroboration"] == 2
    assert [d["name"] for d in f["denied_by"]] == ["Iran"]
    assert [c["detail"] for c in f["contradictions"] if c["kind"] == "denial"] == ["denied by Iran"]
    assert publisher("z", {"origin": "feeds/agency.jsonl:3"}) == "agency.jsonl"
    assert publisher("z", {"outlet": "Agency Z"}) == "Agency Z"
    civ = {**a, "source": {"country": "GEO", "sector": "CIV", "actor_id": "GEO-CIV"}, "target": None, "attribution": []}
    gov = {**b, "source": {"country": "GEO", "sector": "GOV", "actor_id": "GEO-GOV"}, "target": None, "attribution": [],
           "denied_by": []}
    [g] = fuse_events([civ, gov], arts)
    assert [c["kind"] for c in g["contradictions"]] == ["source"] and "CIV" in g["contradictions"][0]["detail"]


def test_views_page_and_search_in_the_database(cli, tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    assert cli("ingest", write_jsonl(tmp_path / "w.jsonl", wire(50)), "--db", db, "--workers", "1").code == 0
    store = Store(str(db))
    total, first, nxt = queries.event_page(store, queries.EventFilter(), 7, 0)
    walked, after = list(first), nxt
    while after:
        _, page, after = queries.event_page(store, queries.EventFilter(), 7, after=after)
        walked += page
    assert len(walked) == total and walked == queries.event_page(store, queries.EventFilter(), total, 0)[1]
    n, hits, _ = queries.event_page(store, queries.EventFilter(q="vilni"), 100, 0)  # word prefix
    assert n >= 1 and all("vilnius" in queries.haystack(e) for e in hits)
    assert queries.event_page(store, queries.EventFilter(q="vilnius zzzz"), 10, 0)[0] == 0
    art_total, arts = queries.article_page(store, "Soldaten", None, 5, 0)
    assert art_total >= 1 and all("text" not in a for a in arts)


# -- concurrent writers and kills -----------------------------------------------------------------

def lagebild(*args: object, **kw: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lagebild", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, **kw)  # type: ignore[call-overload]


def check_db(db: Path) -> tuple[int, int]:
    """Integrity, and every stored article has all its events; returns (articles, events)."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        bad = con.execute("SELECT count(*) FROM articles a WHERE a.n_events != "
                          "(SELECT count(*) FROM events e WHERE e.article_id = a.id)").fetchone()[0]
        assert bad == 0
        orphans = con.execute("SELECT count(*) FROM events e LEFT JOIN fused_members m ON m.event_pk = e.pk "
                              "WHERE m.event_pk IS NULL").fetchone()[0]
        assert orphans == 0
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events"))  # type: ignore[return-value]


def test_concurrent_ingests_and_a_watch_all_finish(tmp_path: Path) -> None:
    rows = wire(120)
    db = tmp_path / "shared.db"
    one = write_jsonl(tmp_path / "one.jsonl", rows[:80])
    two = write_jsonl(tmp_path / "two.jsonl", rows[40:])  # overlapping: 40 articles in both
    feed = tmp_path / "feed.xml"
    items = "".join(f"<item><title>t{i}</title><guid>g{i}</guid><description>Russia has deployed {i},000 troops to "
                    f"Belarus, Polish officials said.</description><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>"
                    for i in range(1, 6))
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><language>en</language>{items}'
                    "</channel></rss>", encoding="utf-8")
    (tmp_path / "feeds.txt").write_text(f"{feed}\n", encoding="utf-8")
    procs = [lagebild("ingest", one, "--db", db, "--batch", "4", "--workers", "1"),
             lagebild("ingest", two, "--db", db, "--batch", "3", "--workers", "2"),
             lagebild("watch", tmp_path / "feeds.txt", "--db", db, "--once")]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    assert check_db(db)[0] == 125
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == 125
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    # stored once, fused the same as a rebuild from scratch
    store = Store(str(db))
    before = picture(store)
    rebuild(store)
    assert picture(store) == before


def test_sigkill_leaves_complete_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    rows = wire(160, seed=3)
    src = write_jsonl(tmp_path / "long.jsonl", rows)
    db = tmp_path / "killed.db"
    rng = random.Random(11)
    for _ in range(3):
        p = lagebild("ingest", src, "--db", db, "--batch", "5", "--workers", "1", "--quiet")
        time.sleep(rng.uniform(3.0, 8.0))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
        p.communicate()
        if db.exists():
            check_db(db)
    p = lagebild("ingest", src, "--db", db, "--batch", "5", "--workers", "2")
    out, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    assert check_db(db)[0] == 160
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, (wal.stat().st_size, err)


def test_api_fused_filters_and_event_cursor(cli, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from lagebild.serve.api import create_app

    db = tmp_path / "api.db"
    assert cli("ingest", write_jsonl(tmp_path / "w.jsonl", wire(30) + REPORTS), "--db", db, "--workers", "1").code == 0
    with TestClient(create_app(str(db))) as api:
        every = api.get("/api/fused", params={"limit": 500}).json()
        two = api.get("/api/fused", params={"limit": 500, "min_sources": 2}).json()
        assert 0 < two["total"] < every["total"] and all(f["corroboration"] >= 2 for f in two["items"])
        disputed = api.get("/api/fused", params={"limit": 500, "contradicted": "true"}).json()["items"]
        assert disputed and all(f["contradictions"] for f in disputed)
        first = api.get("/api/events", params={"limit": 5}).json()
        second = api.get("/api/events", params={"limit": 5, "after": first["next"]}).json()
        assert second["items"] == api.get("/api/events", params={"limit": 5, "offset": 5}).json()["items"]
        assert api.get("/api/events", params={"after": "nonsense"}).json()["error"]["status"] == 400
        ev = first["items"][0]
        got = api.get(f"/api/events/{ev['event_id']}").json()
        assert got["fused_id"] and ev["event_id"] in api.get(f"/api/fused/{got['fused_id']}").json()["event_ids"]
