"""Guards in front of the API: trusted Host names, the write token checked before a body is
read, a cap on body size, and browser security headers.

They are ASGI middleware, so they act before FastAPI parses anything: an unauthenticated client
cannot make the server buffer a 100 MB body, and a page on another site cannot reach a local
server through DNS rebinding (its requests carry the attacker's Host name).
"""

from __future__ import annotations

import hmac
import json
import os
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from starlette.middleware.trustedhost import TrustedHostMiddleware

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_ENV = "LAGEBILD_API_MAX_BODY"
DEFAULT_MAX_BODY = 10 << 20  # bytes: an article of 2 million characters as JSON, with room to spare
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
                                 b"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def token_problem(expected: str | None, authorization: str | None, env: str) -> tuple[int, str] | None:
    """Why a write is refused (status, message), or None when the bearer token is right."""
    if expected is None:
        return 403, f"the API is read-only: start the server with a write token (${env}) to ingest"
    if not authorization:
        return 401, "missing 'Authorization: Bearer <token>' header"
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return 401, "the Authorization header must be 'Bearer <token>'"
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        return 403, "invalid token"
    return None


def max_body() -> int:
    """Largest request body accepted ($LAGEBILD_API_MAX_BODY bytes, default 10 MB)."""
    try:
        return max(1, int(os.environ.get(MAX_BODY_ENV, DEFAULT_MAX_BODY)))
    except ValueError:
        return DEFAULT_MAX_BODY


async def _json_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message, "detail": None}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers + HEADERS})
    await send({"type": "http.response.body", "body": body})


class WriteGuard:
    """Write requests: the token first (nothing of the body is read without it), then the body
    limited to ``limit`` bytes, by its Content-Length and as it streams in (413 beyond)."""

    def __init__(self, app: App, token: Callable[[], str | None], env: str, limit: int | None = None) -> None:
        self.app, self.token, self.env, self.limit = app, token, env, limit or max_body()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        problem = token_problem(self.token(), headers.get("authorization"), self.env)
        if problem is not None:
            await _json_error(send, *problem)
            return
        too_large = f"request body larger than {self.limit:,} bytes ({MAX_BODY_ENV})"
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await _json_error(send, 413, too_large)
            return
        seen = 0
        started = refused = False

        async def limited() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # answer 413 now; the app sees a client that went away
                    refused = True
                    if not started:
                        await _json_error(send, 413, too_large)
                    return {"type": "http.disconnect"}
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is the answer
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, limited, tracked)


class SecurityHeaders:
    """Content-Security-Policy, X-Frame-Options, X-Content-Type-Options on every response."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, with_headers)


class TrustedHosts(TrustedHostMiddleware):
    """Starlette's Host check (its patterns: exact names, "*.example.org", "*"), answering a
    refused Host with the API's JSON error instead of plain text."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allow_any or scope["type"] != "http":
            await super().__call__(scope, receive, send)  # type: ignore[arg-type]
            return
        raw = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
        host = raw[1:].split("]")[0] if raw.startswith("[") else raw.split(":")[0]
        if any(host == p or (p.startswith("*.") and host.endswith(p[1:])) for p in self.allowed_hosts):
            await self.app(scope, receive, send)
            return
        await _json_error(send, 400, f"Host {raw[:100]!r} is not served here (see lagebild serve --allowed-host)")


def default_hosts(bind: str | None) -> list[str]:
    """Host names a local server answers to: localhost and the address it listens on."""
    hosts = ["localhost", "127.0.0.1", "::1", "testserver"]
    if bind and bind not in ("0.0.0.0", "::"):  # noqa: S104 - compared, not bound
        hosts.append(bind)
    return hosts


def secure(app: Any, token: Callable[[], str | None], env: str, allowed_hosts: Iterable[str] | None = None) -> None:
    """Install the guards on a FastAPI/Starlette ``app`` (outermost first: Host, headers, writes)."""
    app.add_middleware(WriteGuard, token=token, env=env)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedHosts, allowed_hosts=list(allowed_hosts or default_hosts(None)))
