"""Fused events and stories kept as tables, maintained at ingest and rebuilt by `lagebild refuse`.

A new event looks up the stored reports of its blocking key (type, countries, realis) whose dates
overlap its own (an indexed range scan), joins the group of every one it links to (merging them)
or opens a new one. Groups are the connected components of the link relation (fuse.events), so
adding events in any order, or rebuilding from scratch, gives the same groups and stories.
Only groups and stories a batch touched are summarised again, once per batch. A story is the
fused events of one calendar week that share articles (fuse.stories); ``story_articles`` holds each
article's home story, that of the earliest week it reports (an article can tell of two weeks).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from ..store.schema import (
    LAST_DAY,
    ArticleRow,
    EventRow,
    FusedDayRow,
    FusedMemberRow,
    FusedRow,
    StoryArticleRow,
    StoryCountryRow,
    StoryRow,
    trimmed,
)
from .events import MAX_SPAN, SLACK, _published, fusion_key, group_indexes, linked, summarise, window
from .stories import home_period, story, week_roots

CHUNK = 500
STORED_ARTICLES = 1000  # articles kept in a story's row (a story of a year's news can hold most articles)


def _meta(s: Session, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Article metadata fusion uses (date, outlet, title), by id."""
    out: dict[str, dict[str, Any]] = {}
    ids = list(set(ids))
    for i in range(0, len(ids), CHUNK):
        rows = s.execute(select(ArticleRow.id, ArticleRow.published, ArticleRow.url, ArticleRow.title, ArticleRow.origin)
                         .where(ArticleRow.id.in_(ids[i:i + CHUNK])))
        for r in rows:
            out[r.id] = {"published": r.published.isoformat() if r.published else None, "url": r.url,
                         "title": r.title, "origin": r.origin}
    return out


def add_events(s: Session, new: list[tuple[int, dict[str, Any]]], articles: dict[str, dict[str, Any]]) -> None:
    """Fuse newly stored events (``(events.pk, event JSON)``) into the stored groups and stories."""
    if not new:
        return
    meta = dict(articles)
    missing = {ev["article"] for _, ev in new} - meta.keys()
    if missing:
        meta.update(_meta(s, missing))
    dirty: set[int] = set()
    for pk, ev in new:
        rng = window(ev, _published(meta.get(ev["article"])))
        key = fusion_key(ev, rng)
        place = (ev.get("location") or {}).get("country")
        m = FusedMemberRow
        q = select(m.fused_pk, m.lo, m.hi, m.place).where(m.key == key)
        if rng is None:
            q = q.where(m.lo.is_(None))
        else:
            q = q.where(m.lo >= rng[0] - SLACK - MAX_SPAN, m.lo <= rng[1] + SLACK, m.hi >= rng[0] - SLACK)
        groups = sorted({g for g, lo, hi, p in s.execute(q)
                         if linked((rng, place), ((lo, hi) if lo is not None else None, p))})
        if groups:
            target = groups[0]
            if len(groups) > 1:
                s.execute(update(FusedMemberRow).where(FusedMemberRow.fused_pk.in_(groups[1:])).values(fused_pk=target))
                _merge_stories_of(s, groups)
                s.execute(delete(FusedRow).where(FusedRow.pk.in_(groups[1:])))
                s.execute(delete(FusedDayRow).where(FusedDayRow.fused_pk.in_(groups[1:])))
                dirty.difference_update(groups[1:])
        else:
            target = s.execute(insert(FusedRow).values(fused_id="", event_type=ev["event_type"], first_seen=LAST_DAY)
                               .returning(FusedRow.pk)).scalar_one()
        s.execute(insert(FusedMemberRow).values(event_pk=pk, fused_pk=target, key=key, lo=rng[0] if rng else None,
                                                hi=rng[1] if rng else None, place=place, article_id=ev["article"]))
        dirty.add(target)
    stories = _link_stories(s, sorted(dirty))
    refresh_groups(s, sorted(dirty))
    refresh_stories(s, sorted(stories))


def _merge_stories_of(s: Session, groups: list[int]) -> None:
    """Groups about to merge (one key, so one week): their stories become one (the lowest)."""
    pks = sorted({p for p in s.scalars(select(FusedRow.story_pk).where(FusedRow.pk.in_(groups))) if p is not None})
    if len(pks) > 1:
        _merge_stories(s, pks)


def _merge_stories(s: Session, pks: list[int]) -> int:
    keep, rest = pks[0], pks[1:]
    s.execute(update(StoryArticleRow).where(StoryArticleRow.story_pk.in_(rest)).values(story_pk=keep))
    s.execute(update(FusedRow).where(FusedRow.story_pk.in_(rest)).values(story_pk=keep))
    s.execute(delete(StoryCountryRow).where(StoryCountryRow.story_pk.in_(rest)))
    s.execute(delete(StoryRow).where(StoryRow.pk.in_(rest)))
    return keep


def _week(key: str) -> str:
    return key.rsplit("|", 1)[1]  # fusion_key ends with the period


def _link_stories(s: Session, groups: list[int]) -> set[int]:
    """Put each touched group into one story with the groups of its week that share an article with
    it (merging their stories), then file its articles under their home stories."""
    touched: set[int] = set()
    articles: set[str] = set()
    for g in groups:
        rows = s.execute(select(FusedMemberRow.article_id, FusedMemberRow.key).where(FusedMemberRow.fused_pk == g)).all()
        if not rows:
            continue
        arts = sorted({a for a, _ in rows})
        articles.update(arts)
        # the groups of this week that these articles report (events are indexed by article)
        others = (select(FusedMemberRow.fused_pk).join(EventRow, EventRow.pk == FusedMemberRow.event_pk)
                  .where(EventRow.article_id.in_(arts), FusedMemberRow.key.like(f"%|{_week(rows[0][1])}")))
        pks = sorted({p for p in s.scalars(select(FusedRow.story_pk).where(FusedRow.pk.in_(others))) if p is not None})
        if not pks:
            target = s.execute(insert(StoryRow).values(story_id="").returning(StoryRow.pk)).scalar_one()
        else:
            target = _merge_stories(s, pks) if len(pks) > 1 else pks[0]
            touched.difference_update(pks[1:])
        s.execute(update(FusedRow).where(FusedRow.pk == g).values(story_pk=target))
        touched.add(target)
    _file_articles(s, sorted(articles))
    return touched


def _file_articles(s: Session, articles: list[str]) -> None:
    """Each article's row in ``story_articles``: the story of the earliest week it reports."""
    for i in range(0, len(articles), CHUNK):
        chunk = articles[i:i + CHUNK]
        weeks: dict[str, dict[str, int]] = {}
        for a, key, pk in s.execute(select(EventRow.article_id, FusedMemberRow.key, FusedRow.story_pk)
                                    .join(FusedMemberRow, FusedMemberRow.event_pk == EventRow.pk)
                                    .join(FusedRow, FusedRow.pk == FusedMemberRow.fused_pk)
                                    .where(EventRow.article_id.in_(chunk))):
            if pk is not None:
                weeks.setdefault(a, {})[_week(key)] = pk
        s.execute(delete(StoryArticleRow).where(StoryArticleRow.article_id.in_(chunk)))
        rows = [{"article_id": a, "story_pk": ws[home_period(ws)]} for a, ws in sorted(weeks.items())]
        if rows:
            s.execute(insert(StoryArticleRow), rows)


def refresh_groups(s: Session, groups: list[int]) -> None:
    """Summarise the given groups again from their members, and list the days of their events
    (``fused_days``: what a fused list filtered by dates reads)."""
    for i in range(0, len(groups), CHUNK):
        chunk = groups[i:i + CHUNK]
        rows = s.execute(select(FusedMemberRow.fused_pk, FusedMemberRow.lo, FusedMemberRow.hi, EventRow.day, EventRow.data)
                         .join(EventRow, EventRow.pk == FusedMemberRow.event_pk)
                         .where(FusedMemberRow.fused_pk.in_(chunk))).all()
        members: dict[int, list[tuple[dict[str, Any], tuple[date, date] | None]]] = {}
        days: dict[int, set[date]] = {}
        for g, lo, hi, day, data in rows:
            members.setdefault(g, []).append((data, (lo, hi) if lo is not None else None))
            if day is not None and day < LAST_DAY:
                days.setdefault(g, set()).add(day)
        meta = _meta(s, (d["article"] for ms in members.values() for d, _ in ms))
        values, day_rows = [], []
        for g, ms in members.items():
            f = summarise([d for d, _ in ms], [w for _, w in ms], meta)
            first = date.fromisoformat(f["first_seen"]) if f["first_seen"] else LAST_DAY
            values.append({"b_pk": g, "fused_id": f["fused_id"], "event_type": f["event_type"],
                           "source_country": _country(f.get("source")), "target_country": _country(f.get("target")),
                           "first_seen": first, "corroboration": f["corroboration"],
                           "contradicted": bool(f["contradictions"]), "n_events": len(f["event_ids"]), "data": f,
                           "item": trimmed(dict(f))})
            day_rows += [{"fused_pk": g, "day": d, "first_seen": first, "fused_id": f["fused_id"]}
                         for d in sorted(days.get(g, ()))]
        if values:
            _bulk_update(s, FusedRow, values)
        s.execute(delete(FusedDayRow).where(FusedDayRow.fused_pk.in_(chunk)))
        if day_rows:
            s.execute(insert(FusedDayRow), day_rows)


def refresh_stories(s: Session, stories: list[int]) -> None:
    """Summarise the given stories again from their fused events and articles."""
    t = FusedRow.__table__
    for pk in stories:
        members = list(s.scalars(select(t.c.data).where(t.c.story_pk == pk)))
        if not members:
            s.execute(delete(StoryRow).where(StoryRow.pk == pk))
            continue
        meta = _meta(s, (a for f in members for a in f["articles"]))
        st = story(members, meta)
        st.pop("timeline")
        st.pop("fused_ids")
        st["n_articles"] = len(st["articles"])
        st["articles"] = st["articles"][:STORED_ARTICLES]  # all of them are in story_articles
        s.execute(update(StoryRow).where(StoryRow.pk == pk).values(
            story_id=st["story_id"], n_articles=len(st["articles"]), n_fused=len(members), data=st))
        s.execute(delete(StoryCountryRow).where(StoryCountryRow.story_pk == pk))
        if st["countries"]:
            s.execute(insert(StoryCountryRow), [{"story_pk": pk, "country": c[:100]} for c in st["countries"]])


def _bulk_update(s: Session, row: Any, values: list[dict[str, Any]]) -> None:
    from sqlalchemy import bindparam

    t = row.__table__
    cols = {k: bindparam(k) for k in values[0] if k != "b_pk"}
    s.execute(t.update().where(t.c.pk == bindparam("b_pk")).values(**cols), values)


def _country(actor: dict[str, Any] | None) -> str | None:
    return ((actor or {}).get("country") or (actor or {}).get("actor_id") or None) and \
        str((actor or {}).get("country") or (actor or {}).get("actor_id"))[:100]


def rebuild(store: Any, progress: Any = None) -> tuple[int, int]:
    """`lagebild refuse`: drop the fused events and stories and build them again from all stored
    events in one transaction (readers see the old picture until it commits). Returns the numbers
    of fused events and stories."""
    with store.writing() as s:
        for row in (FusedMemberRow, FusedDayRow, StoryCountryRow, StoryArticleRow, FusedRow, StoryRow):
            s.execute(delete(row))
        # 1. every event's key, window and place, streamed (the JSON is not kept)
        pubs = dict(s.execute(select(ArticleRow.id, ArticleRow.published)).all())
        pks: list[int] = []
        arts: list[str] = []
        items: list[tuple[str, tuple[date, date] | None, str | None]] = []
        for pk, data in s.execute(select(EventRow.pk, EventRow.data).execution_options(yield_per=2000)):
            pks.append(pk)
            arts.append(data["article"])
            rng = window(data, pubs.get(data["article"]))
            items.append((fusion_key(data, rng), rng, (data.get("location") or {}).get("country")))
        del pubs
        groups = group_indexes(items)
        # 2. groups (numbered 1..n: the tables were emptied) and their members
        group_pks = list(range(1, len(groups) + 1))
        for i in range(0, len(groups), CHUNK):
            chunk, new = groups[i:i + CHUNK], group_pks[i:i + CHUNK]
            s.execute(insert(FusedRow), [{"pk": gp, "fused_id": "", "event_type": items[g[0]][0].split("|")[0],
                                          "first_seen": LAST_DAY} for g, gp in zip(chunk, new, strict=True)])
            rows = [{"event_pk": pks[j], "fused_pk": gp, "key": items[j][0], "lo": items[j][1][0] if items[j][1] else None,
                     "hi": items[j][1][1] if items[j][1] else None, "place": items[j][2], "article_id": arts[j]}
                    for g, gp in zip(chunk, new, strict=True) for j in g]
            s.execute(insert(FusedMemberRow), rows)
        if store.dialect == "postgresql":
            # statistics that see the new rows (ANALYZE counts this transaction's own inserts):
            # the planner had none for the rows just written, and each chunk's member query took seconds at 1 M events
            s.execute(text("ANALYZE fused_members"))
            s.execute(text("ANALYZE fused"))
        for i in range(0, len(groups), CHUNK):
            refresh_groups(s, group_pks[i:i + CHUNK])
            if progress:
                progress(min(i + CHUNK, len(groups)), len(groups))
        # 3. stories: groups of one week that share an article (union-find), then summaries
        weeks = [_week(items[g[0]][0]) for g in groups]
        group_arts = [{arts[j] for j in g} for g in groups]
        roots = week_roots(zip(weeks, group_arts, strict=True))
        weeks_of: dict[str, set[tuple[str, int]]] = {}
        for n, group in enumerate(group_arts):
            for a in group:
                weeks_of.setdefault(a, set()).add((weeks[n], n))
        story_pk = {root: k for k, root in enumerate(sorted(set(roots)), start=1)}
        rows = [{"pk": k, "story_id": ""} for k in story_pk.values()]
        for i in range(0, len(rows), 5000):
            s.execute(insert(StoryRow), rows[i:i + 5000])
        for i in range(0, len(groups), CHUNK):
            _bulk_update(s, FusedRow, [{"b_pk": group_pks[n], "story_pk": story_pk[roots[n]]}
                                       for n in range(i, min(i + CHUNK, len(groups)))])
        rows = []
        for a in sorted(weeks_of):
            by_week = {w: story_pk[roots[n]] for w, n in weeks_of[a]}
            rows.append({"article_id": a, "story_pk": by_week[home_period(by_week)]})
        for i in range(0, len(rows), 5000):
            s.execute(insert(StoryArticleRow), rows[i:i + 5000])
        refresh_stories(s, sorted(story_pk.values()))
        if store.dialect == "sqlite":
            s.execute(text("ANALYZE"))  # fresh statistics for the query planner after a bulk change
        if store.dialect == "postgresql":  # explicit keys: move the sequences past them
            s.execute(text("ANALYZE fused_days"))
            for table in ("fused", "stories"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                               f"(SELECT coalesce(max(pk), 0) + 1 FROM {table}), false)"))
        return len(groups), len(story_pk)
