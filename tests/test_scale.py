"""Scale: process-pool and Dask extraction give the single-process result; streaming ingest keeps
its all-or-nothing guarantee; WARC archives and RSS/Atom feeds (`lagebild watch`) as inputs."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.ingest.parallel import ClusterError, extract_stream
from lagebild.ingest.readers import read_items, read_paths

from .conftest import EXAMPLES, SEED


def corpus() -> list:
    """The examples, plus the seed article when ../shared is present."""
    paths = [EXAMPLES] + ([SEED] if SEED.is_file() else [])
    return list(read_paths(paths))


def as_json(stream: Iterator) -> list[tuple[str, list[dict]]]:
    return [(a.id, [e.to_json() for e in events]) for a, events in stream]


@pytest.fixture(scope="module")
def single() -> list[tuple[str, list[dict]]]:
    return as_json(extract_stream(corpus(), workers=1))


def counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        return tuple(con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "events"))


# -- one machine, many cores ------------------------------------------------------------------------

def test_process_pool_equals_single_process(single: list) -> None:
    assert sum(len(ev) for _, ev in single) >= 10
    assert as_json(extract_stream(corpus(), workers=2, batch=1)) == single
    assert as_json(extract_stream(corpus(), workers=2, batch=4)) == single


def test_parallel_ingest_stores_what_a_single_process_stores(cli, tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert cli("ingest", EXAMPLES, "--db", one, "--workers", "1").code == 0
    r = cli("ingest", EXAMPLES, "--db", two, "--workers", "2", "--batch", "2")
    assert r.code == 0, r.err
    assert cli("events", "--db", one, "--format", "json").out == cli("events", "--db", two, "--format", "json").out
    assert "0 article(s) added, 5 already stored" in cli("ingest", EXAMPLES, "--db", two, "--workers", "2").out


def test_bad_article_late_in_a_parallel_stream_keeps_what_came_before(cli, tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    assert cli("ingest", EXAMPLES / "de-truppen-belarus.txt", "--db", db).code == 0
    before = counts(db)
    lines = [json.dumps({"id": f"w{i}", "text": f"Russia deployed {i} troops to Belarus.", "lang": "en"}) for i in range(40)]
    lines.append(json.dumps({"id": "fr", "text": "La Pologne achète des chars.", "lang": "fr"}))
    f = tmp_path / "wire.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("ingest", f, "--db", db, "--workers", "2", "--batch", "3")  # batches are written before the bad line
    lines = r.err.strip().splitlines()
    assert r.code == 1 and len(lines) == 1 and lines[0].startswith(f"lagebild: error: {f}:41: unknown language 'fr'")
    assert "40 article(s) of this run are stored; run it again to resume" in lines[0]
    assert counts(db)[0] == before[0] + 40  # every complete article before the bad one, with its events
    r = cli("ingest", f, "--db", db, "--workers", "2", "--skip-bad")
    assert "0 article(s) added, 40 already stored, 1 skipped as bad" in r.out


def test_unknown_engine_and_bad_worker_count(cli, tmp_path: Path) -> None:
    r = cli("ingest", EXAMPLES, "--db", tmp_path / "x.db", "--engine", "spark")
    assert r.code == 2 and "--engine" in r.err and "spark" in r.err
    with pytest.raises(InputError, match="--workers"):
        list(extract_stream(corpus(), workers=-1))


# -- a cluster ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as c:
        yield c.scheduler_address


def test_dask_cluster_equals_single_process(cluster: str, single: list) -> None:
    assert as_json(extract_stream(corpus(), engine="dask", scheduler=cluster, batch=2)) == single


def test_cli_ingest_on_dask(cli, cluster: str, tmp_path: Path) -> None:
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    assert cli("ingest", EXAMPLES, "--db", local, "--workers", "1").code == 0
    r = cli("ingest", EXAMPLES, "--db", dask, "--engine", "dask", "--scheduler", cluster)
    assert r.code == 0, r.err
    assert cli("events", "--db", local, "--format", "json").out == cli("events", "--db", dask, "--format", "json").out


def test_unreachable_scheduler_is_one_line_and_stores_nothing(cli, tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    assert cli("ingest", EXAMPLES / "de-truppen-belarus.txt", "--db", db).code == 0
    before = counts(db)
    r = cli("ingest", EXAMPLES, "--db", db, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    assert "tcp://127.0.0.1:9" in r.err and "cannot reach the Dask scheduler" in r.err
    assert counts(db) == before
    with pytest.raises(InputError, match="--scheduler"):
        list(extract_stream(corpus(), engine="dask"))
    assert issubclass(ClusterError, Exception)


# -- WARC archives -----------------------------------------------------------------------------------

PAGES = {
    "https://news.example/truppen": ("Truppen an der Grenze", "Russland hat nach ukrainischen Angaben rund 4.000 Soldaten "
                                     "nach Belarus verlegt. Die Regierung in Kiew zeigte sich besorgt über die "
                                     "Entwicklung an der Nordgrenze des Landes."),
    "https://news.example/summit": ("Summit in Manila", "Japan's prime minister met President Ferdinand Marcos in Manila "
                                    "on Tuesday. The two leaders signed a defence agreement, officials said."),
}


def write_warc(path: Path) -> None:
    """A small crawl: two news pages, an image, a redirect and a WET-style text conversion."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        w = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, (title, body) in PAGES.items():
            html = (f"<html><head><title>{title}</title><meta property='article:published_time' "
                    f"content='2025-02-20T08:00:00+01:00'></head><body><nav>Start | Politik | Sport</nav>"
                    f"<article><h1>{title}</h1><p>{body}</p></article><footer>© Beispiel</footer></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/a.png", "response", payload=io.BytesIO(b"\x89PNG..."),
                                            http_headers=png))
        moved = StatusAndHeaders("301 Moved", [("Location", "https://news.example/"), ("Content-Type", "text/html")],
                                 protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/old", "response", payload=io.BytesIO(b"<html></html>"),
                                            http_headers=moved))
        text = b"Die Ukraine meldet, dass Russland 300 Panzer nach Kursk verlegt hat."
        w.write_record(w.create_warc_record("https://news.example/wet", "conversion", payload=io.BytesIO(text),
                                            warc_content_type="text/plain"))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_become_articles(cli, tmp_path: Path, name: str) -> None:
    warc = tmp_path / name
    write_warc(warc)
    items = list(read_items([warc]))
    assert len(items) == 3  # two HTML pages and the text conversion; the image and the redirect are skipped
    articles = list(read_paths([warc]))
    assert [a.url for a in articles] == [*PAGES, "https://news.example/wet"]
    assert articles[0].title == "Truppen an der Grenze" and "Startseite" not in articles[0].text
    assert str(articles[0].published) == "2025-02-20" and articles[0].origin.startswith(f"{warc}@")
    db = tmp_path / "warc.db"
    r = cli("ingest", warc, "--db", db, "--workers", "2")
    assert r.code == 0, r.err and "3 article(s) added" in r.out
    events = json.loads(cli("events", "--db", db, "--format", "json").out)
    assert {"MOBILIZE", "CONSULT"} <= {e["event_type"] for e in events}


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_truncated_warc_is_one_line_and_stores_nothing(cli, tmp_path: Path, name: str) -> None:
    whole = tmp_path / f"whole-{name}"
    write_warc(whole)
    data = whole.read_bytes()
    db = tmp_path / "kept.db"
    assert cli("ingest", EXAMPLES / "de-truppen-belarus.txt", "--db", db).code == 0
    before = counts(db)
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        bad = tmp_path / name
        bad.write_bytes(data[:cut])
        r = cli("ingest", bad, "--db", db)
        lines = r.err.strip().splitlines()
        assert r.code == 1 and len(lines) == 1, (cut, r.err)
        assert str(bad) in lines[0] and ("truncated" in lines[0] or "not a valid WARC" in lines[0]), lines[0]
        assert counts(db) == before
    junk = tmp_path / "junk.warc"
    junk.write_text("<html>not an archive</html>\n", encoding="utf-8")
    r = cli("ingest", junk, "--db", db)
    assert r.code == 1 and "not a valid WARC archive" in r.err and counts(db) == before


# -- feeds ---------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Beispiel</title><link>https://news.example/</link>
<description>Nachrichten</description><language>de-de</language>{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><link>https://news.example/{n}</link><guid>https://news.example/{n}</guid>
<pubDate>Thu, 20 Feb 2025 08:00:00 +0100</pubDate><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"""
ENTRIES = [
    ("Truppen", "Russland hat nach ukrainischen Angaben rund 4.000 Soldaten nach Belarus verlegt."),
    ("Gipfel", "Der polnische Präsident traf den litauischen Präsidenten am Dienstag in Warschau."),
    ("Panzer", "Polen kauft nach Angaben der Regierung 180 Panzer in Südkorea."),
]
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:example</id><updated>2025-06-18T10:00:00Z</updated>
<entry><title>Summit</title><id>urn:example:1</id><link href="https://news.example/summit"/>
<updated>2025-06-18T10:00:00Z</updated><content type="html">&lt;p&gt;Japan's prime minister met President Ferdinand
Marcos in Manila on Tuesday.&lt;/p&gt;</content></entry></feed>"""


def rss(n: int) -> str:
    return RSS.format(items="".join(ITEM.format(n=i, title=t, text=x) for i, (t, x) in enumerate(ENTRIES[:n])))


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    (tmp_path / "de.rss").write_text(rss(2), encoding="utf-8")
    (tmp_path / "en.atom").write_text(ATOM, encoding="utf-8")
    lst = tmp_path / "FEEDS.txt"
    lst.write_text(f"# two feeds\nde.rss\nfile://{tmp_path / 'en.atom'}  # an URL\n", encoding="utf-8")
    return lst


def test_watch_stores_new_entries_and_remembers_them_across_restarts(cli, feeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "watch.db"
    r = cli("watch", feeds, "--db", db, "--once")
    assert r.code == 0, r.err
    assert re.fullmatch(r"poll 1: 2 of 2 feed\(s\) read, 3 new entries, 3 article\(s\) and [1-9]\d* event\(s\) added",
                        r.out.strip()), r.out
    stored = counts(db)
    assert stored[0] == 3 and stored[1] >= 3
    state = json.loads((tmp_path / "FEEDS.txt.state.json").read_text(encoding="utf-8"))
    assert sum(len(f["seen"]) for f in state["feeds"].values()) == 3
    # a restart: nothing new, nothing stored twice
    r = cli("watch", feeds, "--db", db, "--max-polls", "2", "--interval", "0")
    assert r.out.splitlines() == [f"poll {n}: 2 of 2 feed(s) read, 0 new entries, 0 article(s) and 0 event(s) added"
                                  for n in (1, 2)]
    # the feed gains an entry: only that one is read
    (tmp_path / "de.rss").write_text(rss(3), encoding="utf-8")
    r = cli("watch", feeds, "--db", db, "--once")
    assert "1 new entry, 1 article(s)" in r.out and counts(db)[0] == 4
    arts = json.loads(cli("events", "--db", db, "--format", "json", "--type", "MOBILIZE").out)
    assert arts and arts[0]["source"]["country"] == "RUS"


def test_watch_reports_a_malformed_feed_and_goes_on(cli, feeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "watch.db"
    (tmp_path / "broken.rss").write_text(rss(2)[:300], encoding="utf-8")
    feeds.write_text("broken.rss\nmissing.rss\n", encoding="utf-8")
    r = cli("watch", feeds, "--db", db, "--once")
    assert r.code == 1
    lines = r.err.strip().splitlines()
    assert len(lines) == 2 and "broken.rss: malformed feed" in lines[0] and "missing.rss: no such file" in lines[1]
    assert counts(db) == (0, 0)
    feeds.write_text(f"broken.rss\nfile://{tmp_path / 'en.atom'}\n", encoding="utf-8")
    r = cli("watch", feeds, "--db", db, "--once")
    assert r.code == 1 and "1 of 2 feed(s) read, 1 new entry" in r.out and counts(db)[0] == 1
    empty = tmp_path / "EMPTY.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    r = cli("watch", empty, "--db", db, "--once")
    assert r.code == 1 and "no feeds listed" in r.err


def test_watch_over_http_uses_conditional_requests(cli, feeds: Path, tmp_path: Path) -> None:
    served = tmp_path / "www"
    served.mkdir()
    (served / "de.rss").write_text(rss(2), encoding="utf-8")
    requests: list[str] = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            requests.append(f"{self.command} {self.path} {self.headers.get('If-Modified-Since') is not None}")

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        feeds.write_text(f"{base}/de.rss\n{base}/gone.rss\n", encoding="utf-8")
        db = tmp_path / "http.db"
        r = cli("watch", feeds, "--db", db, "--max-polls", "2", "--interval", "0")
        assert r.code == 1 and r.err.strip() == "\n".join([f"lagebild: error: {base}/gone.rss: HTTP 404 File not found"] * 2)
        assert r.out.splitlines()[0].startswith("poll 1: 1 of 2 feed(s) read, 2 new entries, 2 article(s)")
        assert counts(db)[0] == 2
        # the second poll asked "changed since?" and the server said no
        assert [q for q in requests if "de.rss" in q][1].endswith("True")
    finally:
        server.shutdown()


def test_skip_bad_reports_and_stores_the_rest(cli, tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in [
        {"id": "ok-1", "text": "Russia deployed troops to Belarus.", "lang": "en", "published": "2025-01-02"},
        {"id": "fr", "text": "La Pologne achète des chars.", "lang": "fr", "published": "2025-01-02"},
        {"id": "ok-2", "text": "Japan's prime minister met President Ferdinand Marcos in Manila.", "lang": "en",
         "published": "2025-01-02"},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "mixed.db"
    r = cli("ingest", f, "--db", db, "--skip-bad", "--workers", "2")
    assert r.code == 0, r.err
    assert r.err.strip().startswith(f"lagebild: warning: skipped {f}:2: unknown language 'fr'")
    assert len(r.err.strip().splitlines()) == 1
    assert "2 article(s) added, 0 already stored, 1 skipped as bad" in r.out and counts(db)[0] == 2


def test_new_commands_have_help(cli) -> None:
    r = cli("watch", "--help")
    assert r.code == 0 and "--once" in r.out and "--max-polls" in r.out and "--state" in r.out
    r = cli("ingest", "--help")
    assert r.code == 0 and "--workers" in r.out and "--engine" in r.out and "--scheduler" in r.out


def test_single_process_batches_equal_articles_run_alone(single: list) -> None:
    """One process runs a few articles at a time (their parses in one batch): the same events."""
    from lagebild.pipeline import Pipeline

    pipe = Pipeline()
    assert [(a.id, [e.to_json() for e in pipe(a).events]) for a in corpus()] == single

