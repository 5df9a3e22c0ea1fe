"""The REST API and the web UI over a stored picture (``lagebild serve``).

Reading is open; writing (``POST /api/articles``) needs the bearer token from the configuration,
so a server started for browsing can never change the database. Every error is JSON
``{"error": {"status", "message", "detail"}}`` so that scripts and the UI handle them one way.
"""

from __future__ import annotations

import hmac
import os
import threading
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..errors import InputError, StorageError
from ..store import aggregates, queries
from ..store.db import Store
from ..store.search import exact_counts as search_counts_exactly
from .enrich import article_meta, facet_counts, readable_titles, stored_under, warm_pipeline
from .errors import ApiError, install_error_handlers, reject_unknown_query

STATIC = Path(__file__).parent / "static"
TOKEN_ENV = "LAGEBILD_API_TOKEN"
TOKEN_FILE_ENV = "LAGEBILD_API_TOKEN_FILE"
MAX_LIMIT = 500
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such item (JSON error)"}}


def load_token(token: str | None = None, token_file: str | Path | None = None) -> str | None:
    """The write token: given directly, else from a file, else from $LAGEBILD_API_TOKEN(_FILE).
    None means the API is read-only."""
    if token:
        return token.strip() or None
    path = token_file or os.environ.get(TOKEN_FILE_ENV)
    if path:
        try:
            value = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InputError(str(path), f"cannot read the API token file: {exc.strerror}") from None
        if not value:
            raise InputError(str(path), "the API token file is empty")
        return value
    return (os.environ.get(TOKEN_ENV) or "").strip() or None


# -- response models (for the OpenAPI description) ----------------------------------------------
class Page(BaseModel):
    """A page of results: ``total`` counts all matches, ``items`` holds ``limit`` from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
    next: str | None = Field(None, description="Cursor of the next page (pass as `after`; fast at any depth).")
    capped: bool = Field(False, description="`total` is a lower bound: a text search combined with other filters "
                         "stops counting at 10,000 (shown as \"10,000+\"); on PostgreSQL any text search does.")


def _total(total: int, narrowed: bool = False) -> dict[str, Any]:
    """``total`` and ``capped`` of a page (a capped count reads as CAP, flagged)."""
    return {"total": queries.CAP, "capped": True} if queries.capped(total, narrowed) else {"total": total, "capped": False}


def _found(item: dict[str, Any] | None, what: str) -> dict[str, Any]:
    """The one item a path names, or the API's 404 saying which was not found."""
    if item is None:
        raise ApiError(404, f"no {what}")
    return item


class ArticleIn(BaseModel):
    """An article to ingest, as one line of an ingest JSONL file."""

    text: str = Field(min_length=1, max_length=2_000_000, description="The article text.")
    id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[\w.:@+-]+$",
                           description="Article id; default: derived from the text.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: date | None = Field(None, description="Publication date; relative dates resolve against it.")
    lang: Literal["de", "en", "auto"] = Field("auto", description="Language of the text; 'auto' detects it, and "
                                              "a text it cannot tell is refused naming this field.")


class IngestResult(BaseModel):
    article_id: str
    added: bool
    events: int
    event_ids: list[str]


# -- parameters ---------------------------------------------------------------------------------
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (1–{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Results to skip.")]
Text = Annotated[str | None, Query(max_length=200)]


def _refuse(name: str, problem: str) -> None:
    """A filter's bad value, refused with 422 in the body FastAPI's own checks give (a bad ``modality``, ``limit``,
    ``country``): one filter's bad value answers as the others do."""
    raise ApiError(422, f"invalid input: query.{name}: {problem}", [{"where": f"query.{name}", "problem": problem}])


def _refuse_blank(name: str, value: str | None, what: str) -> None:
    """A blank filter would filter nothing and read as "all match this value": refused like the other bad values."""
    if value is not None and not value.strip():
        _refuse(name, f"empty {name}: give {what}, or leave the parameter out")


def event_filter(
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, country code or name; "
                                       "leave it out for every actor (a blank value is refused with 422)")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3")] = None,
    type: Annotated[str | None, Query(max_length=16, description="PLOVER event type, e.g. MOBILIZE")] = None,
    modality: Literal["factual", "future", "hypothetical", "negated"] | None = None,
    source: Annotated[str | None, Query(max_length=200, description="Attributed source name; 'none' = unattributed; "
                                        "a blank value is refused with 422")] = None,
    since: date | None = None, until: date | None = None,
    article: Annotated[str | None, Query(max_length=200, description="Article id (a blank value is refused with 422)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Full-text search (all words must occur)")] = None,
    denied: bool | None = None,
    inferred: Annotated[bool | None, Query(description="Only events whose target is (true) or is not (false) "
                                           "inferred: no words of the text name it")] = None,
) -> queries.EventFilter:
    """The event filters shared by events, network, map, actors and fused events."""
    from ..knowledge.country_names import resolve_actor_query
    from ..knowledge.ontology import unknown_event_type

    if (problem := unknown_event_type(type)) is not None:
        _refuse("type", problem)
    if since and until and since > until:
        _refuse("until", f"'since' ({since}) is after 'until' ({until})")
    _refuse_blank("actor", actor, "an actor id, country or name")
    _refuse_blank("source", source, "a source name or 'none'")
    _refuse_blank("article", article, "an article id")
    return queries.EventFilter(actor=resolve_actor_query(actor), country=country, event_type=type, modality=modality,
                               source=source, since=since, until=until, article=article,
                               q=(q or "").strip() or None, denied=denied,
                               inferred=inferred)


Filters = Annotated[queries.EventFilter, Depends(event_filter)]


def create_app(db: str | None = None, token: str | None = None, preload: bool = False,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over database ``db``; ``token`` enables writing (None: read-only). ``preload``
    loads the extraction pipeline now, so the first POST does not wait for it. ``allowed_hosts``:
    the Host names it answers to (default: localhost)."""
    from .security import secure

    store = Store(db, create=True)
    exact = search_counts_exactly(store.dialect)  # PostgreSQL stops counting a search at CAP
    app = FastAPI(title="lagebild", version="1", description=(
        "The stored situation picture: articles, PLOVER events with source attribution, modality and "
        "denials, fused events, stories and actors. Read-only unless a write token is configured "
        f"(${TOKEN_ENV}); then `POST /api/articles` with `Authorization: Bearer <token>` ingests an article."),
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", dependencies=[Depends(reject_unknown_query)])
    app.state.store = store
    app.state.token = token
    secure(app, lambda: app.state.token, TOKEN_ENV, allowed_hosts)
    cache: dict[str, Any] = {}
    lock = threading.Lock()
    if preload and token:
        cache["pipeline"] = warm_pipeline()

    install_error_handlers(app)

    def with_titles(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Stories none of whose articles has a title are named by their best-told happening."""
        arts = queries.article_titles(store, sorted({a for x in items for a in (x.get("articles") or [])[:aggregates.LISTED]}))
        untitled = [x for x in items if not any((arts.get(a) or {}).get("title")
                                                for a in (x.get("articles") or [])[:aggregates.LISTED])]
        members = {x["story_id"]: aggregates.story_members(store, x["story_id"]) for x in untitled}
        marked = [{**x, "fused_ids": [f["fused_id"] for f in members[x["story_id"]]]} if x["story_id"] in members else x
                  for x in items]
        named = readable_titles(marked, [f for ms in members.values() for f in ms], arts)
        return [{**n, "fused_ids": x["fused_ids"]} if "fused_ids" in x else {k: v for k, v in n.items() if k != "fused_ids"}
                for n, x in zip(named, items, strict=True)]

    # -- read ----------------------------------------------------------------------------------
    @app.get("/api/summary", tags=["picture"])
    def summary() -> dict[str, Any]:
        """Counts and the values the filters can take (event types, modalities, countries, sources, dates)."""
        import pycountry

        from ..knowledge.names import country_name

        found = aggregates.cached(store, "facets", lambda: queries.facets(store))
        # display names for the codes, so the UI labels actors "Georgia (civilians)", not "GEO-CIV"
        codes = {c.alpha_3 for c in pycountry.countries} | set(found.get("countries") or {})
        return {**found, "country_names": {c: country_name(c) for c in sorted(codes)},
                "writable": app.state.token is not None}

    @app.get("/api/facets", tags=["picture"])
    def get_facets(f: Filters) -> dict[str, Any]:
        """What each filter choice would give with the other filters kept: counts of event types,
        modalities, countries and sources (for the dropdowns)."""
        return aggregates.cached(store, f"facet-counts:{aggregates.fkey(f)}", lambda: facet_counts(store, f))

    @app.get("/api/articles", response_model=Page, tags=["articles"])
    def list_articles(q: Text = None, lang: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
                      limit: Limit = 50, offset: Offset = 0) -> Page:
        """Stored articles, newest first, each with its number of events; ``q`` searches title and text."""
        total, items = queries.article_page(store, (q or "").strip() or None, lang, limit, offset)
        return Page(**_total(total, bool(q and q.strip() and (lang or not exact))), limit=limit, offset=offset, items=items)

    @app.get("/api/articles/{article_id:path}", responses=NOT_FOUND, tags=["articles"])
    def get_article(article_id: str) -> dict[str, Any]:
        """One article with its text, its events, and the spans to highlight (evidence, attribution, denial)."""
        return _found(queries.article(store, article_id), f"article {article_id!r}")

    @app.get("/api/events", response_model=Page, tags=["events"])
    def list_events(f: Filters, limit: Limit = 50, offset: Offset = 0,
                    after: Annotated[str | None, Query(max_length=40, description="Cursor from `next`: the page "
                                                       "after it (use instead of a deep offset).")] = None) -> Page:
        """Events (the JSON of docs/events.md), oldest first, filtered and paginated."""
        try:
            total, items, nxt = queries.event_page(store, f, limit, offset, after=after)
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        titles = article_meta(store, {i.get("article") for i in items})
        for item in items:  # the table shows the article's title and, for undated events, its date
            item["article_meta"] = titles.get(item.get("article")) or {"title": None, "published": None}
        return Page(**_total(total, f.narrowed(store.dialect)), limit=limit, offset=offset, items=items, next=nxt)

    @app.get("/api/events/{event_id}", responses=NOT_FOUND, tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One event, with the metadata of its article and the id of its fused event."""
        return _found(queries.event(store, event_id), f"event {event_id!r}")

    @app.get("/api/actors", response_model=Page, tags=["actors"])
    def list_actors(f: Filters, limit: Limit = 100, offset: Offset = 0) -> Page:
        """Actors in the (filtered) events: how often each acts, is acted on, and is cited as a source."""
        total, items = aggregates.actors(store, f, limit, offset)
        return Page(total=total, limit=limit, offset=offset, items=items)

    @app.get("/api/network", tags=["actors"])
    def get_network(f: Filters, edges: Annotated[int, Query(ge=1, le=2000, description="Most edges shown.")] = 300,
                    ) -> dict[str, Any]:
        """Who acts on whom: nodes are actors, an edge per (source, target, event type), weight = events
        (the heaviest ``edges``; each lists up to 50 of its event ids)."""
        return aggregates.network(store, f, edges)

    @app.get("/api/places", tags=["events"])
    def get_places(f: Filters, points: Annotated[int, Query(ge=1, le=5000, description="Most points shown.")] = 500,
                   ) -> dict[str, Any]:
        """Event locations (the busiest ``points`` with coordinates, each listing up to 50 event ids) and
        event counts per country (ISO alpha-3 and numeric)."""
        return aggregates.places(store, f, points)

    @app.get("/api/search", tags=["picture"])
    def search(q: Annotated[str, Query(min_length=1, max_length=200)], limit: Annotated[int, Query(ge=1, le=100)] = 20,
               ) -> dict[str, Any]:
        """Everything matching ``q``: articles (title and text), events, and actors."""
        text = q.strip()
        if not text:
            raise ApiError(400, "empty search")
        a_total, arts = queries.article_page(store, text, None, limit, 0)
        e_total, evs, _ = queries.event_page(store, queries.EventFilter(q=text), limit, 0)
        n_acts, acts = aggregates.actors(store, None, limit, 0, words=text.casefold().split())
        return {"q": text, "articles": {**_total(a_total, not exact), "items": arts},
                "events": {**_total(e_total, not exact), "items": evs},
                "actors": {"total": n_acts, "items": acts}}

    @app.get("/api/fused", response_model=Page, tags=["fused"])
    def list_fused(f: Filters, limit: Limit = 50, offset: Offset = 0,
                   min_sources: Annotated[int, Query(ge=1, le=10_000, description="Only fused events told by at "
                                                     "least this many independent sources.")] = 1,
                   contradicted: Annotated[bool, Query(description="Only fused events whose reports disagree.")] = False,
                   ) -> Page:
        """Fused events: the same happening reported by several articles, with corroboration and contradictions.
        A fused event is listed when any of its events passes the filters."""
        total, items = aggregates.fused_page(store, f, limit, offset, min_sources, contradicted)
        return Page(total=total, limit=limit, offset=offset, items=items)

    @app.get("/api/fused/{fused_id}", responses=NOT_FOUND, tags=["fused"])
    def get_fused(fused_id: str) -> dict[str, Any]:
        """One fused event."""
        return _found(aggregates.fused_one(store, fused_id), f"fused event {fused_id!r}")

    @app.get("/api/stories", response_model=Page, tags=["stories"])
    def list_stories(country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3")] = None,
                     article: Text = None, limit: Limit = 50, offset: Offset = 0) -> Page:
        """Stories: articles linked by the events they share, largest first (without their timelines;
        ``length`` counts the timeline's steps). Filter by an involved country or a member article."""
        _refuse_blank("article", article, "an article id")

        def page() -> tuple[int, list[dict[str, Any]]]:  # named and counted once per state of the data
            total, items = aggregates.story_page(store, limit, offset, country, article)
            return total, with_titles(items)

        total, items = aggregates.cached(store, f"stories:{country}:{article}:{limit}:{offset}", page)
        return Page(total=total, limit=limit, offset=offset, items=items)

    @app.get("/api/stories/{story_id}", responses=NOT_FOUND, tags=["stories"])
    def get_story(story_id: str) -> dict[str, Any]:
        """One story with its timeline (its first 1,000 steps by date)."""
        def one() -> dict[str, Any] | None:
            found = aggregates.story_one(store, story_id)
            return with_titles([found])[0] if found is not None else None

        return _found(aggregates.cached(store, f"story:{story_id}", one), f"story {story_id!r}")

    # -- write ---------------------------------------------------------------------------------
    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        expected = app.state.token
        if expected is None:
            raise ApiError(403, f"the API is read-only: start the server with a write token (${TOKEN_ENV}) to ingest")
        if not authorization:
            raise ApiError(401, "missing 'Authorization: Bearer <token>' header")
        scheme, _, given = authorization.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise ApiError(401, "the Authorization header must be 'Bearer <token>'")
        if not hmac.compare_digest(given.strip().encode(), expected.encode()):
            raise ApiError(403, "invalid token")

    @app.post("/api/articles", response_model=IngestResult, status_code=201, tags=["articles"],
              dependencies=[Depends(require_token)],
              responses={200: {"description": "Already stored (same text): nothing changed"},
                         401: {"description": "No bearer token"}, 403: {"description": "Wrong token or read-only"},
                         409: {"description": "The id is taken by a different text"}})
    def ingest(body: ArticleIn) -> Any:
        """Extract and store one article (needs the write token). The same text twice changes nothing."""
        from ..ingest.limits import clean_text, truncate
        from ..language.detect import resolve_language
        from ..model import Article
        from ..pipeline import Pipeline

        text = truncate(clean_text(body.text), "api").strip("\n")  # CR line ends, lone surrogates, size limit
        article = Article(text=text, id=body.id or "", lang=None if body.lang == "auto" else body.lang,
                          published=body.published, title=body.title, url=body.url, origin="api")
        if not article.text.strip():
            raise ApiError(400, "the article text is blank")
        stored = queries.article_hash(store, article.id)
        if stored is not None and stored != article.content_hash:
            raise ApiError(409, f"article id {article.id!r} is already stored with a different text")
        same = stored_under(store, article.content_hash)
        if same is not None:  # the same text under another (or its own) id: answer with what is stored
            ids = [e["event_id"] for e in queries.all_events(store, queries.EventFilter(article=same))]
            return JSONResponse(IngestResult(article_id=same, added=False, events=len(ids), event_ids=ids).model_dump(),
                                status_code=200)
        # detected here, so a failure names the request field 'lang', not the CLI's --lang; the pipeline then reads it as given
        article.lang = resolve_language(article.text, article.lang, "lang", field="lang")
        with lock:
            pipeline = cache.get("pipeline") or cache.setdefault("pipeline", Pipeline())
        events = pipeline(article).events
        try:
            stats = store.add_many([(article, events)])
        except (StorageError, InputError):
            stored = queries.article_hash(store, article.id)
            if stored is not None and stored != article.content_hash:  # stored by another request meanwhile
                raise ApiError(409, f"article id {article.id!r} is already stored with a different text") from None
            raise
        result = IngestResult(article_id=article.id, added=stats.articles_added == 1, events=len(events),
                              event_ids=[e.to_json()["event_id"] for e in events])
        return result if result.added else JSONResponse(result.model_dump(), status_code=200)

    # -- web UI --------------------------------------------------------------------------------
    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        """The API reference, drawn from openapi.json by a local page (FastAPI's default loads Swagger UI from a CDN)."""
        return FileResponse(STATIC / "apidocs.html")

    @app.get("/api/{rest:path}", include_in_schema=False)
    def _no_such_endpoint(rest: str) -> None:
        raise ApiError(404, f"no API endpoint /api/{rest}")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app

