"""Dates given as YYYY-MM-DD (options, front matter, JSON). Apart from the readers, which import YAML
and the article model, so that a read command's ``--since`` loads nothing more than this."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .errors import InputError


def parse_date(value: Any, where: str) -> date | None:
    """A publication date from an option, front matter or JSON: YYYY-MM-DD (a time part is dropped)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str | int):
        raise InputError(where, f"invalid date of type {type(value).__name__} (expected YYYY-MM-DD)")
    text = str(value).strip()[:40]
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and (len(text) == 10 or text[10] in "T ") \
            else date.fromisoformat(text)
    except ValueError:
        raise InputError(where, f"invalid date {text!r} (expected YYYY-MM-DD)") from None
