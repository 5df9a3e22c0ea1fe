"""CLI and API consistency (review37): an unknown --type or --modality is a usage error (exit 2, one line) as a blank
--actor is; a blank ``source=`` or ``article=`` is refused with 422 as a blank ``actor=`` is, and an unknown ``type``
or a reversed date range answers 422 like FastAPI's own checks of the other filters; ``serve`` on a port another
program listens on fails in one line (exit 1) before anything is loaded."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.mark.parametrize("command", ["events", "export", "fused"])
def test_an_unknown_type_is_a_usage_error_in_one_line(cli, tmp_path: Path, command: str) -> None:  # noqa: ANN001
    db = tmp_path / "store.db"
    r = cli(command, "--db", db, "--type", "INVADE")
    lines = r.err.strip().splitlines()
    assert r.code == 2 and len(lines) == 1 and "Traceback" not in r.err, r.err
    assert lines[0].startswith("lagebild: error: --type: unknown event type 'INVADE'"), r.err
    assert not db.exists()  # refused before any database is opened or created


def test_an_unknown_modality_is_a_usage_error_too(cli, tmp_path: Path) -> None:  # noqa: ANN001
    r = cli("events", "--db", tmp_path / "store.db", "--modality", "maybe")
    assert r.code == 2 and r.err.strip().startswith("lagebild: error: --modality: unknown modality 'maybe'"), r.err


@pytest.fixture()
def client(tmp_path: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from lagebild.serve.api import create_app
    from lagebild.store.db import Store

    url = f"sqlite:///{tmp_path / 'api.db'}"
    Store(url)
    with TestClient(create_app(url)) as api:
        yield api


@pytest.mark.parametrize("path", ["/api/events", "/api/network", "/api/fused", "/api/actors"])
@pytest.mark.parametrize("name", ["source", "article"])
def test_a_blank_source_or_article_is_refused_like_a_blank_actor(client, path: str, name: str) -> None:  # noqa: ANN001
    for blank in ("", "  "):
        r = client.get(path, params={name: blank})
        assert r.status_code == 422, r.text
        body = r.json()["error"]
        assert body["message"].startswith(f"invalid input: query.{name}: empty {name}"), r.text
        assert body["detail"] == [{"where": f"query.{name}", "problem": body["message"].split(": ", 2)[2]}]
    assert client.get(path, params={name: "none" if name == "source" else "a-1"}).status_code == 200


def test_stories_refuse_a_blank_article_too(client) -> None:  # noqa: ANN001
    assert client.get("/api/stories", params={"article": ""}).status_code == 422
    assert client.get("/api/stories", params={"article": "a-1"}).status_code == 200


@pytest.mark.parametrize(("params", "where"), [({"type": "INVADE"}, "query.type"), ({"modality": "maybe"}, "query.modality"),
                                               ({"country": "Germany"}, "query.country"),
                                               ({"since": "2025-05-01", "until": "2025-01-01"}, "query.until")])
def test_each_filters_bad_value_answers_with_the_same_code_and_body(client, params: dict[str, str],  # noqa: ANN001
                                                                    where: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    body = r.json()["error"]
    assert body["status"] == 422 and body["message"].startswith("invalid input: ") and where in body["message"]
    assert [p["where"] for p in body["detail"]] == [where]


def test_serve_on_a_port_in_use_fails_in_one_line(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: ANN001
    import uvicorn

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("uvicorn.run must not be reached")

    monkeypatch.setattr(uvicorn, "run", never)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        db = tmp_path / "store.db"
        r = cli("serve", "--db", db, "--host", "127.0.0.1", "--port", str(port))
    lines = r.err.strip().splitlines()
    assert r.code == 1 and len(lines) == 1 and "Traceback" not in r.err, r.err
    assert lines[0] == f"lagebild: error: --port: port {port} on 127.0.0.1 is in use by another program: stop it or " \
                       "give another --port", r.err
    assert not db.exists()


def test_serve_on_a_free_port_reaches_uvicorn(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: ANN001
    import uvicorn

    ran: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda _app, host, port, log_level: ran.append(port))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free again once closed
    from lagebild.store.db import Store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    Store(url)
    r = cli("serve", "--db", url, "--host", "127.0.0.1", "--port", str(port))
    assert r.code == 0 and ran == [port], r.err
