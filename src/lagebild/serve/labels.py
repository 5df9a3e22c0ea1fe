"""Readable labels for actors and happenings, as the web UI writes them ("Georgia (civilians)
attacks Russia (military) in Tskhinvali"), for the places where the server names a story itself."""

from __future__ import annotations

from typing import Any

from ..fuse.stories import named_actor

SECTORS = {
    "GOV": "government", "MIL": "military", "INTEL": "intelligence", "MEDIA": "media", "IGO": "international body",
    "CIV": "civilians", "REB": "rebels", "BUS": "business", "POL": "police", "LEG": "parliament", "JUD": "judiciary",
    "NGO": "NGO", "RES": "researchers",
}
VERBS = {
    "AGREE": "agrees with", "CONSULT": "meets", "SUPPORT": "supports", "CONCEDE": "concedes to",
    "COOPERATE": "cooperates with", "AID": "aids", "RETREAT": "withdraws from", "REQUEST": "asks", "ACCUSE": "accuses",
    "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests against", "SANCTION": "sanctions",
    "MOBILIZE": "mobilises against", "COERCE": "coerces", "ASSAULT": "attacks",
}
ALONE = {"MOBILIZE": "mobilises", "AGREE": "agrees", "CONSULT": "holds talks", "PROTEST": "protests",
         "RETREAT": "withdraws", "ASSAULT": "attacks"}


def actor_text(a: dict[str, Any] | None) -> str:
    """A country-level actor as "Georgia (civilians)"; a person or organisation by its name."""
    from ..knowledge.names import country_name

    if not a:
        return "–"
    if (name := named_actor(a)) is not None:
        return name
    if a.get("country"):
        name = country_name(a["country"])
        return f"{name} ({SECTORS.get(a['sector'], a['sector'])})" if a.get("sector") else name
    return a.get("name") or a.get("text") or "–"


def happening(f: dict[str, Any]) -> str:
    """One event or fused event in words, without arrows or dashes for a missing target."""
    kind = f.get("event_type") or ""
    if f.get("target"):
        verb = f"{VERBS.get(kind, kind.lower())} {actor_text(f['target'])}"
    else:
        verb = ALONE.get(kind, kind.lower())
    place = (f.get("location") or {}).get("name")
    mod = f" ({f['modality']})" if f.get("modality") not in (None, "factual") else ""
    return f"{actor_text(f.get('source'))} {verb}{f' in {place}' if place else ''}{mod}"
