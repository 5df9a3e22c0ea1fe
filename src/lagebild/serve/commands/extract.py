"""`lagebild extract`: events of articles, printed, nothing stored."""

from __future__ import annotations

from pathlib import Path

import typer

from ..options import OutputFormat, lang_option, published_option


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Extract")
    def extract(
        files: list[Path] = typer.Argument(..., help="Article files (.txt, .html, .jsonl) or directories.",
                                           show_default=False),
        published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs "
                                      "that carry none; relative dates ('heute', 'last week') resolve against it."),
        lang: str = typer.Option("auto", "--lang", help="Language of the inputs: de, en or auto (detect)."),
        fmt: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="Output format."),
        scorer: bool | None = typer.Option(None, "--scorer/--no-scorer", show_default=False,
                                    help="Drop events the learned scorer rates unlikely (default: $LAGEBILD_SCORER, "
                                    "else the shipped model's setting)."),
    ) -> None:
        """Print the events of each article (PLOVER type, actors, place, date, quantities, source,
        modality, denials, evidence offsets). Stores nothing; the JSON fields are documented in
        docs/events.md. Inputs holding no article (a directory of other files) are an error: there is
        nothing to print (ingest, which feeds a database from a drop folder, only warns)."""
        from ...ingest.readers import ReadOptions, read_paths, unknown_note
        from ...pipeline import Pipeline
        from ..options import NoDateWarning
        from ..render import write_events

        unknown: list[Path] = []
        opts = ReadOptions(published_option(published), lang_option(lang), on_unknown=unknown.append)
        pipeline = Pipeline(scorer=scorer)
        undated = NoDateWarning()
        events, read = [], 0
        for doc in pipeline.pipe(undated.checked(read_paths(files, opts))):  # a few articles parsed at once
            events.extend(e.to_json() for e in doc.events)
            read += 1
        if (note := unknown_note(unknown)) is not None:
            typer.echo(f"lagebild: warning: {note}", err=True)
        if not read:  # only directories without an article file get here (an empty file fails as it is read)
            from ...errors import InputError
            from ...ingest.readers import no_article_note

            raise InputError(", ".join(map(str, files)), no_article_note())
        write_events(events, fmt.value)
        undated.emit()
