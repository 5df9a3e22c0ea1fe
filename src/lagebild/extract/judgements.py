"""Calling someone or their act something: a verb of calling with an evaluative predicate (judge27, issue 13 item 1).

"bezeichnete X als unverantwortlich", "nannte ihn einen Verräter", "branded him a traitor", "called the plan
unrealistic": news-gold codes criticism as ACCUSE (disapprove) and praise as SUPPORT (praise). The reading goes by
the construction and the polarity of the predicate word, read from ``resources/<lang>/judgements.yaml`` (a lexicon
of common evaluative adjectives and nouns), not by a phrase list per article: a neutral predicate (a title, a role,
a number) holds no listed word and tells no event. The lexicon becomes two trigger rules per language, appended
after the hand-written ones so that a tuned rule for the same verb is tried first.
"""

from __future__ import annotations

from typing import Any

from ..knowledge.resources import load


def _endings(lang: str) -> list[str]:
    """The endings of an adjective's inflected forms (lexicon ``adjective_endings``; none: the base form alone): the
    judgements list the base form ("unverantwortlich"), a predicate or attribute is inflected ("einen unverantwortlichen")."""
    lex = load("lexicon", lang, default={}) or {}
    return [str(e) for e in lex.get("adjective_endings") or [""]]


def _words(data: dict[str, Any], kind: str, lang: str) -> list[str]:
    """The cue words of one polarity: adjectives with their inflected forms (German), nouns as written.

    Adjectives match as whole words ("=" prefix): the rule engine would otherwise take any word ending in one
    ("Schrecken" is no "schrecklich", but "fair" would match "Affair"); nouns keep the compound ending
    ("Erpressungsversuch", "Kriegsverbrecher") unless written with "=" in the data."""
    adjectives = [str(w).lower() for w in data.get(f"{kind}_adjectives") or []]
    nouns = [str(w).lower() for w in data.get(f"{kind}_nouns") or []]
    endings = _endings(lang)
    forms = [f"={a}{e}" for a in adjectives for e in endings]
    return list(dict.fromkeys([*forms, *nouns]))


def judgement_rules(lang: str) -> list[dict[str, Any]]:
    """Trigger rules (as triggers.yaml writes them) for calling an actor or its act by a judgement; none when the
    language has no ``judgements.yaml``. The object is the target and one must be found: "described the situation
    as dangerous" names no side and tells no event."""
    data = load("judgements", lang, default={}) or {}
    verbs = [str(v) for v in data.get("verbs") or []]
    if not verbs:
        return []
    without = [str(w) for w in data.get("without_any") or []]
    # "naming": the rule reads a verb that needs a preposition for its other senses ("call": "called on X to") when
    # the verb has a predicate ("called the vote illegal"; trigger_checks_en.EnglishTriggerChecks.verb_ok)
    common = {"verbs": verbs, "object_target": True, "require_target": True, "naming": True}
    rules: list[dict[str, Any]] = []
    # calling a claim untrue rejects it (a denial), tried first: "nannte die Vorwürfe haltlos" is no criticism of an act
    rejecting = _words(data, "rejecting", lang)
    if rejecting:
        rules.append({**common, "type": "REJECT", "cameo": ["120"], "with_any": rejecting,
                      **({"without_any": without} if without else {})})
    negative = _words(data, "negative", lang)
    if negative:
        rules.append({**common, "type": "ACCUSE", "mode": "disapprove", "cameo": ["111"], "with_any": negative,
                      **({"without_any": without} if without else {})})
    copulas = [str(v) for v in data.get("copula_verbs") or []]
    if negative and copulas:
        # detrig37: a named speaker's "X sei unverantwortlich" is the speaker's criticism of X, told as a charge
        # ("reported": the speaker is the source, the clause's subject the target); told as fact it is no event
        adjectives = [w for w in _words({"negative_adjectives": data.get("negative_adjectives")}, "negative", lang)]
        rules.append({"type": "ACCUSE", "mode": "disapprove", "cameo": ["111"], "verbs": copulas,
                      "with_any": adjectives, "reported": True, "require_target": True,
                      **({"without_any": without} if without else {})})
    positive = _words(data, "positive", lang)
    if positive:
        praise_without = [*without, *(str(w) for w in data.get("without_praise") or [])]
        rules.append({**common, "type": "SUPPORT", "cameo": ["051"], "with_any": positive,
                      **({"without_any": praise_without} if praise_without else {})})
    return rules
