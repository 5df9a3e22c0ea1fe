"""English "X was among those detained": the parse shape that tells a passive act of X without a clause of its own.

Apart from role_finder_en.py (which asks it whether a passive is told) to keep that file one idea.
"""

from __future__ import annotations

from ..knowledge.function_words import function_words
from ..model import Doc
from .analyser import Analysis


def among_those(doc: Doc, parse: Analysis, tok: int) -> int | None:
    """The subject of "X was among those detained" / "among the dozens arrested": a participle on the noun after
    "among" whose "be" has a subject tells that the subject underwent it. Its token, else None."""
    if parse.deps.get(tok) != "acl":
        return None
    n = parse.heads.get(tok, tok)
    p = parse.heads.get(n, n)
    if parse.deps.get(n) != "pobj" or doc.tokens[p].lower not in function_words(doc.lang).group_prepositions:
        return None
    v = parse.heads.get(p, p)
    if doc.tokens[v].lemma not in function_words(doc.lang).copula_lemmas:
        return None
    return next((c for c in parse.children.get(v, []) if parse.deps.get(c) in ("nsubj", "nsubjpass")), None)
