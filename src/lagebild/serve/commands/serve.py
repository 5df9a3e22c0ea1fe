"""`lagebild serve`: the REST API and the web UI over the stored picture."""

from __future__ import annotations

from pathlib import Path

import typer

from ..options import DbOption


def check_listen(host: str, port: int) -> None:
    """Fail in the project's one line when ``host`` is no address this machine can listen on, before any
    database or pipeline is opened (uvicorn would log its own error and exit 3). A port in use: ``check_port``."""
    import socket

    from ...errors import InputError, OptionError

    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise OptionError("--host", f"cannot listen on {host!r}: not an IP address or known host name "
                                    f"({getattr(exc, 'strerror', None) or exc})") from None
    problem: OSError | None = None
    for family, kind, proto, _, address in found:  # a name such as localhost may give ::1 where IPv6 is off
        try:  # port 0: any free port, so the probe checks the address alone and never takes or waits on --port
            with socket.socket(family, kind, proto) as sock:
                sock.bind((address[0], 0, *address[2:]))
            return
        except OSError as exc:
            problem = exc
    raise InputError("--host", f"cannot listen on {host}: {getattr(problem, 'strerror', None) or problem}")


def check_port(host: str, port: int) -> None:
    """Fail in one line (exit 1) when another program listens on ``port`` at ``host``, before anything is loaded:
    uvicorn would log its own "[Errno 98] error while attempting to bind" after the pipeline. Probed as asyncio binds
    (every address of the host, address reuse on), so a port only in TIME_WAIT still counts as free."""
    import errno
    import socket

    from ...errors import InputError

    for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                              flags=socket.AI_PASSIVE):
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                sock.bind(address)
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    raise InputError("--port", f"port {port} on {host} is in use by another program: stop it or "
                                               "give another --port") from None


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

        from ...errors import OptionError
        from ..api import create_app, load_token

        if not 1 <= port <= 65535:
            raise OptionError("--port", f"{port} is not a TCP port (1-65535)")
        check_listen(host, port)
        check_port(host, port)
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
