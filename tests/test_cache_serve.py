"""`lagebild serve` and the knowledge cache (round 27, stab27): a writable server loads its pipeline before uvicorn
starts any thread, so a missing cache entry is built in a forked child (knowledge/cache.py) and the first request
after a cold start finds every index loaded, as after a warm one. A read-only server builds no entry at all."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")


def test_a_writable_server_loads_its_pipeline_before_any_thread_starts(cli, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from lagebild.serve import api

    calls: list[tuple[str, Any]] = []
    before = threading.active_count()

    def create_app(db: str, token: str | None = None, preload: bool = False, **kw: Any) -> Any:
        calls.append(("create_app", (token is not None, preload, threading.active_count())))
        return real(db, token=token, preload=False, **kw)  # the pipeline itself is not loaded here (slow)

    real = api.create_app
    monkeypatch.setattr(api, "create_app", create_app)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append(("uvicorn.run", threading.active_count())))
    token = tmp_path / "token"
    token.write_text("secret\n", encoding="utf-8")
    r = cli("serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--token-file", token)
    assert r.code == 0, r.err
    assert [c[0] for c in calls] == ["create_app", "uvicorn.run"]
    assert calls[0][1] == (True, True, before)  # preloaded, with no thread of the server's own alive: fork is safe


def test_a_read_only_server_builds_no_cache_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from lagebild.knowledge import cache
    from lagebild.serve.api import create_app

    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path / "cache"))
    built: list[str] = []
    monkeypatch.setattr(cache, "_build_apart", lambda where, name, path, build: built.append(name) or False)
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'y.db'}"), headers={"host": "localhost"})
    for url in ("/api/summary", "/api/events?actor=iran", "/api/facets", "/api/actors", "/api/stories"):
        assert client.get(url).status_code == 200, url
    assert built == []
