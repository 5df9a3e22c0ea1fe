"""The tables: articles and events (with the indexed columns views filter and aggregate on), the
actors of each event, and the fused events and stories that ingest keeps up to date.

Kept apart from ``db.Store`` so the storage logic and the table layout can each be read alone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..language.dates import date_range
from . import search
from .plain import LAST_DAY, LISTED, SCHEMA_VERSION, trimmed  # noqa: F401 - the store's names for them

ID_LENGTH = 200


class Base(DeclarativeBase):
    pass


search.attach(Base.metadata)


class MetaRow(Base):
    """Key/value facts about the database itself (schema version)."""

    __tablename__ = "lagebild_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ArticleRow(Base):
    __tablename__ = "articles"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    n_events: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # article lists show it without counting events


Index("ix_articles_newest", ArticleRow.published, ArticleRow.pk)


class EventRow(Base):
    __tablename__ = "events"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(String(16), index=True)
    modality: Mapped[str] = mapped_column(String(16), index=True)
    hedged: Mapped[bool] = mapped_column(Boolean)
    source_actor: Mapped[str | None] = mapped_column(String(100), index=True)
    source_country: Mapped[str | None] = mapped_column(String(3))
    source_sector: Mapped[str | None] = mapped_column(String(16))
    target_actor: Mapped[str | None] = mapped_column(String(100), index=True)
    target_country: Mapped[str | None] = mapped_column(String(3))
    target_sector: Mapped[str | None] = mapped_column(String(16))
    source_key: Mapped[str | None] = mapped_column(String(200))  # node of the actor network
    target_key: Mapped[str | None] = mapped_column(String(200))
    location_country: Mapped[str | None] = mapped_column(String(3))
    location_name: Mapped[str | None] = mapped_column(String(200))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)  # start of the event's date (or publication)
    day: Mapped[date | None] = mapped_column(Date)  # event_date, undated last: the order of every event list
    attributed_to: Mapped[str | None] = mapped_column(Text)  # names joined by "; ", for search
    denied: Mapped[bool] = mapped_column(Boolean)
    # the target is the system's conclusion, no words of the text (ActorRef.inferred); schema 11, false before
    target_inferred: Mapped[bool | None] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


Index("ix_events_order", EventRow.day, EventRow.pk)
Index("ix_events_point", EventRow.lat, EventRow.lon, EventRow.event_type, EventRow.location_country, EventRow.location_name)
# The country filter (source, target or location) with or without a type, answered from the indexes
# alone: a filtered fused list or count never reads the (wide) event rows.
for _col in (EventRow.source_country, EventRow.target_country, EventRow.location_country):
    Index(f"ix_events_{_col.key}_type", _col, EventRow.event_type)
# An edge's or a map point's first events, filtered by a country and/or a type, from the index
# alone (in pk order, with what the filter tests and the ids shown): no event row is read.
# A date range and a modality too (schema 9: the day and the modality joined the tested columns).
_TESTED = (EventRow.source_country, EventRow.target_country, EventRow.location_country, EventRow.day,
           EventRow.modality, EventRow.event_id)
Index("ix_events_edge_cover9", EventRow.source_key, EventRow.target_key, EventRow.event_type, EventRow.pk, *_TESTED)
Index("ix_events_point_cover9", EventRow.lat, EventRow.lon, EventRow.pk, EventRow.event_type, *_TESTED)
OBSOLETE_INDEXES = ("ix_events_edge", "ix_events_point_order", "ix_events_source_country", "ix_events_target_country",
                    "ix_events_location_country",  # replaced in schema 8 by the ones above
                    "ix_events_edge_cover", "ix_events_point_cover", "ix_fused_order")  # replaced in schema 9
Index("ix_events_type_day", EventRow.event_type, EventRow.day, EventRow.pk)  # a type's events in list order
Index("ix_events_attributed", EventRow.attributed_to)  # the sources facet: a covering scan


class EventActorRow(Base):
    """One actor of one event in one role (source, target, cited): the actors view is a GROUP BY."""

    __tablename__ = "event_actors"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))
    key: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(3))
    sector: Mapped[str | None] = mapped_column(String(16))


Index("ix_event_actors_cover", EventActorRow.key, EventActorRow.role, EventActorRow.country, EventActorRow.sector,
      EventActorRow.name)


class FusedRow(Base):
    """A fused event: reports of one happening. ``data`` is its public JSON (docs/fuse.md)."""

    __tablename__ = "fused"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fused_id: Mapped[str] = mapped_column(String(32), index=True)
    event_type: Mapped[str] = mapped_column(String(16), index=True)
    source_country: Mapped[str | None] = mapped_column(String(100))
    target_country: Mapped[str | None] = mapped_column(String(100))
    first_seen: Mapped[date] = mapped_column(Date)  # LAST_DAY when undated, so the order needs no NULL test
    corroboration: Mapped[int] = mapped_column(Integer, default=0, index=True)
    contradicted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    story_pk: Mapped[int | None] = mapped_column(Integer, index=True)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    item: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # ``trimmed(data)``: what a list shows (schema 9)


# with the pk (schema 9): a filtered page sorts its matches from this index alone (PostgreSQL's have no rowid)
Index("ix_fused_order9", FusedRow.first_seen, FusedRow.fused_id, FusedRow.pk)
Index("ix_fused_story_order", FusedRow.story_pk, FusedRow.first_seen, FusedRow.fused_id)  # a story's timeline


class FusedMemberRow(Base):
    """An event's place in fusion: its blocking key, its date window and place, and its group."""

    __tablename__ = "fused_members"
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    fused_pk: Mapped[int] = mapped_column(Integer, index=True)
    key: Mapped[str] = mapped_column(String(240))
    lo: Mapped[date | None] = mapped_column(Date)
    hi: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(3))
    article_id: Mapped[str] = mapped_column(String(ID_LENGTH))


Index("ix_fused_members_window", FusedMemberRow.key, FusedMemberRow.lo)


class FusedDayRow(Base):
    """A day on which a fused event has a (dated) member event, with the group's place in list
    order (schema 10): a fused list filtered by dates alone reads this index instead of every
    event of the range and its group (2.5 s cold at 1 M events)."""

    __tablename__ = "fused_days"
    fused_pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)  # a member event's ``day`` (never LAST_DAY)
    first_seen: Mapped[date] = mapped_column(Date)  # the group's, as in ``fused``
    fused_id: Mapped[str] = mapped_column(String(32))


# a date range's groups in list order, from the index alone
Index("ix_fused_days_range", FusedDayRow.day, FusedDayRow.first_seen, FusedDayRow.fused_id, FusedDayRow.fused_pk)


class StoryRow(Base):
    """A story: articles linked by the fused events they share (docs/fuse.md)."""

    __tablename__ = "stories"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(String(32), index=True)
    n_articles: Mapped[int] = mapped_column(Integer, default=0)
    n_fused: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


Index("ix_stories_order", StoryRow.n_articles.desc(), StoryRow.n_fused.desc(), StoryRow.story_id)


class StoryArticleRow(Base):
    __tablename__ = "story_articles"
    article_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    story_pk: Mapped[int] = mapped_column(Integer, index=True)


class StoryCountryRow(Base):
    """Countries a story involves, for the country filter of the stories view."""

    __tablename__ = "story_countries"
    story_pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


# Rollups (store/rollups.py). ``scope`` is "" for all events or a country code for the events
# that involve it (as source, target or location: the country filter), so the views filtered by a
# country and/or an event type read them too. The columns after the scope are a mixin that the
# per-day table of the same counts (below) shares, so the two tables cannot drift apart.
class _Counts:
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class _Edges:
    source_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    target_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    first_pk: Mapped[int] = mapped_column(Integer)


class _Points:
    lat: Mapped[float] = mapped_column(Float, primary_key=True)
    lon: Mapped[float] = mapped_column(Float, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(3))


class _Actors:
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(3))
    sector: Mapped[str | None] = mapped_column(String(16))


class CountRollup(_Counts, Base):
    """Events per value of a filter (type, modality, country, cited source, place country) and the
    totals, per scope and event type: the summary, the dropdowns and list totals read these."""

    __tablename__ = "agg_counts"
    scope: Mapped[str] = mapped_column(String(3), primary_key=True)


class EdgeRollup(_Edges, Base):
    """Events per edge of the actor network (source, target, type) and scope, and the first event's pk."""

    __tablename__ = "agg_edges"
    scope: Mapped[str] = mapped_column(String(3), primary_key=True)


Index("ix_agg_edges_top", EdgeRollup.scope, EdgeRollup.n.desc(), EdgeRollup.first_pk)
Index("ix_agg_edges_type_top", EdgeRollup.scope, EdgeRollup.event_type, EdgeRollup.n.desc(), EdgeRollup.first_pk)


class PointRollup(_Points, Base):
    """Events per map point, type and scope, with the point's name and country (their maximum, as a
    GROUP BY over the events would give)."""

    __tablename__ = "agg_points"
    scope: Mapped[str] = mapped_column(String(3), primary_key=True)


class ActorRollup(_Actors, Base):
    """Events per actor, role (source, target, cited), type and scope, with the actor's name,
    country and sector."""

    __tablename__ = "agg_actors"
    scope: Mapped[str] = mapped_column(String(3), primary_key=True)


# Per-day rollups (store/rollups_day.py): the same counts per event day (``LAST_DAY``: undated) and
# modality instead of per scope, so a view filtered by a date range and/or a modality (and a type)
# sums the days of its range instead of counting the events.
class DayCountRollup(_Counts, Base):
    """Events per filter value, day, modality and type (what ``CountRollup`` keeps per scope)."""

    __tablename__ = "agg_day_counts"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    modality: Mapped[str] = mapped_column(String(16), primary_key=True)


# a kind's counts in a modality and/or a date range (the dropdowns, the map's countries), from the index alone
Index("ix_agg_day_counts_kind", DayCountRollup.kind, DayCountRollup.modality, DayCountRollup.day, DayCountRollup.key,
      DayCountRollup.event_type, DayCountRollup.n)


class DayEdgeRollup(_Edges, Base):
    """Events per network edge, day, modality and type, and the first event's pk."""

    __tablename__ = "agg_day_edges"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    modality: Mapped[str] = mapped_column(String(16), primary_key=True)


class DayPointRollup(_Points, Base):
    """Events per map point, day, modality and type, with the point's (maximum) name and country."""

    __tablename__ = "agg_day_points"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    modality: Mapped[str] = mapped_column(String(16), primary_key=True)


class DayActorRollup(_Actors, Base):
    """Events per actor, role, day, modality and type, with the actor's name, country and sector."""

    __tablename__ = "agg_day_actors"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    modality: Mapped[str] = mapped_column(String(16), primary_key=True)


def _event_date(ev: dict[str, Any], published: date | None) -> date | None:
    """First day of the event's date (the filter column), else the publication date."""
    rng = date_range((ev.get("date") or {}).get("value"))
    return rng[0] if rng else published


def actor_key(actor: dict[str, Any]) -> str:
    """The node an actor is counted under: its id, else its name or words."""
    return actor.get("actor_id") or actor.get("name") or actor.get("text") or "?"


def cited_key(a: dict[str, Any]) -> str | None:
    """The node a cited source is counted under (None: unnamed, not counted)."""
    if not a.get("name") or a.get("name") == "unnamed":
        return None
    if a.get("country") and a.get("sector"):
        return f"{a['country']}-{a['sector']}"
    return a["name"]


def event_values(ev: dict[str, Any], published: date | None) -> dict[str, Any]:
    """Column values of one event's row: the indexed filter columns plus the full public JSON."""
    src, tgt, loc = ev.get("source") or {}, ev.get("target") or {}, ev.get("location") or {}
    names = [a.get("name") or a.get("text") for a in ev.get("attribution") or []]
    return dict(event_id=ev["event_id"], article_id=ev["article"], event_type=ev["event_type"],
                modality=ev["modality"], hedged=bool(ev["hedged"]), source_actor=src.get("actor_id"),
                source_country=src.get("country"), source_sector=src.get("sector"), target_actor=tgt.get("actor_id"),
                target_country=tgt.get("country"), target_sector=tgt.get("sector"),
                source_key=actor_key(src)[:200] if src else None, target_key=actor_key(tgt)[:200] if tgt else None,
                location_country=loc.get("country"), location_name=(loc.get("name") or None) and loc["name"][:200],
                lat=loc.get("lat"), lon=loc.get("lon"),
                event_date=_event_date(ev, published), day=_event_date(ev, published) or LAST_DAY,
                attributed_to="; ".join(n for n in names if n) or None,
                denied=bool(ev.get("denied_by")), target_inferred=bool(tgt.get("inferred")), data=ev)


def actor_values(event_pk: int, ev: dict[str, Any]) -> list[dict[str, Any]]:
    """The event_actors rows of one event: its source, its target, and each named cited source."""
    out = []
    for role in ("source", "target"):
        actor = ev.get(role)
        if actor:
            out.append(dict(event_pk=event_pk, role=role, key=actor_key(actor)[:200], name=(actor.get("name") or "")[:300]
                            or None, country=actor.get("country"), sector=actor.get("sector")))
    seen = set()
    for a in ev.get("attribution") or []:
        key = cited_key(a)
        if key and key not in seen:
            seen.add(key)
            out.append(dict(event_pk=event_pk, role="cited", key=key[:200], name=a["name"][:300],
                            country=a.get("country"), sector=a.get("sector")))
    return out


def haystack(ev: dict[str, Any]) -> str:
    """The words an analyst may search an event by, case-folded (the full-text index's body)."""
    parts: list[Any] = [ev.get("event_type"), ev.get("trigger"), ev.get("article"), ev.get("modality")]
    for key in ("source", "target", "location"):
        part = ev.get(key) or {}
        parts += [part.get("text"), part.get("name"), part.get("actor_id"), part.get("country")]
    for a in (ev.get("attribution") or []) + (ev.get("denied_by") or []):
        parts += [a.get("text"), a.get("name")]
    evidence = ev.get("evidence") or {}
    parts += [evidence.get("sentence"), (ev.get("date") or {}).get("value")]
    return " ".join(str(p) for p in parts if p).casefold()
