"""API guards: the token before the body, a body cap, trusted Host names, browser security
headers, literal LIKE filters, ids of any characters, 409 on a clash, 503 on a busy database."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from lagebild.serve.api import create_app  # noqa: E402

from .conftest import EXAMPLES  # noqa: E402

TOKEN = "sec-token-5678"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BODY = {"text": "Polen hat am Montag Truppen nach Litauen verlegt.", "lang": "de", "published": "2024-10-23"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lagebild.ingest.readers import read_paths
    from lagebild.pipeline import Pipeline
    from lagebild.store.db import Store

    path = tmp_path_factory.mktemp("sec") / "picture.db"
    pipeline = Pipeline()
    Store(f"sqlite:///{path}").add_many([(a, pipeline(a).events) for a in read_paths([EXAMPLES])])
    return path


@pytest.fixture
def api(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(f"sqlite:///{db}", token=TOKEN)) as client:
        yield client


def _asgi(app: object, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> tuple[int, int]:
    """(status, body chunks the app asked for) of one raw POST /api/articles."""
    sent: list[dict] = []
    asked = 0

    async def receive() -> dict:
        nonlocal asked
        asked += 1
        if asked <= len(chunks):
            return {"type": "http.request", "body": chunks[asked - 1], "more_body": asked < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "raw_path": b"/api/articles",
             "query_string": b"", "headers": [(b"host", b"localhost"), *headers], "http_version": "1.1",
             "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5000), "root_path": ""}
    asyncio.run(app(scope, receive, send))  # type: ignore[operator]
    return next(m["status"] for m in sent if m["type"] == "http.response.start"), asked


def test_token_is_checked_before_the_body_is_read(db: Path) -> None:
    app = create_app(f"sqlite:///{db}", token=TOKEN)
    big = [(b"content-type", b"application/json"), (b"content-length", str(100 << 20).encode())]
    assert _asgi(app, big, [b"x" * 1000] * 5) == (401, 0)
    assert _asgi(app, [*big, (b"authorization", b"Bearer wrong")], [b"x"]) == (403, 0)


def test_body_over_the_cap_is_413(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_API_MAX_BODY", "2000")
    app = create_app(f"sqlite:///{db}", token=TOKEN)
    auth = [(b"authorization", f"Bearer {TOKEN}".encode()), (b"content-type", b"application/json")]
    assert _asgi(app, [*auth, (b"content-length", b"5000")], [b"x" * 5000])[0] == 413
    status, asked = _asgi(app, auth, [b'{"text": "' + b"a" * 900] * 10)  # chunked, no length
    assert status == 413 and asked <= 4
    with TestClient(app) as client:
        r = client.post("/api/articles", json={**BODY, "text": "x" * 3000}, headers=AUTH)
        assert r.status_code == 413 and "LAGEBILD_API_MAX_BODY" in r.json()["error"]["message"]


def test_unknown_host_is_refused(api: TestClient, db: Path) -> None:
    r = api.get("/api/summary", headers={"Host": "attacker.example"})
    assert r.status_code == 400 and "attacker.example" in r.json()["error"]["message"]
    for host in ("localhost:8000", "127.0.0.1", "[::1]:8000"):
        assert api.get("/api/summary", headers={"Host": host}).status_code == 200, host
    with TestClient(create_app(f"sqlite:///{db}", allowed_hosts=["news.example"])) as client:
        assert client.get("/api/summary", headers={"Host": "news.example"}).status_code == 200
        assert client.get("/api/summary", headers={"Host": "localhost"}).status_code == 400
    with TestClient(create_app(f"sqlite:///{db}", allowed_hosts=["*.example"])) as client:
        assert client.get("/api/summary", headers={"Host": "a.news.example"}).status_code == 200
        assert client.get("/api/summary", headers={"Host": "example.org"}).status_code == 400
    with TestClient(create_app(f"sqlite:///{db}", allowed_hosts=["*"])) as client:
        assert client.get("/api/summary", headers={"Host": "anything.test"}).status_code == 200


def test_security_headers_on_every_response(api: TestClient) -> None:
    for path in ("/", "/api/summary", "/api/nothing", "/static/app.js"):
        h = api.get(path).headers
        assert "default-src 'self'" in h["content-security-policy"] and "frame-ancestors 'none'" in h[
            "content-security-policy"], path
        assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff", path


def test_like_wildcards_match_literally(api: TestClient) -> None:
    assert api.get("/api/events").json()["total"] > 0
    for query in ("actor=%25", "actor=_", "source=_", "source=%25"):
        assert api.get(f"/api/events?{query}").json()["total"] == 0, query
    assert api.get("/api/events?actor=rus").json()["total"] > 0


def test_ids_of_any_characters_are_readable(api: TestClient, db: Path) -> None:
    from urllib.parse import quote

    from lagebild.model import Article
    from lagebild.store.db import Store

    ids = ["agency/2024/10/report", "a b?c#d%e", "ü/ä/", "../x"]
    Store(f"sqlite:///{db}").add_many([(Article(f"{BODY['text']} ({aid})", id=aid, lang="de"), []) for aid in ids])
    for aid in ids:  # ids come from front matter and feeds, where anything goes
        got = api.get(f"/api/articles/{quote(aid, safe='')}")
        assert got.status_code == 200 and aid in got.text, (aid, got.text[:200])


def test_id_clash_is_409_even_when_it_races(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.store import queries

    assert api.post("/api/articles", json={**BODY, "id": "race"}, headers=AUTH).status_code == 201
    real = queries.article_hash
    calls = iter([None])  # the early check misses: another request stored the id meanwhile
    monkeypatch.setattr(queries, "article_hash", lambda store, aid: next(calls, real(store, aid)))
    r = api.post("/api/articles", json={**BODY, "id": "race", "text": "Ein ganz anderer Text über Polen."},
                 headers=AUTH)
    assert r.status_code == 409 and "race" in r.json()["error"]["message"]


def test_busy_database_is_503_without_paths(api: TestClient, db: Path) -> None:
    con = sqlite3.connect(db, timeout=1)
    con.execute("BEGIN EXCLUSIVE")
    try:
        r = api.post("/api/articles", json={**BODY, "id": "busy", "text": "Litauen verlegte Truppen nach Polen."},
                     headers=AUTH)
    finally:
        con.rollback()
        con.close()
    assert r.status_code == 503, r.text
    assert str(db.parent) not in r.text and "picture.db" not in r.text
