"""`lagebild serve`: the REST API and the web UI over the stored picture."""

from __future__ import annotations

from pathlib import Path

import typer

from ..options import DbOption


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Browse")
    def serve(
        db: str = DbOption,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: all interfaces)."),
        port: int = typer.Option(8000, "--port", help="TCP port (1-65535)."),
        allowed_host: list[str] = typer.Option(None, "--allowed-host", help="Host name the server answers to "
                                               "(repeatable; '*' for any). Others get 400, which stops DNS "
                                               "rebinding.", show_default="the --host address and localhost"),
        token_file: Path = typer.Option(None, "--token-file", help="File holding the write token that "
                                        "POST /api/articles requires. [env: LAGEBILD_API_TOKEN or "
                                        "LAGEBILD_API_TOKEN_FILE] Without a token the API is read-only."),
    ) -> None:
        """Serve the picture in a browser (events table, story timeline, map, actor network, article
        view with highlighted evidence) and as a REST API with an OpenAPI description at
        /api/docs. Read-only unless a write token is configured."""
        import uvicorn

        from ...errors import InputError
        from ..api import create_app, load_token

        if not 1 <= port <= 65535:
            raise InputError("--port", f"{port} is not a TCP port (1-65535)")
        token = load_token(token_file=token_file)
        if token is None:  # read-only: never create a database just to show it empty
            from ..options import open_store

            open_store(db)
        else:
            typer.echo("lagebild: loading the extraction pipeline for ingest …", err=True)
        from ..security import default_hosts

        web = create_app(db, token=token, preload=token is not None, allowed_hosts=allowed_host or default_hosts(host))
        typer.echo(f"lagebild: serving {web.state.store.url} on http://{host}:{port}/ "
                   f"(API: /api/docs; {'writable with token' if token else 'read-only'})", err=True)
        uvicorn.run(web, host=host, port=port, log_level="warning")
