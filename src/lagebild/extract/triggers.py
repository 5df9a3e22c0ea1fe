"""Trigger data for one language: the hand-written rules plus a generated lexicon they name.

``triggers.yaml`` may carry a ``cameo:`` section naming a generated file (English:
``triggers_cameo.yaml``, from the PETRARCH2 CAMEO verb dictionary) with role settings per PLOVER
type (``templates``) and the verbs and codes left out (``exclude_verbs``, ``exclude_codes``).
Hand-written rules win: a generated verb is added only where no hand-written rule has it, so the
broad lexicon fills gaps without overriding what was tuned. Kept apart from the extractor so the
extractor sees one plain rule list whatever the source.
"""

from __future__ import annotations

from typing import Any

from ..errors import ResourceError
from ..knowledge.resources import load
from .judgements import judgement_rules


def load_triggers(lang: str) -> dict[str, Any]:
    """``triggers.yaml`` of ``lang`` with the rules of its generated lexicon merged in (a new dict)."""
    data = load("triggers", lang)
    cfg = data.get("cameo") if isinstance(data, dict) else None
    if cfg:
        light = set((load("lexicon", lang, default={}) or {}).get("light_verbs") or [])
        data = merge_generated(data, load(cfg["file"], lang), cfg, lang, light)
    extra = judgement_rules(lang)  # calling someone something (judgements.py): after every tuned rule
    return {**data, "rules": [*(data.get("rules") or []), *extra]} if extra else data


def merge_generated(data: dict[str, Any], generated: dict[str, Any], cfg: dict[str, Any], lang: str = "",
                    light_verbs: set[str] | None = None) -> dict[str, Any]:
    """Hand rules first, then one rule per generated verb + object pattern and per code (plain verbs)."""
    templates: dict[str, dict[str, Any]] = cfg.get("templates") or {}
    exclude_verbs = set(cfg.get("exclude_verbs") or [])
    exclude_codes = tuple(str(c) for c in cfg.get("exclude_codes") or [])
    phrases_on = bool(cfg.get("phrases", True))
    # "find out", "040 pull out": verb + word patterns that name no act (a leading code limits it to that code)
    excluded_phrases = [p.split() for p in cfg.get("exclude_phrases") or []]
    hand = list(data.get("rules") or [])
    # a hand rule marked `cameo_too` narrows a verb to a context ("ban" + "rally") without hiding its CAMEO reading
    known = {v for r in hand if not r.get("cameo_too") for v in r.get("verbs") or []}
    nouns = {n.lower() for r in hand for n in r.get("nouns") or []}
    added: list[dict[str, Any]] = []
    # military-subject patterns ("the army advanced") of the codes chosen, less the verbs that say too little
    military = cfg.get("military") or {}
    codes, not_verbs = {str(c) for c in military.get("codes") or []}, set(military.get("exclude_verbs") or [])
    soldiers = [{**e, "verbs": [v for v in e["verbs"] if v not in not_verbs]} for e in generated.get("military") or []
                if str(e["cameo"]) in codes]
    # the more specific verb + object patterns before the plain verbs: "lash out" accuses, "lash" assaults
    entries = [*((generated.get("phrases") or []) if phrases_on else []), *soldiers, *(generated.get("rules") or [])]
    for entry in entries:
        code = str(entry["cameo"])
        if code.startswith(exclude_codes):
            continue
        phrase = bool(entry.get("with_any"))
        # excluded verbs stay in their patterns: the pattern's object word is what makes them an act
        # a verb with a hand-written rule keeps it: generated patterns would be tried first ("signed an accord")
        verbs = [v for v in entry.get("verbs") or [] if v not in known and (phrase or v not in exclude_verbs)]
        if entry.get("owned"):  # a pattern of a verb with a code of its own: only where the verb alone is left out
            verbs = [v for v in verbs if v in exclude_verbs]
        if not verbs:
            continue
        template = templates.get(entry["type"])
        if template is None:
            raise ResourceError(f"{lang}/triggers.yaml: cameo.templates has no entry for {entry['type']} (code {code})")
        rule = {**template, "type": entry["type"], "mode": entry.get("mode"), "context": list(entry.get("context") or []),
                "verbs": verbs, "nouns": [], "receiving": bool(entry.get("receiving")),
                **{k: list(entry[k]) for k in ("object_preps", "object_also") if entry.get(k)},
                # a phrasal verb's particle names where its target stands ("cracked down on X"), besides the type's
                **({"target_preps": sorted({*(template.get("target_preps") or []), *entry["target_preps"]})}
                   if entry.get("target_preps") else {}),
                **({"require_military": True} if entry.get("require_military") else {})}
        if phrase and excluded_phrases:
            entry = _without_phrases(entry, code, excluded_phrases)
            verbs = [v for v in verbs if v in entry["verbs"]]
            if not verbs or not entry["with_any"]:
                continue
        if phrase:
            # after a light verb an object word that is a hand-written noun trigger tells the event itself
            # ("held exercises", "launched strikes"); after others the pattern stands ("stopped their attacks")
            light = [v for v in verbs if v in (light_verbs or set())]
            heavy = [v for v in verbs if v not in (light_verbs or set())]
            words = [w for w in entry["with_any"] if w not in nouns and w.rstrip("s") not in nouns]
            if light and heavy:
                added.append({**rule, "verbs": heavy, "with_any": list(entry["with_any"]), "object_words": True})
                verbs = light
            elif heavy:
                words = list(entry["with_any"])
            if not words:
                continue
            rule["verbs"] = verbs
            rule["with_any"] = words
            rule["object_words"] = True
        added.append(rule)
    forms = dict(generated.get("verb_forms") or {})
    forms.update(data.get("verb_forms") or {})  # hand-written forms win ("hit": strike)
    return {**data, "rules": [*hand, *added], "verb_forms": forms}


def _without_phrases(entry: dict[str, Any], code: str, excluded: list[list[str]]) -> dict[str, Any]:
    """The pattern less its excluded verb + word pairs: a word goes where every verb has it excluded, a verb where
    every word has; ``excluded`` holds [verb, word] or [code, verb, word]."""
    pairs = {(e[-2], e[-1]) for e in excluded if len(e) == 2 or (len(e) == 3 and e[0] == code)}
    words = [w for w in entry["with_any"] if any((v, w) not in pairs for v in entry["verbs"])]
    verbs = [v for v in entry["verbs"] if any((v, w) not in pairs for w in words)]
    return {**entry, "verbs": verbs, "with_any": words}
