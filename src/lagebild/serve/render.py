"""Output formats shared by the commands: jsonl, json, csv and a readable rich table."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:  # rich loads only for tables and CSV: JSON is written as it is
    from rich.console import Console
    from rich.table import Table

FLAT_FIELDS = ["event_id", "article", "event_type", "mode", "source_actor", "source_country", "source_sector",
               "target_actor", "target_country", "target_sector", "target_inferred", "location", "location_country", "lat", "lon",
               "date", "date_start", "date_end", "quantities", "modality", "hedged", "attribution", "denied_by", "evidence_start",
               "evidence_end", "evidence"]


def flatten(ev: dict[str, Any]) -> dict[str, Any]:
    """One flat row per event for CSV and parquet (nested lists joined with '; ')."""
    src, tgt, loc = ev.get("source") or {}, ev.get("target") or {}, ev.get("location") or {}
    quantities = "; ".join(f"{_qual(q)}{q['value']} {q.get('unit') or ''}".strip() for q in ev.get("quantities") or [])
    return {
        "event_id": ev["event_id"], "article": ev["article"], "event_type": ev["event_type"], "mode": ev.get("mode"),
        "source_actor": src.get("actor_id"), "source_country": src.get("country"), "source_sector": src.get("sector"),
        "target_actor": tgt.get("actor_id"), "target_country": tgt.get("country"), "target_sector": tgt.get("sector"),
        "target_inferred": bool(tgt.get("inferred")),
        "location": loc.get("name"), "location_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "date": (ev.get("date") or {}).get("value"), **_date_bounds(ev), "quantities": quantities, "modality": ev["modality"],
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
    shown = f"{name} [{code}]" if code and name and a.get("actor_id") not in (code, None) else (code or name)
    return f"{shown} (inferred)" if a.get("inferred") else shown  # no words of the text name it (home_targets.py)


def _date_bounds(ev: dict[str, Any]) -> dict[str, str | None]:
    """First and last day of the event's date ("2024-10" -> 2024-10-01 .. 2024-10-31), so that
    spreadsheets can sort and filter by it."""
    from ..language.dates import date_range

    rng = date_range((ev.get("date") or {}).get("value"))
    return {"date_start": rng[0].isoformat() if rng else None, "date_end": rng[1].isoformat() if rng else None}


# The table's columns: name -> (header, rich column options). DEFAULT fits a 100-column terminal.
COLUMNS: dict[str, tuple[str, dict[str, Any]]] = {
    "date": ("when", {"no_wrap": True}),
    "type": ("type", {"style": "bold cyan", "no_wrap": True}),
    "source": ("source", {"max_width": 24}),
    "target": ("target", {"max_width": 24}),
    "where": ("where", {"max_width": 18}),
    "quantities": ("how many", {"max_width": 16}),
    "claim": ("claim", {"max_width": 14}),
    "attribution": ("according to", {"max_width": 22}),
    "denied": ("denied by", {"style": "red", "max_width": 16}),
    "article": ("article", {"max_width": 18, "overflow": "fold"}),
    "evidence": ("evidence", {"style": "dim", "ratio": 1}),
}
DEFAULT_COLUMNS = ["date", "type", "source", "target", "where", "article", "evidence"]


NARROW_COLUMNS = ["date", "type", "source", "target", "article"]  # under 100 terminal columns


def parse_columns(value: str | None, wide: bool = False) -> list[str] | None:
    """--columns a,b,c (names from COLUMNS) or --wide (all of them); None: the default for the
    terminal's width (DEFAULT_COLUMNS, or NARROW_COLUMNS on a narrow one)."""
    from ..errors import OptionError

    if wide:
        return list(COLUMNS)
    if not value:
        return None
    names = [c.strip().lower() for c in value.split(",") if c.strip()]
    unknown = [c for c in names if c not in COLUMNS]
    if unknown or not names:
        raise OptionError("--columns", f"unknown column(s) {', '.join(unknown) or '(none given)'} "
                                      f"(known: {', '.join(COLUMNS)})")
    return names


def write_events(events: Iterable[dict[str, Any]], fmt: str, console: Console | None = None,
                 title: str | None = None, columns: list[str] | None = None,
                 articles: dict[str, dict[str, Any]] | None = None) -> None:
    evs = list(events)  # all of them first: a failing input prints nothing
    if fmt in ("jsonl", "json"):
        file = console.file if console is not None else None
        if fmt == "json":
            write_json(json.dumps(evs, ensure_ascii=False, indent=2), file)
        for e in evs if fmt == "jsonl" else ():
            write_json(json.dumps(e, ensure_ascii=False), file)
        return
    from rich.console import Console

    if console is None:
        console = Console(soft_wrap=fmt != "table")
        if fmt == "table" and not console.is_terminal and "COLUMNS" not in os.environ:
            console = Console(width=160)  # piped into a file or pager: a fixed, readable width
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=FLAT_FIELDS)
        w.writeheader()
        for e in evs:
            w.writerow(flatten(e))
        console.out(buf.getvalue().rstrip("\n"), highlight=False)
    else:
        if columns is None:
            columns = DEFAULT_COLUMNS if console.width >= 100 else NARROW_COLUMNS
        console.print(events_table(evs, title, columns, articles))


def write_json(text: str, file: IO[str] | None = None) -> None:
    """``text`` (JSON) and a newline, as ``Console.out(text, highlight=False)`` writes it: JSON escapes
    every control character rich would strip, so the bytes are the same without rich rendering them
    (0.08 CPU s for a 300 KB page of stories)."""
    out = file if file is not None else sys.stdout
    out.write(text + "\n")
    out.flush()


def events_table(evs: list[dict[str, Any]], title: str | None = None, columns: list[str] | None = None,
                 articles: dict[str, dict[str, Any]] | None = None) -> Table:
    """The readable table: only ``columns`` (default DEFAULT_COLUMNS), shrunk to the terminal; an
    event without a date of its own shows its article's publication date, marked with '*'."""
    from rich.table import Table

    cols = columns or DEFAULT_COLUMNS
    t = Table(title=title, show_lines=False, header_style="bold", expand=False,
              caption="* publication date (the event has no date of its own)"
              if "date" in cols and any(_when(e, articles).endswith("*") for e in evs) else None)
    for c in cols:
        header, kw = COLUMNS[c]
        t.add_column(header, **kw)
    for e in evs:
        t.add_row(*(_cell(c, e, articles) for c in cols))
    return t


def _when(e: dict[str, Any], articles: dict[str, dict[str, Any]] | None) -> str:
    own = (e.get("date") or {}).get("value")
    if own:
        return _short_range(own)
    published = ((articles or {}).get(e.get("article") or "") or {}).get("published")
    return f"{published}*" if published else ""


def _short_range(value: str) -> str:
    """"2025-02-10/2025-02-16" -> "2025-02-10/16": the second date without what it shares."""
    a, sep, b = value.partition("/")
    if not sep or len(a) != len(b):
        return value
    for cut in (8, 5):  # same month, same year
        if len(a) == 10 and a[:cut] == b[:cut]:
            return f"{a}/{b[cut:]}"
    return value


def _cell(col: str, e: dict[str, Any], articles: dict[str, dict[str, Any]] | None) -> str:
    if col == "date":
        return _when(e, articles)
    if col == "type":
        return e["event_type"] + (f"/{e['mode']}" if e.get("mode") else "")
    if col in ("source", "target"):
        return _actor(e.get(col))
    if col == "where":
        return (e.get("location") or {}).get("name") or ""
    if col == "quantities":
        return ", ".join(f"{_qual(q)}{q['value']:,} {q.get('unit') or ''}".strip() for q in e.get("quantities") or [])
    if col == "claim":
        return e["modality"] + (", hedged" if e["hedged"] else "")
    if col == "attribution":
        return "; ".join(a.get("name") if a.get("name") != "unnamed" else f"({a.get('text')})"
                         for a in e.get("attribution") or [])
    if col == "denied":
        return ", ".join(d.get("country") or d.get("name") or "" for d in e.get("denied_by") or [])
    if col == "article":
        return e.get("article") or ""
    return _evidence(e)
def _evidence(e: dict[str, Any]) -> str:
    ev = e.get("evidence") or {}
    text = " ".join((ev.get("text") or ev.get("sentence") or "").split())
    return text if len(text) <= 90 else text[:87] + "…"
