"""A side the article's country was only guessed for, set against a nationality of that same country: in a one-line
"The president issued a call for American support" the unnamed president got the article's country from the very
adjective that names whom he asks, so the event would tell the United States asking itself."""

from __future__ import annotations

from ..model import Mention

GUESSED_VIA = "sector+article"  # context.fill_generic's last resort: the article's main country


def guessed_against_own(source_m: Mention | None, target_m: Mention | None) -> bool:
    """True where the source's country is the article's guess and the target is a nationality adjective of that same
    country: the pair names one side twice, not two sides."""
    if source_m is None or target_m is None or source_m.actor is None or target_m.actor is None:
        return False
    return source_m.via.endswith(GUESSED_VIA) and target_m.kind == "origin" \
        and bool(source_m.actor.country) and source_m.actor.country == target_m.actor.country
