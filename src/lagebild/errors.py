"""Errors that reach the user as one clear line naming the input and the problem."""

from __future__ import annotations


class LagebildError(Exception):
    """Base class: the CLI prints these as one line and exits non-zero, with no traceback."""


class InputError(LagebildError):
    """A problem with one input (file, line, option): names where, then what."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    @classmethod
    def not_utf8(cls, where: str, exc: UnicodeDecodeError) -> InputError:
        """The one wording for a file that is no UTF-8 text, whichever reader (articles, feed lists, gold) met it."""
        return cls(where, f"not valid UTF-8 text (byte {exc.start}); convert it to UTF-8")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Picklable with both arguments, so errors raised in worker processes arrive intact."""
        return (type(self), (self.where, self.problem))


class OptionError(InputError):
    """A command-line option given a value it cannot take: a usage error, so the CLI exits 2 like its parser's own."""

    exit_code = 2


class StorageError(LagebildError):
    """The database cannot be reached or written; nothing was changed."""


class ResourceError(LagebildError):
    """A resource data file is missing or malformed."""
