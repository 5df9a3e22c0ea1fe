"""The `lagebild` command. Each module in ``serve/commands/`` registers its own commands, so a
new command (or a plugin's) is one new file, not an edit to a central list."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from ..errors import LagebildError
from . import commands

app = typer.Typer(
    name="lagebild",
    help="Turn news articles into a situation picture: who did what to whom, where and when, "
         "according to whom, how certain, and who denies it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

for _mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    importlib.import_module(f"{commands.__name__}.{_mod.name}").register(app)


def main() -> None:
    """Entry point: library errors become one line on stderr and exit status 1 (usage errors 2)."""
    try:
        code = app(standalone_mode=False)
    except LagebildError as exc:
        typer.echo(f"lagebild: error: {exc}", err=True)
        sys.exit(getattr(exc, "exit_code", 1))
    except KeyboardInterrupt:
        typer.echo("lagebild: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        # Usage errors (click's, or the copy of click that typer >= 0.29 bundles) know how to show
        # themselves and their exit code; match them by that, not by one library's class.
        if callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()
            sys.exit(exc.exit_code)
        if type(exc).__name__ in ("Exit", "Abort"):
            sys.exit(getattr(exc, "exit_code", 1) if type(exc).__name__ == "Exit" else 130)
        raise
    if isinstance(code, int) and code:  # `raise typer.Exit(n)` comes back as a return value here
        sys.exit(code)


if __name__ == "__main__":
    main()
