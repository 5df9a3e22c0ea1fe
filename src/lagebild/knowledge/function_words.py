"""The few function words the readings test one by one ("to" before an infinitive, "of", "by", "out", "-ing",
German "und"), read from the lexicon's ``function_words`` section, so no word stands in Python; found once per
language and search path, and forgotten with the files by ``resources.clear_cache``."""

from __future__ import annotations

from dataclasses import dataclass

from .resources import derived_cache, load, lower_words, resource_dirs


@dataclass(frozen=True)
class FunctionWords:
    """One language's words by role; a role the language lacks is empty, so its reading never applies."""

    infinitive_markers: frozenset[str]  # "refused to meet", "is said to have sent"
    genitive_prepositions: frozenset[str]  # "the assets of X", "pulled out of Lebanon"
    agent_prepositions: frozenset[str]  # "sailors kidnapped by X", "die Festnahme ... durch die Polizei"
    partner_prepositions: frozenset[str]  # "exchanged fire with X"
    exit_particles: frozenset[str]  # "pulled out of", "ruled out suing"
    origin_prepositions: frozenset[str]  # "from", which "out of" stands for ("pulled out of Lebanon")
    group_prepositions: frozenset[str]  # "among the dead were ..."
    copula_lemmas: frozenset[str]  # the verb of "among them was ..."
    complementisers: frozenset[str]  # "warned that ..."
    definite_articles: frozenset[str]  # "the government of the Sudan": the one word between a link and its owner
    fused_infinitive_markers: frozenset[str]  # German "zu" inside one word ("auszugehen")
    subject_coordinators: frozenset[str]  # German "und" inside a subject noun phrase ("Russland und die Ukraine seien")
    gerund_endings: tuple[str, ...]  # "ruled out suing", "governments rejecting criticism"
    participle_endings: tuple[str, ...]  # a lower-case word after a country adjective that is no title ("-backed")


def function_words(lang: str) -> FunctionWords:
    """``lang``'s function words (the lexicon's ``function_words``; empty roles where it has none)."""
    return _function_words(lang, tuple(resource_dirs()))


@derived_cache
def _function_words(lang: str, dirs: tuple[object, ...]) -> FunctionWords:
    """Keyed by the search path like ``resources._languages``: another LAGEBILD_RESOURCES reads its own files."""
    words = (load("lexicon", lang, {}) or {}).get("function_words") or {}
    roles = ("infinitive_markers", "genitive_prepositions", "agent_prepositions", "partner_prepositions", "exit_particles",
             "origin_prepositions", "group_prepositions", "copula_lemmas", "complementisers", "definite_articles",
             "fused_infinitive_markers", "subject_coordinators")
    sets = {k: lower_words(words, k) for k in roles}
    return FunctionWords(**sets, gerund_endings=tuple(sorted(lower_words(words, "gerund_endings"))),
                         participle_endings=tuple(sorted(lower_words(words, "participle_endings"))))
