"""Stories: articles that report the same fused events, with one timeline per story.

Fused events of one calendar week (fuse.events.period) that share an article make one story, and
its articles are theirs: news of a long conflict links articles day after day, and without a
window every article about it would end up in one story. A story's timeline lists its fused
events by date, so an analyst follows how a development unfolded and who reported each step.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from .events import period


def week_roots(members: Iterable[tuple[str, Iterable[str]]]) -> list[int]:
    """For each fused event, given as (its week, its articles), the index of the first fused event of
    its story: fused events of one week that share an article are one story (union-find)."""
    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, str], int] = {}
    for i, (week, arts) in enumerate(members):
        parent.append(i)
        for a in arts:
            ri, rj = find(i), find(first.setdefault((a, week), i))
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(len(parent))]


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


def fused_period(f: dict[str, Any]) -> str:
    """The week a fused event belongs to: all its reports start in it (fuse.events.fusion_key)."""
    first = f.get("first_seen")
    return period(date.fromisoformat(first)) if first else ""


def home_period(periods: Iterable[str]) -> str:
    """Of the weeks an article reports events of, the one its home story (``story_articles``) is in:
    the earliest dated week, else the undated one."""
    return min(periods, key=lambda w: (w == "", w))


def build_stories(fused: list[dict[str, Any]], articles: dict[str, dict[str, Any]] | None = None
                  ) -> list[dict[str, Any]]:
    """Stories from fused events (see fuse_events), largest first; ``articles`` supplies titles.
    Fused events of one week that share an article are one story; an article that reports events of
    two weeks is in both weeks' stories."""
    articles = articles or {}
    groups: dict[int, list[dict[str, Any]]] = {}
    for f, root in zip(fused, week_roots((fused_period(f), f["articles"]) for f in fused), strict=True):
        groups.setdefault(root, []).append(f)
    stories = [story(members, articles) for members in groups.values()]
    stories.sort(key=lambda s: (-len(s["articles"]), -len(s["fused_ids"]), s["story_id"]))
    return stories


def story(members: list[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One story from its fused events (all of one week); its id comes from its alphabetically first
    article and its week, so it is the same however the story grew."""
    arts = sorted({a for f in members for a in f["articles"]},
                  key=lambda a: ((articles.get(a) or {}).get("published") or "9999", a))
    titled = [(articles.get(a) or {}).get("title") for a in arts if (articles.get(a) or {}).get("title")]
    countries = Counter(c for f in members for c in (_c(f.get("source")), _c(f.get("target"))) if c)
    timeline = sorted(members, key=lambda f: (f.get("first_seen") or "9999", f["fused_id"]))
    top = max(members, key=lambda f: (f["corroboration"], len(f["event_ids"]), f["fused_id"]))
    return {
        "story_id": hashlib.sha1(f"{min(arts)}|{fused_period(members[0])}".encode()).hexdigest()[:12],
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
