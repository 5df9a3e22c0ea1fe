"""Language identification restricted to the languages lagebild has resources for."""

from __future__ import annotations

from ..errors import InputError
from ..knowledge.resources import derived_cache, languages, load

# Common news languages lagebild does not read: the detector knows them so that a French text is
# reported as French instead of being read as the nearest supported language.
OTHERS = ("FRENCH", "SPANISH", "ITALIAN", "DUTCH", "PORTUGUESE", "POLISH", "RUSSIAN", "UKRAINIAN", "TURKISH",
          "ARABIC", "CHINESE", "JAPANESE", "KOREAN", "SWEDISH", "DANISH", "BOKMAL", "CZECH", "HUNGARIAN",
          "ROMANIAN", "GREEK", "PERSIAN", "HEBREW", "INDONESIAN", "FINNISH")
UNSUPPORTED_CONFIDENCE = 0.5  # an unsupported language must be this sure before a text is refused
# lingua's high-accuracy mode loads its 1- to 5-gram models of all 26 languages (~3 CPU s, paid by every
# process on its first text); its low-accuracy mode needs only the trigram models (~0.1 s). A text the
# trigram models give to a supported language with this confidence is taken as theirs; any other text
# is decided by the high-accuracy detector as before (on thousands of short news sentences both agree).
FAST_CONFIDENCE = 0.99


class UnsupportedLanguage(LookupError):
    """The text is in a language lagebild has no resources for."""

    def __init__(self, name: str, code: str) -> None:
        super().__init__(name)
        self.name, self.code = name, code


@derived_cache
def _detector(fast: bool = False):  # noqa: ANN202 - lingua type
    from lingua import Language, LanguageDetectorBuilder

    langs = {getattr(Language, load("lexicon", code)["lingua"]): code for code in languages()}
    others = [getattr(Language, n) for n in OTHERS if hasattr(Language, n) and getattr(Language, n) not in langs]
    builder = LanguageDetectorBuilder.from_languages(*langs, *others)
    return (builder.with_low_accuracy_mode() if fast else builder).build(), langs


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` among the supported languages, or None if undecidable; raises
    UnsupportedLanguage when the text is clearly in another language."""
    sample = text[:2000]
    detector, langs = _detector(fast=True)
    values = detector.compute_language_confidence_values(sample)
    if values and values[0].language in langs and values[0].value >= FAST_CONFIDENCE:
        return langs[values[0].language]
    detector, langs = _detector()
    values = detector.compute_language_confidence_values(sample)
    if not values or values[0].value == 0:
        return None
    top = values[0]
    if top.language in langs:
        return langs[top.language]
    if top.value >= UNSUPPORTED_CONFIDENCE:
        raise UnsupportedLanguage(top.language.name.capitalize(), top.language.iso_code_639_1.name.lower())
    best = next((v for v in values if v.language in langs and v.value > 0), None)
    return langs[best.language] if best is not None else None


def resolve_language(text: str, requested: str | None, where: str, field: str | None = None) -> str:
    """Validate a requested language (or detect one) and fail with a clear line if unsupported. ``field``: the
    API request field that forces a language, named instead of the CLI's --lang (a web client has no flags)."""
    supported = languages()
    if requested and requested != "auto":
        if requested not in supported:
            raise InputError(where, f"unknown language {requested!r} (supported: {', '.join(supported)}, auto)")
        return requested
    try:
        found = detect_language(text)
    except UnsupportedLanguage as exc:
        force = (f"set the request field {field!r} to force one" if field else
                 "give --lang to force one, or --skip-bad to skip such articles")
        raise InputError(where, f"the text is in {exc.name} ({exc.code}), a language lagebild does not read "
                                f"(supported: {', '.join(supported)}); {force}") from None
    if found is None:
        force = f"set the request field {field!r}" if field else "use --lang"
        raise InputError(where, f"could not detect the language (supported: {', '.join(supported)}); {force}")
    return found
