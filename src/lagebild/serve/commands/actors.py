"""`lagebild actors QUERY`: what a name resolves to in the knowledge base, and why."""

from __future__ import annotations

import json
from enum import Enum

import typer


class ActorsFormat(str, Enum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Knowledge")
    def actors(
        query: str = typer.Argument(None, help="A name or phrase: 'Polens', 'Präsident Duda', 'the Kremlin', 'K2'.",
                                    show_default=False),
        lang: str = typer.Option("auto", "--lang", help="Language of the query: de, en or auto (every language)."),
        when: str = typer.Option(None, "--date", help="Resolve people's posts at this date, YYYY-MM-DD "
                                 "(default: their latest post)."),
        fmt: ActorsFormat = typer.Option(ActorsFormat.table, "--format", "-f", help="Output format."),
        check: bool = typer.Option(False, "--check", help="Instead of a query: check every knowledge file "
                                   "against its schema and the others; exit 1 on problems."),
    ) -> None:
        """Show the candidates for a name (canonical id, country, sector, post at the date) with the
        resource file and rule behind each, and the actor mentions found when the query is read as
        a phrase."""
        from ...errors import InputError
        from ...knowledge import explain
        from ...knowledge.resources import languages
        from ...pipeline import language_kit
        from ..options import lang_option, since_option

        if check:
            from ...knowledge.schema import check as run_check

            problems = run_check()
            for p in problems:
                typer.echo(p)
            typer.echo(f"{len(problems)} problem(s)" if problems else "all knowledge files are valid", err=bool(problems))
            # SystemExit, not typer.Exit: the entry point runs click without standalone mode
            raise SystemExit(1 if problems else 0)
        if query is None or not query.strip():
            raise InputError("QUERY", "empty query: give a name or phrase, e.g. lagebild actors 'Präsident Duda'")
        day = since_option(when, "--date")
        langs = languages() if lang_option(lang) == "auto" else [lang]
        out = []
        for code in langs:
            gaz = language_kit(code).gazetteer
            cands = explain.lookup(gaz, query.strip(), day)
            ments = explain.mentions(query.strip(), code, day)
            if cands or ments:
                out.append({"lang": code, "candidates": [c.to_json() for c in cands],
                            "mentions": [{"text": m.text, "kind": m.kind, "via": m.via, "why": _why(gaz, m),
                                          "refers_to": m.refers_to,
                                          "actor": m.actor.to_json() if m.actor else None,
                                          "place": m.place.to_json() if m.place else None} for m in ments]})
        if fmt is ActorsFormat.json:
            typer.echo(json.dumps({"query": query, "date": str(day) if day else None, "results": out},
                                  ensure_ascii=False, indent=2))
            return
        _print_tables(query, out)
        if not out:
            typer.echo(f"{query!r}: no entry in {', '.join(langs)}", err=True)
            raise SystemExit(1)

    def _why(gaz, m) -> str:  # noqa: ANN001 - Gazetteer, Mention (imported lazily)
        from ...knowledge import explain

        why = explain.explain_via(m.via)
        if m.refers_to:  # an anaphor or description: what it refers back to
            why += f" (coreference: {m.refers_to})"
        if m.via in ("person", "org", "alias") and m.actor is not None:
            src = explain.source_of(gaz, m.actor.actor_id)
            if src:
                why += f" [{explain.SOURCES.get(src, src)}]"
        return why

    def _print_tables(query: str, results: list[dict]) -> None:
        from rich.console import Console
        from rich.table import Table

        console = Console()
        for r in results:
            if r["candidates"]:
                t = Table(title=f"{query!r}: gazetteer entries ({r['lang']})", title_justify="left")
                for col in ("surface", "kind", "id", "country", "sector", "post at date", "detail", "why"):
                    t.add_column(col)
                for c in r["candidates"]:
                    t.add_row(c["surface"], c["kind"], c["id"], c["country"] or "–", c["sector"] or "–", c["role"] or "",
                              c["detail"] or "", c["why"])
                console.print(t)
            if r["mentions"]:
                t = Table(title=f"{query!r} as a phrase ({r['lang']})", title_justify="left")
                for col in ("text", "kind", "actor id", "country", "sector", "why"):
                    t.add_column(col)
                for m in r["mentions"]:
                    a = m["actor"] or {}
                    p = m["place"] or {}
                    t.add_row(m["text"], m["kind"], a.get("actor_id") or p.get("name") or "–",
                              a.get("country") or p.get("country") or "–", a.get("sector") or "–", m["why"])
                console.print(t)
