"""`lagebild events` and `lagebild export`: read the stored picture back."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from ..options import DbOption, OutputFormat, since_option


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Store")
    def events(
        db: str = DbOption,
        actor: str = typer.Option(None, "--actor", "-a", help="Actor id, country code or name (source, target or "
                                  "the one it is attributed to), e.g. PRK, POL-GOV, budanov."),
        event_type: str = typer.Option(None, "--type", "-t", help="PLOVER event type, e.g. MOBILIZE."),
        since: str = typer.Option(None, "--since", help="Only events dated on or after YYYY-MM-DD."),
        until: str = typer.Option(None, "--until", help="Only events dated on or before YYYY-MM-DD."),
        modality: str = typer.Option(None, "--modality", help="factual, future, hypothetical or negated."),
        article: str = typer.Option(None, "--article", help="Only events of this article id."),
        limit: int = typer.Option(None, "--limit", "-n", min=1, help="At most this many events."),
        fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    ) -> None:
        """Query the stored events, oldest first."""
        from ...errors import InputError
        from ...knowledge.ontology import event_types
        from ...store.db import Store
        from ..render import write_events

        if event_type and event_type.upper() not in event_types():
            raise InputError("--type", f"unknown event type {event_type!r} (PLOVER: {', '.join(event_types())})")
        if modality and modality not in ("factual", "future", "hypothetical", "negated"):
            raise InputError("--modality", f"unknown modality {modality!r} (factual, future, hypothetical, negated)")
        with Store(db, create=False) as store:
            found = store.events(actor=actor, event_type=event_type, since=since_option(since),
                                 until=since_option(until, "--until"), modality=modality, article=article,
                                 limit=limit)
        write_events(found, fmt.value, title=f"{len(found)} event(s)" if fmt.value == "table" else None)

    @app.command(rich_help_panel="Store")
    def export(
        fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl (full events), csv or "
                                         "parquet (one flat row per event)."),
        output: Path = typer.Option(None, "--output", "-o", help="Output file; standard output if omitted "
                                    "(required for parquet)."),
        db: str = DbOption,
    ) -> None:
        """Write all stored events out, for other tools."""
        from ...store.db import Store
        from ...store.export import export_events
        from ...store.queries import iter_events

        with Store(db, create=False) as store:
            export_events(iter_events(store), fmt.value, output)
