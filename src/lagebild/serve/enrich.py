"""What the API adds to the stored data for its readers: article titles and dates on events,
readable story titles, the stored article behind a repeated text, and a warm pipeline."""

from __future__ import annotations

from typing import Any

from ..store.db import Store


def article_meta(store: Store, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Title and publication date of the articles ``ids`` (one page's worth), by id."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ..store.db import ArticleRow

    if not ids:
        return {}
    with Session(store.engine) as s:
        rows = s.execute(select(ArticleRow.id, ArticleRow.title, ArticleRow.published).where(ArticleRow.id.in_(ids)))
        return {i: {"title": t, "published": p.isoformat() if p else None} for i, t, p in rows}


def stored_under(store: Store, content_hash: str) -> str | None:
    """The id of the stored article with this text, if any."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ..store.db import ArticleRow

    with Session(store.engine) as s:
        return s.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))


def warm_pipeline() -> Any:
    """The extraction pipeline with every language's resources loaded (a short text per language),
    so that a server's first ingest answers as fast as the next."""
    from ..knowledge.resources import languages, load
    from ..model import Article
    from ..pipeline import Pipeline

    pipeline = Pipeline()
    for lang in languages():
        # a country name of the language itself: mentions of countries load the place tables too
        names = [n for e in (load("countries", lang, default={}) or {}).values() if isinstance(e, dict)
                 for n in (e.get("names") or [])[:1]]
        pipeline(Article(text=f"{' '.join(names[:3])}. Berlin.", id=f"warm-up-{lang}", lang=lang))
    pipeline.preload_parsers()
    from ..knowledge.places import country_place

    country_place("DEU", "warm-up")  # the capitals table, read on the first country used as a place
    return pipeline


def readable_titles(found: list[dict[str, Any]], fused: list[dict[str, Any]],
                    articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A story none of whose articles has a title is named by its best-told happening in words
    ("Russia (government) mobilises in Kursk"), not by codes ("RUS-GOV: MOBILIZE")."""
    from .labels import happening

    by_id = {f.get("fused_id"): f for f in fused}
    out = []
    for s in found:
        if not any((articles.get(a) or {}).get("title") for a in s.get("articles") or []):
            members = [by_id[i] for i in s.get("fused_ids") or [] if i in by_id]
            if members:
                top = max(members, key=lambda f: (f.get("corroboration") or 0,
                                                  -(f.get("n_contradictions") or len(f.get("contradictions") or []))))
                s = {**s, "title": happening(top)}
        out.append(s)
    return out


FACETS = {"event_types": "event_type", "modalities": "modality", "countries": "country", "sources": "source"}


def facet_counts(store: Store, f: Any) -> dict[str, dict[str, int]]:
    """For each dropdown, how many events each choice gives together with the other filters in
    force (the dropdown's own filter left out), so "GEO (8)" always means 8 rows."""
    from collections import Counter
    from dataclasses import replace

    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from ..store import rollups
    from ..store.db import EventRow

    out: dict[str, dict[str, int]] = {}
    with Session(store.engine) as s:
        for facet, field in FACETS.items():
            g = replace(f, **{field: None})
            counts: Counter[str] = Counter()
            scope = rollups.scope_of(g)
            if scope is not None:  # no other filter, or a country and/or type: the rollups ingest keeps
                counts.update(rollups.counted(s, {"event_types": "type", "modalities": "modality",
                                                  "countries": "country", "sources": "source"}[facet], scope))
            elif facet == "countries":  # full text too: matched in the engine's index (g.apply)
                cols = (EventRow.source_country, EventRow.target_country, EventRow.location_country)
                for row in s.execute(g.apply(select(*cols, func.count()).group_by(*cols))):
                    for code in {c for c in row[:3] if c}:
                        counts[code] += row[3]
            else:
                col = {"event_types": EventRow.event_type, "modalities": EventRow.modality,
                       "sources": EventRow.attributed_to}[facet]
                for value, n in s.execute(g.apply(select(col, func.count()).where(col.is_not(None)).group_by(col))):
                    for part in (value.split("; ") if facet == "sources" else [value]):
                        counts[part] += n
            out[facet] = dict(counts.most_common())
    return out
