"""Language identification restricted to the languages lagebild has resources for."""

from __future__ import annotations

from functools import lru_cache

from ..errors import InputError
from ..knowledge.resources import languages, load


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - lingua type
    from lingua import Language, LanguageDetectorBuilder

    langs = {getattr(Language, load("lexicon", code)["lingua"]): code for code in languages()}
    if len(langs) == 1:
        return None, langs
    return LanguageDetectorBuilder.from_languages(*langs).build(), langs


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` among the supported languages, or None if undecidable."""
    detector, langs = _detector()
    if detector is None:
        return next(iter(langs.values()))
    found = detector.detect_language_of(text[:2000])
    return langs.get(found) if found is not None else None


def resolve_language(text: str, requested: str | None, where: str) -> str:
    """Validate a requested language (or detect one) and fail with a clear line if unsupported."""
    supported = languages()
    if requested and requested != "auto":
        if requested not in supported:
            raise InputError(where, f"unknown language {requested!r} (supported: {', '.join(supported)}, auto)")
        return requested
    found = detect_language(text)
    if found is None:
        raise InputError(where, f"could not detect the language (supported: {', '.join(supported)}); use --lang")
    return found
