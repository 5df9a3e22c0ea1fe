"""Stories: articles that report the same fused events, with one timeline per story.

Two articles belong to one story when they share a fused event and were published in the same
calendar week (fuse.events.period): news of a long conflict links articles day after day, and
without a window every article about it would end up in one story. A story's timeline lists the
fused events its articles report, by date, so an analyst follows how a development unfolded and
who reported each step.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .events import _published, period


class _Sets:
    """Union-find over article ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def actor_code(actor: dict[str, Any]) -> str:
    """The country-level code of an actor: 'PRK-MIL', 'PRK', or '' without a country or sector."""
    return "-".join(x for x in (actor.get("country"), actor.get("sector")) if x)


def named_actor(actor: dict[str, Any]) -> str | None:
    """The name of a person or organisation (an actor id beyond its country code), else None."""
    aid = actor.get("actor_id")
    if aid and aid not in (actor.get("country"), actor_code(actor)):
        return actor.get("name") or aid
    return None


def actor_label(actor: dict[str, Any] | None) -> str:
    """A person or organisation by name, a country-level actor by its code (PRK-MIL)."""
    if not actor:
        return "?"
    return named_actor(actor) or actor_code(actor) or actor.get("name") or "?"


def summary(f: dict[str, Any]) -> str:
    """One line for a timeline: 'PRK-MIL → RUS-GOV: MOBILIZE in Kursk (3 sources; denied by RUS)'."""
    text = f"{actor_label(f.get('source'))} → {actor_label(f.get('target'))}: {f['event_type']}" if f.get("target") \
        else f"{actor_label(f.get('source'))}: {f['event_type']}"
    if f.get("location"):
        text += f" in {f['location'].get('name')}"
    notes = [f"{f['corroboration']} source{'s' if f['corroboration'] != 1 else ''}"]
    if f["modality"] != "factual":
        notes.append(f["modality"])
    notes.extend(c["detail"] for c in f.get("contradictions") or [])
    return f"{text} ({'; '.join(notes)})"


def article_period(article: dict[str, Any] | None) -> str:
    """The period an article's publication date falls in ('' when it has none)."""
    return period(_published(article))


def home_article(arts: list[str], articles: dict[str, dict[str, Any]]) -> str:
    """A fused event's first article (earliest published, then by id): its story is the event's own."""
    return min(arts, key=lambda a: (_published_text(articles.get(a)), a))


def _published_text(article: dict[str, Any] | None) -> str:
    day = _published(article)
    return day.isoformat() if day else "9999"


def build_stories(fused: list[dict[str, Any]], articles: dict[str, dict[str, Any]] | None = None
                  ) -> list[dict[str, Any]]:
    """Stories from fused events (see fuse_events), largest first; ``articles`` supplies titles and
    publication dates. A story holds the fused events any of its articles reports."""
    articles = articles or {}
    sets = _Sets()
    for f in fused:
        by_period: dict[str, list[str]] = {}
        for a in f["articles"]:
            sets.find(a)
            by_period.setdefault(article_period(articles.get(a)), []).append(a)
        for arts in by_period.values():
            for a in arts[1:]:
                sets.union(arts[0], a)
    groups: dict[str, tuple[set[str], list[dict[str, Any]]]] = {}
    for f in fused:
        for a in f["articles"]:
            groups.setdefault(sets.find(a), (set(), []))[0].add(a)
        for root in sorted({sets.find(a) for a in f["articles"]}):
            groups[root][1].append(f)
    stories = [story(members, articles, own) for own, members in groups.values()]
    stories.sort(key=lambda s: (-len(s["articles"]), -len(s["fused_ids"]), s["story_id"]))
    return stories


def story(members: list[dict[str, Any]], articles: dict[str, dict[str, Any]], own: Iterable[str] | None = None
          ) -> dict[str, Any]:
    """One story from the fused events its articles report (``own``: its articles; all the events'
    articles if None); its id comes from its alphabetically first article, so it is the same
    however the story grew."""
    arts = sorted(set(own) if own is not None else {a for f in members for a in f["articles"]},
                  key=lambda a: ((articles.get(a) or {}).get("published") or "9999", a))
    titled = [(articles.get(a) or {}).get("title") for a in arts if (articles.get(a) or {}).get("title")]
    countries = Counter(c for f in members for c in (_c(f.get("source")), _c(f.get("target"))) if c)
    timeline = sorted(members, key=lambda f: (f.get("first_seen") or "9999", f["fused_id"]))
    top = max(members, key=lambda f: (f["corroboration"], len(f["event_ids"]), f["fused_id"]))
    return {
        "story_id": hashlib.sha1(min(arts).encode()).hexdigest()[:12],
        "title": titled[0] if titled else summary(top),
        "articles": arts,
        "countries": [c for c, _ in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))],
        "start": next((f["first_seen"] for f in timeline if f.get("first_seen")), None),
        "end": max((f.get("last_seen") or "" for f in members), default=None) or None,
        "fused_ids": [f["fused_id"] for f in timeline],
        "timeline": [timeline_entry(f) for f in timeline],
    }


def timeline_entry(f: dict[str, Any]) -> dict[str, Any]:
    return {"date": f.get("first_seen"), "fused_id": f["fused_id"], "event_type": f["event_type"],
            "summary": summary(f), "corroboration": f["corroboration"], "contradicted": bool(f.get("contradictions"))}


def _c(actor: dict[str, Any] | None) -> str | None:
    return (actor or {}).get("country")
