"""Output formats shared by the commands: jsonl, json, csv and a readable rich table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

FLAT_FIELDS = ["event_id", "article", "event_type", "mode", "source_actor", "source_country", "source_sector",
               "target_actor", "target_country", "target_sector", "location", "location_country", "lat", "lon",
               "date", "quantities", "modality", "hedged", "attribution", "denied_by", "evidence_start",
               "evidence_end", "evidence"]


def flatten(ev: dict[str, Any]) -> dict[str, Any]:
    """One flat row per event for CSV and parquet (nested lists joined with '; ')."""
    src, tgt, loc = ev.get("source") or {}, ev.get("target") or {}, ev.get("location") or {}
    quantities = "; ".join(f"{_qual(q)}{q['value']} {q.get('unit') or ''}".strip() for q in ev.get("quantities") or [])
    return {
        "event_id": ev["event_id"], "article": ev["article"], "event_type": ev["event_type"], "mode": ev.get("mode"),
        "source_actor": src.get("actor_id"), "source_country": src.get("country"), "source_sector": src.get("sector"),
        "target_actor": tgt.get("actor_id"), "target_country": tgt.get("country"), "target_sector": tgt.get("sector"),
        "location": loc.get("name"), "location_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "date": (ev.get("date") or {}).get("value"), "quantities": quantities, "modality": ev["modality"],
        "hedged": ev["hedged"], "attribution": "; ".join(a.get("name") or "" for a in ev.get("attribution") or []),
        "denied_by": "; ".join(d.get("country") or d.get("name") or "" for d in ev.get("denied_by") or []),
        "evidence_start": ev["evidence"]["start"], "evidence_end": ev["evidence"]["end"],
        "evidence": ev["evidence"].get("sentence"),
    }


def _qual(q: dict[str, Any]) -> str:
    return {"at_least": "≥", "at_most": "≤", "about": "~"}.get(q.get("qualifier") or "", "")


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    code = "-".join(x for x in (a.get("country"), a.get("sector")) if x)
    name = a.get("name") or ""
    return f"{name} [{code}]" if code and name and a.get("actor_id") not in (code, None) else (code or name)


def write_events(events: Iterable[dict[str, Any]], fmt: str, console: Console | None = None,
                 title: str | None = None) -> None:
    if console is None:
        console = Console(soft_wrap=fmt != "table")
        if fmt == "table" and not console.is_terminal:
            console = Console(width=220)  # piped into a file or pager: room for every column
    evs = list(events)
    if fmt == "jsonl":
        for e in evs:
            console.out(json.dumps(e, ensure_ascii=False), highlight=False)
    elif fmt == "json":
        console.out(json.dumps(evs, ensure_ascii=False, indent=2), highlight=False)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=FLAT_FIELDS)
        w.writeheader()
        for e in evs:
            w.writerow(flatten(e))
        console.out(buf.getvalue().rstrip("\n"), highlight=False)
    else:
        console.print(events_table(evs, title))


def events_table(evs: list[dict[str, Any]], title: str | None = None) -> Table:
    t = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for col, kw in (("type", {"style": "bold cyan", "no_wrap": True}), ("source", {}), ("target", {}),
                    ("where", {}), ("when", {"no_wrap": True}), ("how many", {}), ("claim", {}),
                    ("according to", {}), ("denied by", {"style": "red"}), ("evidence", {"style": "dim"})):
        t.add_column(col, **kw)
    for e in evs:
        loc = e.get("location") or {}
        claim = e["modality"] + (", hedged" if e["hedged"] else "")
        t.add_row(e["event_type"] + (f"/{e['mode']}" if e.get("mode") else ""), _actor(e.get("source")),
                  _actor(e.get("target")), loc.get("name") or "", (e.get("date") or {}).get("value") or "",
                  ", ".join(f"{_qual(q)}{q['value']:,} {q.get('unit') or ''}".strip() for q in e.get("quantities") or []),
                  claim, "; ".join(a.get("name") if a.get("name") != "unnamed" else f"({a.get('text')})"
                                   for a in e.get("attribution") or []),
                  ", ".join(d.get("country") or d.get("name") or "" for d in e.get("denied_by") or []),
                  _evidence(e))
    return t


def _evidence(e: dict[str, Any]) -> str:
    ev = e.get("evidence") or {}
    text = " ".join((ev.get("text") or ev.get("sentence") or "").split())
    return text if len(text) <= 90 else text[:87] + "…"
