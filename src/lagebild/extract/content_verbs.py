"""Which infinitive an ordering verb governs: "ordered French troops to leave" expels them, "ordered French troops to
remain in their bases" commands them to stay (a rule's ``content_verbs``; resources/en/triggers.yaml)."""

from __future__ import annotations

from ..knowledge.function_words import function_words
from ..model import Doc
from .analyser import Analysis


def infinitive_lemma(doc: Doc, verb: int, parse: Analysis | None, reach: int = 8) -> str | None:
    """The lemma of the first infinitive "to VERB" within ``reach`` words after ``verb`` in its sentence, None where
    there is none ("ordered the troops out"). With a parse the word after "to" must be tagged a base verb, so "ordered
    the troops to the border" names no infinitive."""
    toks, to = doc.tokens, function_words(doc.lang).infinitive_markers
    end = min(doc.sentences[toks[verb].sent].tok_end, verb + reach + 1)
    for j in range(verb + 1, end - 1):
        if toks[j].lower not in to:
            continue
        nxt = toks[j + 1]
        if parse is not None and parse.tags:
            if parse.tags.get(j + 1) == "VB":
                return nxt.lemma.lower()
            continue
        return nxt.lemma.lower() if nxt.text[:1].isalpha() and nxt.text[:1].islower() else None
    return None


def content_fits(doc: Doc, verb: int, parse: Analysis | None, verbs: frozenset[str]) -> bool:
    """True where the rule wants no particular infinitive, where the verb governs none, or where it is one of ``verbs``."""
    if not verbs:
        return True
    lemma = infinitive_lemma(doc, verb, parse)
    return lemma is None or lemma in verbs
