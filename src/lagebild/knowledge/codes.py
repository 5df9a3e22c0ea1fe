"""Country codes the knowledge base accepts: ISO 3166-1 alpha-3 plus user-assigned codes in common use.

Kosovo has no ISO 3166-1 code, yet it is a party in much news; the EU, IMF and World Bank use
the user-assigned XKX, and so does lagebild (the Phoenix dictionaries' KSV maps to it).
"""

from __future__ import annotations

from .resources import derived_cache

# user-assigned alpha-3 codes -> English name (ISO 3166 reserves XAA-XZZ for such use)
EXTRA_CODES: dict[str, str] = {"XKX": "Kosovo"}


@derived_cache
def country_codes() -> frozenset[str]:
    """Every alpha-3 code an actor or place may carry."""
    import pycountry

    return frozenset({c.alpha_3 for c in pycountry.countries} | set(EXTRA_CODES))
