"""A country name, demonym, adjective or capital in any supported language -> its ISO alpha-3 code.

Analysts filter by "iran", "Georgia" or "Teheran" as readily as by "IRN"; the stored events carry
only the code, so filters translate the words with the same country files the extraction reads.
"""

from __future__ import annotations

from .resources import derived_cache, languages, load

FIELDS = ("names", "adj", "people", "capitals")


@derived_cache
def _index() -> dict[str, str]:
    """Case-folded surface form -> code; a form that names two countries is left out (ambiguous)."""
    seen: dict[str, set[str]] = {}
    for lang in languages():
        lexicon = load("lexicon", lang)
        endings = lexicon.get("adjective_endings") or [""]
        for code, entry in (load("countries", lang, default={}) or {}).items():
            if not isinstance(entry, dict):
                continue
            forms = {code}
            for field in FIELDS:
                for form in entry.get(field) or []:
                    forms.add(str(form))
            # inflected adjectives ("iranischen") as the extraction derives them
            forms.update(f"{a}{e}" for a in entry.get("adj") or [] for e in endings)
            for form in forms:
                seen.setdefault(form.casefold(), set()).add(str(code))
    return {form: next(iter(codes)) for form, codes in seen.items() if len(codes) == 1}


def country_code(query: str | None) -> str | None:
    """The ISO alpha-3 code ``query`` names ("Iran", "iranisch", "Tehran", "georgia", "IRN"), or None."""
    if not query or not query.strip():
        return None
    return _index().get(" ".join(query.split()).casefold())


def resolve_actor_query(query: str | None) -> str | None:
    """An actor filter as the store understands it: a country word becomes its code, anything else
    (an actor id such as POL-GOV, a person's name) is kept as given."""
    if query is None:
        return None
    return country_code(query) or query.strip() or None
