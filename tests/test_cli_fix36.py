"""Round 36 (fix36): a blank actor filter is refused instead of filtering nothing (CLI exit 2, API 422), the
API's language error names its request field 'lang' (the CLI keeps --lang), and `serve` with a host it cannot
listen on fails in the project's one line before opening anything (uvicorn logged its own error, exit 3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lagebild.errors import InputError

TOKEN = "fix36-token-5678"
FRENCH = "Le gouvernement a annoncé mardi une nouvelle réforme des retraites pour les fonctionnaires."  # written for this test


@pytest.mark.parametrize("command", ["events", "export", "fused"])
@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_actor_option_is_a_usage_error(cli, tmp_path: Path, command: str, blank: str) -> None:  # noqa: ANN001
    db = tmp_path / "store.db"
    r = cli(command, "--db", db, "--actor", blank)
    assert r.code == 2 and "Traceback" not in r.err, r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lagebild: error: --actor: empty actor"), r.err
    assert not db.exists()  # refused before any database is opened or created


def test_actor_help_says_a_blank_value_is_an_error(cli) -> None:  # noqa: ANN001
    for command in ("events", "fused"):
        out = " ".join(cli(command, "--help").out.replace("│", " ").split()).casefold()
        assert "a blank value is an error" in out, out


@pytest.fixture()
def client(tmp_path: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from lagebild.serve.api import create_app
    from lagebild.store.db import Store

    url = f"sqlite:///{tmp_path / 'api.db'}"
    Store(url)
    with TestClient(create_app(url, token=TOKEN)) as api:
        yield api


@pytest.mark.parametrize("path", ["/api/events", "/api/network", "/api/fused", "/api/actors"])
def test_a_blank_actor_parameter_is_refused_with_422(client, path: str) -> None:  # noqa: ANN001
    for blank in ("", "  "):
        r = client.get(path, params={"actor": blank})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["message"].startswith("invalid input: query.actor: empty actor"), r.text
    assert client.get(path, params={"actor": "Iran"}).status_code == 200  # a real value still filters
    assert client.get(path).status_code == 200


def test_the_api_documents_the_blank_actor_rule(client) -> None:  # noqa: ANN001
    params = client.get("/api/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]
    actor = next(p for p in params if p["name"] == "actor")
    assert "blank value is refused" in actor["description"]


@pytest.mark.parametrize(("text", "problem"), [("12345 67890.", "could not detect the language"),
                                               (FRENCH, "the text is in French")])
def test_the_api_language_error_names_its_request_field(client, text: str, problem: str) -> None:  # noqa: ANN001
    r = client.post("/api/articles", json={"text": text}, headers={"Authorization": f"Bearer {TOKEN}"})
    message = r.json()["error"]["message"]
    assert r.status_code == 400 and problem in message, r.text
    assert "request field 'lang'" in message and "--lang" not in message and "--skip-bad" not in message, message
    assert client.get("/api/summary").json()["counts"]["articles"] == 0


def test_the_cli_language_error_keeps_its_flag() -> None:
    from lagebild.language.detect import resolve_language

    with pytest.raises(InputError, match=r"; use --lang$"):
        resolve_language("12345 67890.", None, "a.txt")
    with pytest.raises(InputError, match=r"give --lang to force one, or --skip-bad"):
        resolve_language(FRENCH, "auto", "a.txt")


@pytest.mark.parametrize(("host", "code", "problem"), [
    ("999.1.1.1", 2, "--host: cannot listen on '999.1.1.1': not an IP address or known host name"),
    ("192.0.2.7", 1, "--host: cannot listen on 192.0.2.7: "),  # TEST-NET: no interface here has it
])
def test_serve_on_a_host_it_cannot_listen_on_fails_in_one_line(cli, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                               tmp_path: Path, host: str, code: int,
                                                               problem: str) -> None:
    import uvicorn

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("uvicorn.run must not be reached")

    monkeypatch.setattr(uvicorn, "run", never)
    db = tmp_path / "store.db"
    r = cli("serve", "--db", db, "--host", host)
    assert r.code == code and "Traceback" not in r.err, r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"lagebild: error: {problem}"), r.err
    assert not db.exists()
