"""Canonical display names of countries: one function, so events, places and the gazetteer agree.

The first English name in ``resources/en/countries.yaml`` is the common form ("Russia", "Iran");
pycountry's official forms ("Russian Federation", "Iran, Islamic Republic of") are the fallback.
"""

from __future__ import annotations

from .codes import EXTRA_CODES
from .resources import derived_cache, load


@derived_cache
def _names() -> dict[str, str]:
    import pycountry

    out = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    out.update(EXTRA_CODES)
    for iso3, spec in (load("countries", "en", default={}) or {}).items():
        names = (spec or {}).get("names") or []
        if names:
            out[iso3] = names[0]
    return out


def country_name(iso3: str) -> str:
    """The English display name of an ISO 3166 alpha-3 code (the code itself if unknown)."""
    return _names().get(iso3, iso3)
