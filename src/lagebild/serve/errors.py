"""How the API answers when something goes wrong: always JSON ``{"error": {status, message, detail}}``.

Scripts and the web UI handle every failure one way, a crash included (a plain-text 500 would
break both), and a misspelt query parameter is refused instead of silently ignored, so a filter
that does nothing is never mistaken for an empty result.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import LagebildError, StorageError


class ApiError(Exception):
    """An error with its HTTP status; rendered as the JSON error body."""

    def __init__(self, status: int, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status, self.message, self.detail = status, message, detail


def error(status: int, message: str, detail: Any = None) -> JSONResponse:
    """The one error body of the API."""
    return JSONResponse({"error": {"status": status, "message": message, "detail": detail}}, status_code=status,
                        headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)


def install_error_handlers(app: FastAPI) -> None:
    """Register the JSON handlers for API errors, validation, HTTP errors, lagebild errors and any
    unexpected exception."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error(exc.status, exc.message, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"where": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in exc.errors()]
        message = "; ".join(f"{p['where']}: {p['problem']}" for p in problems) or "invalid request"
        return error(422, f"invalid input: {message}", problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: "not found", 405: "method not allowed"}.get(exc.status_code, str(exc.detail))
        return error(exc.status_code, message if exc.detail in (None, "Not Found", "Method Not Allowed") else str(exc.detail))

    @app.exception_handler(LagebildError)
    async def _lagebild(_: Request, exc: LagebildError) -> JSONResponse:
        if isinstance(exc, StorageError):  # busy or unreachable: the client may retry; no paths in the answer
            return error(503, "the database is busy or unavailable; try again later")
        return error(400, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        # Starlette re-raises after this answer, so the server still logs the traceback for the
        # operator; the client gets JSON without internals
        return error(500, f"internal error while answering {request.method} {request.url.path}: "
                          f"{type(exc).__name__}", {"type": type(exc).__name__})


_ALLOWED: dict[int, frozenset[str]] = {}


def _declared(route: Any) -> frozenset[str]:
    """The query parameters a route declares, its dependencies' included (walked here: FastAPI's
    own flattening helper is not a stable public API)."""
    key = id(route)
    if key not in _ALLOWED:
        names: set[str] = set()
        stack = [route.dependant]
        while stack:
            dep = stack.pop()
            names.update(getattr(p, "alias", None) or p.name for p in dep.query_params)
            stack.extend(dep.dependencies)
        _ALLOWED[key] = frozenset(names)
    return _ALLOWED[key]


def reject_unknown_query(request: Request) -> None:
    """An app-wide dependency: 422 naming every query parameter the endpoint does not take
    (``contry=GEO`` would otherwise return everything, unfiltered)."""
    route = request.scope.get("route")
    if (route is None or not request.url.path.startswith("/api/") or not hasattr(route, "dependant")
            or not getattr(route, "include_in_schema", True)):
        return
    allowed = _declared(route)
    unknown = sorted({k for k in request.query_params if k not in allowed})
    if unknown:
        where = ", ".join(repr(k) for k in unknown)
        known = ", ".join(sorted(allowed)) or "none"
        raise ApiError(422, f"unknown query parameter(s) {where} for {request.url.path} (known: {known})",
                       {"unknown": unknown, "known": sorted(allowed)})
